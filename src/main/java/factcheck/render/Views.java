package factcheck.render;

import factcheck.model.Actor;
import factcheck.model.Citation;
import factcheck.model.Claim;
import factcheck.model.Rating;
import factcheck.model.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * What templates see: the model's records joined up (a claim with its rating, claimant and
 * sources) and Markdown already turned into safe HTML. Templates never look anything up.
 */
public final class Views {

    private Views() {}

    /** A claim as lists and cards show it. */
    public record ClaimCard(Claim claim, Rating rating, Actor claimant) {
        public String id() {
            return claim.id();
        }

        /** The claim's hash, which is its id's (see {@link Claim#hashCode}): cards key the daemon's caches. */
        @Override
        public int hashCode() {
            return claim.hashCode();
        }
    }

    /** One citation of a claim, with where its passage stands and its exact words in the source. */
    public record CitationView(int number, Citation citation, Source source, int line, String text) {
        public String stance() {
            return citation.stance().word();
        }

        /** Its number and quote alone: views key the daemon's caches, and a record's own hash walks every field. */
        @Override
        public int hashCode() {
            return 31 * number + citation.quote().hashCode();
        }
    }

    public record UpdateView(LocalDate date, String noteHtml) {}

    /** Everything a claim page shows. */
    public record ClaimPage(ClaimCard card, Source appearance, List<Actor> about, String analysisHtml,
                            List<CitationView> citations, List<UpdateView> updates, List<Actor> reviewers) {}

    public record ActorPage(Actor actor, String bioHtml, List<ClaimCard> made, List<ClaimCard> about, List<RatingCount> tally) {}

    /** How many claims of some list carry a verdict. */
    public record RatingCount(Rating rating, int count) {}

    /** An actor in the index, with how many claims it made and how many are about it. */
    public record ActorRow(Actor actor, int made, int about) {}

    /** A passage marked on a source page: its number on that page and the claim citing it. */
    public record MarkedPassage(int number, CitationView citation, ClaimCard claim) {
        /** Its claim's and citation's hash (see {@link CitationView#hashCode}). */
        @Override
        public int hashCode() {
            return 31 * claim.hashCode() + citation.hashCode();
        }
    }

    public record SourcePage(Source source, String notesHtml, String textHtml, List<MarkedPassage> passages,
                             List<ClaimCard> appearing) {}

    public record SourceRow(Source source, int citations, int claims) {}

    /** A rating of the scale with the claims that carry it. */
    public record RatingGroup(Rating rating, List<ClaimCard> claims) {}

    /** A verdict on the claims index: how many claims carry it, the newest of them, and whether there are more. */
    public record RatingSummary(Rating rating, int count, List<ClaimCard> newest, boolean more) {}

    /**
     * One page of a long list of claims: its cards, how many the whole list has, and the site
     * paths of the pages before and after it (null at either end).
     */
    public record CardPage(List<ClaimCard> cards, int total, int number, int pages, String previous, String next) {}
}
