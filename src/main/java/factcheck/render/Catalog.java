package factcheck.render;

import factcheck.model.Actor;
import factcheck.model.CheckedProject;
import factcheck.model.Claim;
import factcheck.model.Passage;
import factcheck.model.Project;
import factcheck.model.Rating;
import factcheck.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project's records joined up once per build: cards for every claim, and who made, is
 * named in and cites what. Index pages and the pages of actors and sources read from here.
 */
final class Catalog {

    /** Newest check first, then by id: the order of every claim list on the site. */
    static final Comparator<Views.ClaimCard> NEWEST_FIRST = Comparator
            .comparing((Views.ClaimCard c) -> c.claim().reviewed(), Comparator.reverseOrder())
            .thenComparing(Views.ClaimCard::id);

    private final CheckedProject checked;
    private final Map<String, Views.ClaimCard> cards = new LinkedHashMap<>();
    private final List<Views.ClaimCard> newestFirst;
    private final Map<String, List<Views.ClaimCard>> madeBy = new TreeMap<>();
    private final Map<String, List<Views.ClaimCard>> about = new TreeMap<>();
    private final Map<String, List<Views.MarkedPassage>> passagesBySource = new TreeMap<>();

    Catalog(CheckedProject checked) {
        this.checked = checked;
        Project p = checked.project();
        Map<String, Actor> actors = p.actorsById();
        Map<String, Source> sources = p.sourcesById();
        for (Claim c : p.claims()) {
            Rating rating = p.config().rating(c.rating()).orElseThrow();
            Views.ClaimCard card = new Views.ClaimCard(c, rating, actors.get(c.claimant()));
            cards.put(c.id(), card);
            madeBy.computeIfAbsent(c.claimant(), k -> new ArrayList<>()).add(card);
            for (String a : c.about()) about.computeIfAbsent(a, k -> new ArrayList<>()).add(card);
            for (Views.CitationView cv : citations(c, sources)) {
                passagesBySource.computeIfAbsent(cv.source().id(), k -> new ArrayList<>())
                        .add(new Views.MarkedPassage(0, cv, card));
            }
        }
        newestFirst = cards.values().stream().sorted(NEWEST_FIRST).toList();
        madeBy.values().forEach(l -> l.sort(NEWEST_FIRST));
        about.values().forEach(l -> l.sort(NEWEST_FIRST));
    }

    Project project() {
        return checked.project();
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

    /** A claim's citations, numbered from 1, each with its located passage. */
    List<Views.CitationView> citations(Claim claim, Map<String, Source> sources) {
        List<Passage> passages = checked.passagesOf(claim);
        List<Views.CitationView> out = new ArrayList<>();
        for (int i = 0; i < claim.citations().size(); i++) {
            var c = claim.citations().get(i);
            Passage at = passages.get(i);
            Source source = sources.get(c.sourceId());
            out.add(new Views.CitationView(i + 1, c, source, at.line(), source.text().substring(at.start(), at.end())));
        }
        return out;
    }

    /** The passages cited in a source, numbered in reading order. */
    List<Views.MarkedPassage> passagesIn(String sourceId) {
        List<Views.MarkedPassage> found = new ArrayList<>(passagesBySource.getOrDefault(sourceId, List.of()));
        found.sort(Comparator.comparingInt((Views.MarkedPassage m) -> passage(m).start())
                .thenComparingInt(m -> passage(m).end())
                .thenComparing(m -> m.claim().id())
                .thenComparingInt(m -> m.citation().number()));
        List<Views.MarkedPassage> numbered = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Views.MarkedPassage m = found.get(i);
            numbered.add(new Views.MarkedPassage(i + 1, m.citation(), m.claim()));
        }
        return numbered;
    }

    List<Passage> passagesOf(Claim claim) {
        return checked.passagesOf(claim);
    }

    Passage passage(Views.MarkedPassage m) {
        return checked.passagesOf(m.claim().claim()).get(m.citation().number() - 1);
    }

    /** Claims whose {@code appearance} is this source. */
    List<Views.ClaimCard> appearingIn(String sourceId) {
        return cards().stream().filter(c -> sourceId.equals(c.claim().appearance())).toList();
    }

    /** Claims whose own citations disagree: at least one passage supports and one contradicts. */
    List<Views.ClaimCard> disputed() {
        return cards().stream().filter(c -> {
            var stances = c.claim().citations().stream().map(x -> x.stance()).collect(java.util.stream.Collectors.toSet());
            return stances.contains(factcheck.model.Stance.SUPPORTS) && stances.contains(factcheck.model.Stance.CONTRADICTS);
        }).toList();
    }

    /** Claims by topic, topics in alphabetical order. */
    Map<String, List<Views.ClaimCard>> topics() {
        Map<String, List<Views.ClaimCard>> out = new TreeMap<>();
        for (Views.ClaimCard c : cards()) for (String t : c.claim().topics()) out.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
        return out;
    }

    /** How many of {@code cards} carry each verdict of the scale, best first, verdicts with none left out. */
    List<Views.RatingCount> tally(List<Views.ClaimCard> cards) {
        List<Views.RatingCount> out = new ArrayList<>();
        for (Rating r : project().config().ratings()) {
            long n = cards.stream().filter(c -> c.rating().id().equals(r.id())).count();
            if (n > 0) out.add(new Views.RatingCount(r, (int) n));
        }
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
        List<Views.RatingGroup> groups = new ArrayList<>();
        for (Rating r : project().config().ratings()) {
            groups.add(new Views.RatingGroup(r, cards().stream().filter(c -> c.rating().id().equals(r.id())).toList()));
        }
        return groups;
    }
}
