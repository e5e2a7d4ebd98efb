package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import java.util.Set;

/**
 * The ids a claim may name (actors, sources, ratings), known before claims are read, so a
 * dangling reference is reported at the very value that names it, with the nearest real id.
 * {@code ratings} is null when site.yaml could not be read: then ratings are not checked.
 * {@code staff}: the actors marked {@code staff: true}, the desk's own editors, who alone may review.
 */
record References(Set<String> actors, Set<String> staff, Set<String> sources, Set<String> ratings, Diagnostics diagnostics) {

    References {
        actors = Set.copyOf(actors);
        staff = Set.copyOf(staff);
        sources = Set.copyOf(sources);
        ratings = ratings == null ? null : Set.copyOf(ratings);
    }

    /** The same ids, with problems going to {@code other}. */
    References reportingTo(Diagnostics other) {
        return new References(actors, staff, sources, ratings, other);
    }

    /** Whether every id {@code claim} names exists: then reading it again would report nothing about them. */
    boolean allKnown(factcheck.model.Claim claim) {
        return actors.contains(claim.claimant()) && actors.containsAll(claim.about()) && staff.containsAll(claim.reviewedBy())
                && (claim.appearance() == null || sources.contains(claim.appearance()))
                && (ratings == null || ratings.contains(claim.rating()))
                && claim.citations().stream().allMatch(c -> sources.contains(c.sourceId()));
    }

    void actor(Position at, String field, String id) {
        refer(at, field, id, actors, "an actor in content/actors/" + id + ".yaml");
    }

    /** A reviewer: an actor of the desk's own staff. */
    void reviewer(Position at, String id) {
        actor(at, "reviewedBy", id);
        if (id != null && !id.isEmpty() && actors.contains(id) && !staff.contains(id)) {
            diagnostics.error(at, "`reviewedBy` names `" + id + "`, who is not on the desk's staff",
                    "add `staff: true` to content/actors/" + id + ".yaml if they are one of the desk's editors");
        }
    }

    void source(Position at, String field, String id) {
        refer(at, field, id, sources, "a source in content/sources/" + id + ".yaml");
    }

    /** Checks a rating id; skipped when site.yaml could not be read (that one error is enough). */
    void rating(Position at, String id) {
        if (ratings == null) return;
        refer(at, "rating", id, ratings, "a rating in the `ratings` of content/site.yaml (known: " + String.join(", ", new java.util.TreeSet<>(ratings)) + ")");
    }

    private void refer(Position at, String field, String id, Set<String> known, String where) {
        if (id == null || id.isEmpty() || known.contains(id)) return; // empty: already reported as missing
        String near = Suggest.nearest(id, known);
        diagnostics.error(at, "`" + field + "` names `" + id + "`, which does not exist",
                near != null ? "did you mean `" + near + "`?" : "define " + where + ", or correct the id");
    }
}
