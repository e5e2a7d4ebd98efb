package factcheck.model;

import java.util.List;
import java.util.Map;

/**
 * A project whose every quote was found in its source: the input of rendering.
 * {@code passages} gives, for each claim id, the passage of each of its citations in order.
 */
public record CheckedProject(Project project, Map<String, List<Passage>> passages) {

    public CheckedProject {
        passages = Map.copyOf(passages);
    }

    public List<Passage> passagesOf(Claim claim) {
        return passages.getOrDefault(claim.id(), List.of());
    }
}
