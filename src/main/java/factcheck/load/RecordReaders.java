package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import factcheck.model.Actor;
import factcheck.model.ActorKind;
import factcheck.model.Citation;
import factcheck.model.Claim;
import factcheck.model.ClaimStatus;
import factcheck.model.Link;
import factcheck.model.Publisher;
import factcheck.model.Rating;
import factcheck.model.Tone;
import factcheck.model.SiteConfig;
import factcheck.model.Stance;
import factcheck.model.Update;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads each record kind from its YAML fields. One method per kind, in the order of docs/content.md's
 * content model; sources are read by {@link SourceReader} because they also read their article.
 */
final class RecordReaders {

    private final Diagnostics diagnostics;

    RecordReaders(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    SiteConfig site(Fields f) {
        String title = f.required("title");
        String description = f.required("description");
        String language = f.optionalLanguage("language");
        String baseUrl = f.optional("baseUrl");
        if (baseUrl != null && !Urls.isWeb(baseUrl)) {
            diagnostics.error(f.at("baseUrl"), "`baseUrl` must be an http(s) URL: `" + baseUrl + "`", "write e.g. https://example.org/factcheck/");
            baseUrl = null;
        }
        Publisher publisher = f.mapping("publisher", "`publisher`").map(p -> {
            Publisher pub = new Publisher(p.required("name"), url(p, "url"));
            p.finish();
            return pub;
        }).orElse(null);
        List<Fields> scale = f.records("ratings", "each rating", x -> x);
        List<Tone> given = scale.stream().map(this::givenTone).toList(); // null: placed on the line by the others' places
        int placed = (int) given.stream().filter(Objects::isNull).count();
        int place = 0;
        List<Rating> ratings = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Fields r : scale) {
            String id = r.required("id");
            if (!id.isEmpty() && !Ids.valid(id)) diagnostics.error(r.at("id"), "rating id `" + id + "` is not a valid id", Ids.RULE);
            else if (!id.isEmpty() && seen.contains(id)) diagnostics.error(r.at("id"), "rating `" + id + "` is defined twice", "give each rating its own id");
            seen.add(id);
            Tone tone = given.get(ratings.size());
            if (tone == null) tone = Tone.byPlace(place++, placed);
            ratings.add(new Rating(id, r.required("label"), r.required("description"), ratings.size(), tone,
                    colour(r, "colour", LIGHT_PAGES, "light"), colour(r, "darkColour", DARK_PAGES, "dark")));
            r.finish();
        }
        if (ratings.isEmpty()) {
            diagnostics.error(f.at("ratings"), "the rating scale `ratings` is missing or empty",
                    "add `ratings:` with one `- id: ..., label: ..., description: ...` per verdict, best first");
        }
        f.finish();
        return new SiteConfig(title, description, language == null ? "en" : language, baseUrl, publisher, ratings);
    }

    /** The backgrounds a verdict stands on in the default theme (page, card, quote), light mode and dark: see assets/style.css. */
    private static final List<String> LIGHT_PAGES = List.of("#fdfcfa", "#ffffff", "#f4f1ea");
    private static final List<String> DARK_PAGES = List.of("#16171a", "#1c1d21", "#222328");

