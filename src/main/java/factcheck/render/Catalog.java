package factcheck.render;

import factcheck.model.Actor;
import factcheck.model.CheckedProject;
import factcheck.model.Citation;
import factcheck.model.Claim;
import factcheck.model.Passage;
import factcheck.model.Project;
import factcheck.model.Rating;
import factcheck.model.Source;
import factcheck.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project's records joined up once per build: cards for every claim, and who made, is
 * named in and cites what. Built once, then only read (by several rendering threads at once),
 * so every list a page needs is computed here rather than on each page.
 */
final class Catalog {

    /** Newest check first, then by id: the order of every claim list on the site. */
    static final Comparator<Views.ClaimCard> NEWEST_FIRST = Comparator
            .comparing((Views.ClaimCard c) -> c.claim().reviewed(), Comparator.reverseOrder())
            .thenComparing(Views.ClaimCard::id);

    private final CheckedProject checked;
    private final Map<String, Source> sources;
    private final Map<String, Actor> actors;
    private final Map<String, Views.ClaimCard> cards = new HashMap<>();
    private final List<Views.ClaimCard> newestFirst;
    private final Map<String, List<Views.ClaimCard>> madeBy = new HashMap<>();
    private final Map<String, List<Views.ClaimCard>> about = new HashMap<>();
    private final Map<String, List<Views.ClaimCard>> appearingIn = new HashMap<>();
    private final Map<String, List<Views.ClaimCard>> topics = new TreeMap<>();
    private final Map<String, List<Views.MarkedPassage>> passagesIn = new HashMap<>();
    /** Each claim's citations, made once: source pages and claim pages show the same ones. */
    private final Map<String, List<Views.CitationView>> citations = new HashMap<>();
    private final List<Views.RatingGroup> byRating;
    private final List<Views.ClaimCard> disputed;

    /** The passages cited in each source before they are numbered, in claim order: what {@link #passagesIn} is made from. */
    private final Map<String, List<Views.MarkedPassage>> citedIn = new HashMap<>();

    Catalog(CheckedProject checked) {
        this(checked, null);
    }

    /**
     * The catalog of {@code checked}, taking from {@code last} (the last build's, or null) every
     * card, citation list and source's numbered passages whose inputs are the very same objects
     * as last time: what a rebuild's loader and citer hand on for unchanged files. The result is
     * what a catalog made from nothing gives; at 10,000 claims, making it from nothing was most
     * of the time an edit took to show in {@code serve}. Nothing of {@code last} is kept beyond
     * what is reused, so catalogs do not chain.
     */
    Catalog(CheckedProject checked, Catalog last) {
        this.checked = checked;
        Project p = checked.project();
        sources = p.sourcesById();
        actors = p.actorsById();
        Map<String, Rating> ratings = new HashMap<>();
        for (Rating r : p.config().ratings()) ratings.put(r.id(), r);
        for (Claim c : p.claims()) {
            Rating rating = ratings.get(c.rating());
            Actor claimant = actors.get(c.claimant());
            Views.ClaimCard known = last == null ? null : last.cards.get(c.id());
            boolean same = known != null && known.claim() == c && known.rating() == rating && known.claimant() == claimant;
            cards.put(c.id(), same ? known : new Views.ClaimCard(c, rating, claimant));
        }
        newestFirst = newestFirst(last);
        for (Views.ClaimCard card : newestFirst) { // so every list below is newest first too
            Claim c = card.claim();
            add(madeBy, c.claimant(), card);
            for (String a : c.about()) add(about, a, card);
            if (c.appearance() != null) add(appearingIn, c.appearance(), card);
            for (String t : c.topics()) add(topics, t, card);
        }
        for (Claim c : p.claims()) {
            List<Views.CitationView> views = citationViews(c, last);
            citations.put(c.id(), views);
            for (Views.CitationView cv : views) add(citedIn, cv.source().id(), new Views.MarkedPassage(0, cv, cards.get(c.id())));
        }
        citedIn.forEach((source, list) -> {
            List<Views.MarkedPassage> before = last == null ? null : last.citedIn.get(source);
            passagesIn.put(source, before != null && sameParts(before, list) ? last.passagesIn.get(source) : numbered(list));
        });
        Map<String, List<Views.ClaimCard>> rated = new HashMap<>();
        for (Views.ClaimCard c : newestFirst) add(rated, c.rating().id(), c);
        byRating = p.config().ratings().stream().map(r -> new Views.RatingGroup(r, List.copyOf(rated.getOrDefault(r.id(), List.of())))).toList();
        disputed = newestFirst.stream().filter(Catalog::disputed).toList();
    }

    /**
     * Every card, newest first. Sorted from the last build's order when there is one: nearly in
     * order already, so the sort takes one pass where sorting ten thousand cards from a hash
     * map's order took a fifth of the catalog. The order is total, so the start changes nothing.
     */
    private List<Views.ClaimCard> newestFirst(Catalog last) {
        List<Views.ClaimCard> order = new ArrayList<>(cards.size());
        if (last != null) {
            for (Views.ClaimCard before : last.newestFirst) {
                Views.ClaimCard now = cards.get(before.id());
                if (now != null) order.add(now);
            }
            for (Views.ClaimCard c : cards.values()) if (!last.cards.containsKey(c.id())) order.add(c);
        } else {
            order.addAll(cards.values());
        }
        order.sort(NEWEST_FIRST);
        return List.copyOf(order);
    }

