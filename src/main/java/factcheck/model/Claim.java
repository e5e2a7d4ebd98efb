package factcheck.model;

import factcheck.diag.Position;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim under check: {@code content/claims/<id>.yaml}. {@code appearance}, {@code date} and
 * {@code analysis} are null when absent; lists are empty.
 */
public record Claim(String id, String claim, String claimant, String appearance, LocalDate date,
                    List<String> about, List<String> topics, String rating, String summary, String analysis,
                    LocalDate reviewed, List<Citation> citations, List<Update> updates, Position at) {

    public Claim {
        about = List.copyOf(about);
        topics = List.copyOf(topics);
        citations = List.copyOf(citations);
        updates = List.copyOf(updates);
    }
}