    /** A rating's own colour for one mode, or null: {@code #rrggbb}, readable (WCAG AA) on every background of that mode. */
    private String colour(Fields r, String key, List<String> backgrounds, String mode) {
        String written = r.optional(key);
        if (written == null || written.isBlank()) {
            // `colour: #1b6e3a` unquoted is a YAML comment: the key is there with nothing after it.
            if (r.mapping().entries().containsKey(key)) {
                diagnostics.error(r.at(key), "`" + key + "` is empty", "quote the colour, since # starts a comment in YAML: " + key + ": \"#1b6e3a\"");
            }
            return null;
        }
        String hex = written.strip();
        if (!Contrast.HEX.matcher(hex).matches()) {
            diagnostics.error(r.at(key), "`" + key + "` is not a colour: `" + written + "`", "write it as \"#rrggbb\", quoted, e.g. " + key + ": \"#1b6e3a\"");
            return null;
        }
        for (String background : backgrounds) {
            double ratio = Contrast.ratio(hex, background);
            if (ratio < Contrast.AA) {
                diagnostics.error(r.at(key), "`" + key + "` " + hex + " is too faint to read on the " + mode + " page (" + background + "): contrast "
                                + Contrast.format(ratio) + ", and WCAG AA asks 4.5:1",
                        mode.equals("light") ? "choose a darker colour" : "choose a lighter colour");
                return null;
            }
        }
        return hex.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A rating's own `tone`; null when it gives none (or an unknown one, reported), and then it is
     * placed on the green-to-red line by its place among the ratings that give none: a grey
     * "unproven" after "false" leaves "false" the red end of the line.
     */
    private Tone givenTone(Fields r) {
        String word = r.optional("tone");
        if (word == null) return null;
        Tone tone = Arrays.stream(Tone.values()).filter(t -> t.word().equals(word.strip())).findFirst().orElse(null);
        if (tone == null) diagnostics.error(r.at("tone"), "unknown tone `" + word + "`", "use one of: " + words(Tone.values()));
        return tone;
    }

    Actor actor(String id, Fields f) {
        String name = f.required("name");
        String kindWord = f.required("kind");
        ActorKind kind = ActorKind.OTHER;
        if (!kindWord.isEmpty()) {
            kind = Arrays.stream(ActorKind.values()).filter(k -> k.word().equals(kindWord.strip())).findFirst().orElse(null);
            if (kind == null) {
                diagnostics.error(f.at("kind"), "unknown kind `" + kindWord + "`", "use one of: " + words(ActorKind.values()));
                kind = ActorKind.OTHER;
            }
        }
        Actor actor = new Actor(id, name, kind, f.optional("role"), f.texts("aliases"), f.markdown("bio"),
                f.records("links", "each link", l -> link(l)), staff(f), f.free("extra"), f.at());
        f.finish();
        return actor;
    }

    /** {@code staff: true} marks one of the desk's own editors, who may review claims. */
    private boolean staff(Fields f) {
        String word = f.optional("staff");
        if (word == null || word.strip().equals("false")) return false;
        if (word.strip().equals("true")) return true;
        diagnostics.error(f.at("staff"), "`staff` is true or false, not `" + word + "`", "write staff: true for one of the desk's editors");
        return false;
    }

    Claim claim(String id, Fields f, References refs) {
        List<Fields.Text> about = f.positionedTexts("about");
        List<Fields.Text> reviewers = f.positionedTexts("reviewedBy");
        Claim claim = new Claim(id, f.required("claim"), f.required("claimant"), f.optional("appearance"),
                f.optionalDate("date"), about.stream().map(Fields.Text::value).toList(), topics(f), f.required("rating"), f.required("summary"),
                f.markdown("analysis"), f.requiredDate("reviewed"),
                f.records("citations", "each citation", c -> citation(c, refs)),
                f.records("updates", "each update", this::update), status(f), reviewers.stream().map(Fields.Text::value).toList(), f.free("extra"), f.at());
        refs.actor(f.at("claimant"), "claimant", claim.claimant());
        for (Fields.Text a : about) refs.actor(a.at(), "about", a.value());
        for (Fields.Text r : reviewers) refs.reviewer(r.at(), r.value());
        refs.source(f.at("appearance"), "appearance", claim.appearance());
        refs.rating(f.at("rating"), claim.rating());
        if (claim.citations().isEmpty()) {
            diagnostics.error(f.at("citations"), "a claim needs at least one citation",
                    "add `citations:` with `- source: ..., quote: ..., stance: supports|contradicts|context`");
        }
        f.finish();
        return claim;
    }

    /** A claim's `status`: published when absent. */
    private ClaimStatus status(Fields f) {
        String word = f.optional("status");
        if (word == null) return ClaimStatus.PUBLISHED;
        ClaimStatus status = Arrays.stream(ClaimStatus.values()).filter(s -> s.word().equals(word.strip())).findFirst().orElse(null);
        if (status != null) return status;
        diagnostics.error(f.at("status"), "unknown status `" + word + "`", "use one of: " + words(ClaimStatus.values()));
        return ClaimStatus.DRAFT; // not published by mistake
    }

    private List<String> topics(Fields f) {
        // Composed first, so that a topic typed with a decomposed letter is the same topic (and folder).
        List<Fields.Text> topics = f.positionedTexts("topics").stream()
                .map(t -> new Fields.Text(java.text.Normalizer.normalize(t.value(), java.text.Normalizer.Form.NFC), t.at())).toList();
        for (Fields.Text t : topics) {
            if (!Ids.validTopic(t.value())) {
                diagnostics.error(t.at(), "topic `" + t.value() + "` is not a valid topic",
                        Ids.TOPIC_RULE + "; write e.g. `" + Ids.topicSuggestion(t.value()) + "`");
            }
        }
        return topics.stream().map(Fields.Text::value).distinct().toList();
    }

    private Citation citation(Fields f, References refs) {
        String stanceWord = f.required("stance");
        Stance stance = Stance.CONTEXT;
        if (!stanceWord.isEmpty()) {
            stance = Arrays.stream(Stance.values()).filter(s -> s.word().equals(stanceWord.strip())).findFirst().orElse(null);
            if (stance == null) {
                diagnostics.error(f.at("stance"), "unknown stance `" + stanceWord + "`", "use one of: " + words(Stance.values()));
                stance = Stance.CONTEXT;
            }
        }
        Citation c = new Citation(f.required("source"), f.required("quote").strip(), f.optional("prefix"), f.optional("suffix"),
                stance, f.optional("note"), f.at(), f.at("quote"));
        refs.source(f.at("source"), "source", c.sourceId());
        f.finish();
        return c;
    }

    private Update update(Fields f) {
        Update u = new Update(f.requiredDate("date"), f.requiredMarkdown("note"));
        f.finish();
        return u;
    }

    private Link link(Fields f) {
        Link l = new Link(f.required("title"), url(f, "url"));
        // Only when absent: a url that is there but refused has already been reported where it stands.
        if (l.url() == null && f.optional("url") == null) diagnostics.error(f.at(), "a link needs a `url`", "add `url: https://...`");
        f.finish();
        return l;
    }

    /** An optional URL field, which must be http(s): anything else (javascript:, data:) is refused here. */
    String url(Fields f, String key) {
        String url = f.optional(key);
        if (url != null && !Urls.isWeb(url)) {
            diagnostics.error(f.at(key), "`" + key + "` must be an http:// or https:// URL: `" + url + "`",
                    "write the full address, e.g. https://example.org/article");
            return null;
        }
        return url == null ? null : url.strip();
    }

    private static String words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