    /** Whether two lists of passages to number hold the very same citations of the very same cards. */
    private static boolean sameParts(List<Views.MarkedPassage> a, List<Views.MarkedPassage> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).citation() != b.get(i).citation() || a.get(i).claim() != b.get(i).claim()) return false;
        }
        return true;
    }

    /** Whether a claim's own citations disagree: at least one passage supports it and one contradicts it. */
    private static boolean disputed(Views.ClaimCard card) {
        boolean supports = false;
        boolean contradicts = false;
        for (Citation c : card.claim().citations()) {
            supports |= c.stance() == Stance.SUPPORTS;
            contradicts |= c.stance() == Stance.CONTRADICTS;
        }
        return supports && contradicts;
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    Project project() {
        return checked.project();
    }

    Source source(String id) {
        return sources.get(id);
    }

    Actor actor(String id) {
        return actors.get(id);
    }

    /** Every claim, newest check first. */
    List<Views.ClaimCard> cards() {
        return newestFirst;
    }

    Views.ClaimCard card(String claimId) {
        return cards.get(claimId);
    }

    List<Views.ClaimCard> madeBy(String actorId) {
        return madeBy.getOrDefault(actorId, List.of());
    }

    List<Views.ClaimCard> about(String actorId) {
        return about.getOrDefault(actorId, List.of());
    }

    /** Claims whose {@code appearance} is this source. */
    List<Views.ClaimCard> appearingIn(String sourceId) {
        return appearingIn.getOrDefault(sourceId, List.of());
    }

    /** Claims by topic, topics in alphabetical order. */
    Map<String, List<Views.ClaimCard>> topics() {
        return topics;
    }

    /** A claim's citations, numbered from 1, each with its located passage. */
    List<Views.CitationView> citations(Claim claim) {
        return citations.get(claim.id());
    }

    /** The claim's citations: the last build's when the claim, its passages and the sources it cites are the very same objects. */
    private List<Views.CitationView> citationViews(Claim claim, Catalog last) {
        List<Passage> passages = checked.passagesOf(claim);
        Views.ClaimCard before = last == null ? null : last.cards.get(claim.id());
        if (before != null && before.claim() == claim) {
            List<Views.CitationView> known = last.citations.get(claim.id());
            List<Passage> then = last.checked.passagesOf(claim);
            boolean same = then.size() == passages.size();
            for (int i = 0; same && i < passages.size(); i++) same = then.get(i) == passages.get(i) && known.get(i).source() == sources.get(known.get(i).source().id());
            if (same) return known;
        }
        List<Views.CitationView> out = new ArrayList<>();
        for (int i = 0; i < claim.citations().size(); i++) {
            Citation c = claim.citations().get(i);
            Passage at = passages.get(i);
            Source source = sources.get(c.sourceId());
            out.add(new Views.CitationView(i + 1, c, source, at.line(), source.text().substring(at.start(), at.end())));
        }
        return out;
    }

    List<Passage> passagesOf(Claim claim) {
        return checked.passagesOf(claim);
    }

    /** The passages cited in a source, numbered in reading order. */
    List<Views.MarkedPassage> passagesIn(String sourceId) {
        return passagesIn.getOrDefault(sourceId, List.of());
    }

    Passage passage(Views.MarkedPassage m) {
        return checked.passagesOf(m.claim().claim()).get(m.citation().number() - 1);
    }

    private List<Views.MarkedPassage> numbered(List<Views.MarkedPassage> found) {
        // Each passage looked up once, not at every comparison (a lookup per comparison was a tenth of a rebuild).
        record Placed(Views.MarkedPassage m, Passage p) {}
        List<Placed> sorted = new ArrayList<>(found.size());
        for (Views.MarkedPassage m : found) sorted.add(new Placed(m, passage(m)));
        sorted.sort(Comparator.comparingInt((Placed x) -> x.p().start())
                .thenComparingInt(x -> x.p().end())
                .thenComparing(x -> x.m().claim().id())
                .thenComparingInt(x -> x.m().citation().number()));
        List<Views.MarkedPassage> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Views.MarkedPassage m = sorted.get(i).m();
            out.add(new Views.MarkedPassage(i + 1, m.citation(), m.claim()));
        }
        return List.copyOf(out);
    }

    /** Claims whose own citations disagree: at least one passage supports and one contradicts. */
    List<Views.ClaimCard> disputed() {
        return disputed;
    }

    /** How many of {@code cards} carry each verdict of the scale, best first, verdicts with none left out. */
    List<Views.RatingCount> tally(List<Views.ClaimCard> list) {
        Map<String, Integer> counts = new HashMap<>();
        for (Views.ClaimCard c : list) counts.merge(c.rating().id(), 1, Integer::sum);
        List<Views.RatingCount> out = new ArrayList<>();
        for (Rating r : project().config().ratings()) if (counts.containsKey(r.id())) out.add(new Views.RatingCount(r, counts.get(r.id())));
        return out;
    }

    /** Every source with how many passages it has cited and by how many claims. */
    List<Views.SourceRow> sourceRows() {
        return project().sources().stream().map(s -> {
            List<Views.MarkedPassage> passages = passagesIn(s.id());
            int claims = (int) passages.stream().map(m -> m.claim().id()).distinct().count();
            return new Views.SourceRow(s, passages.size(), claims);
        }).toList();
    }

    /** The rating scale, best first, each with its claims. */
    List<Views.RatingGroup> byRating() {
        return byRating;
    }
}
