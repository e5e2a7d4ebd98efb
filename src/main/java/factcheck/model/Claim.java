package factcheck.model;

import factcheck.diag.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A claim under check: {@code content/claims/<id>.yaml}. {@code appearance}, {@code date} and
 * {@code analysis} are null when absent; lists are empty.
 */
public record Claim(String id, String claim, String claimant, String appearance, LocalDate date,
                    List<String> about, List<String> topics, String rating, String summary, String analysis,
                    LocalDate reviewed, List<Citation> citations, List<Update> updates, ClaimStatus status,
                    List<String> reviewedBy, Map<String, Object> extra, Position at) {

    public Claim {
        about = List.copyOf(about);
        topics = List.copyOf(topics);
        citations = List.copyOf(citations);
        updates = List.copyOf(updates);
        reviewedBy = List.copyOf(reviewedBy);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra)); // in the file's order; values may be null
    }

    /** Whether the built site shows it: a draft or a claim in review is checked, and left out. */
    public boolean published() {
        return status == ClaimStatus.PUBLISHED;
    }

    /**
     * Hashed by id alone: records are keys of the build daemon's caches, looked up ten thousand
     * times a rebuild, and a record's own hash walks every field and list (measured: a third of
     * a 10,000-claim rebuild). Consistent with {@link #equals}, which still compares every field:
     * equal claims have equal ids.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
