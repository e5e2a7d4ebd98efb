package factcheck.render;

import factcheck.model.Citation;
import factcheck.model.Claim;
import factcheck.model.Passage;
import factcheck.model.Rating;
import factcheck.model.SiteConfig;
import java.util.List;
import java.util.Map;

/**
 * {@code claims.json}: every claim with its rating, claimant and located citations, for
 * researchers and other newsrooms. The schema is documented in docs/claims-json.md; add fields,
 * never rename or remove them, and raise {@code version} when a change could break a reader.
 */
final class ClaimsJson {

    static final int VERSION = 1;

    private ClaimsJson() {}

    /**
     * The file's text: compact JSON with one claim per line, so that a diff between two builds
     * shows which claims changed, and a rebuild writes again only the claims that did.
     */
    static byte[] bytes(SiteConfig site, Catalog catalog, Json json) {
        List<Object> ratings = site.ratings().stream().<Object>map(r -> Json.object(
                "id", r.id(), "label", r.label(), "description", r.description(), "value", site.ratingValue(r))).toList();
        String head = json.write(Json.object(
                "version", VERSION,
                "site", Json.object("title", site.title(), "baseUrl", site.baseUrl(), "language", site.language()),
                "ratings", ratings), false);
        Utf8Parts out = new Utf8Parts().add(head.substring(0, head.length() - 1) + ",\"claims\":[");
        byte[] separator = {'\n'};
        byte[] between = {',', '\n'};
        for (Views.ClaimCard c : catalog.cards()) {
            // Everything the line is made of: the claim, where its quotes stand, and the articles they stand in.
            List<Object> inputs = List.of(site, c, catalog.passagesOf(c.claim()),
                    c.claim().citations().stream().map(x -> catalog.source(x.sourceId())).toList());
            out.add(separator).add(json.line(inputs, false, () -> claim(site, catalog, c)));
            separator = between;
        }
        return out.add("\n]}\n").bytes();
    }

    private static Map<String, Object> claim(SiteConfig site, Catalog catalog, Views.ClaimCard card) {
        Claim c = card.claim();
        Rating r = card.rating();
        String path = "claims/" + c.id() + "/index.html";
        List<Passage> passages = catalog.passagesOf(c);
        List<Object> citations = new java.util.ArrayList<>();
        for (int i = 0; i < c.citations().size(); i++) {
            Citation x = c.citations().get(i);
            Passage p = passages.get(i);
            citations.add(Json.object(
                    "source", x.sourceId(),
                    "quote", x.quote(),
                    "prefix", x.prefix(),
                    "suffix", x.suffix(),
                    "exact", catalog.source(x.sourceId()).text().substring(p.start(), p.end()),
                    "stance", x.stance().word(),
                    "note", x.note(),
                    "position", Json.object("line", p.line(), "start", p.start(), "end", p.end())));
        }
        return Json.object(
                "id", c.id(),
                "path", path,
                "url", site.absolute(path),
                "claim", c.claim(),
                "claimant", Json.object("id", card.claimant().id(), "name", card.claimant().name(), "kind", card.claimant().kind().word()),
                "appearance", c.appearance(),
                "date", c.date() == null ? null : c.date().toString(),
                "about", c.about(),
                "topics", c.topics(),
                "rating", Json.object("id", r.id(), "label", r.label(), "value", site.ratingValue(r)),
                "summary", c.summary(),
                "reviewed", c.reviewed().toString(),
                "citations", citations,
                "updates", c.updates().stream().<Object>map(u -> Json.object("date", u.date().toString(), "note", u.note())).toList(),
                "extra", c.extra().isEmpty() ? null : c.extra());
    }
}
