package factcheck.model;

import java.util.List;
import java.util.Map;

/**
 * A project whose every quote was found in its source: the input of rendering.
 * {@code passages} gives, for each claim id, the passage of each of its citations in order.
 */
public record CheckedProject(Project project, Map<String, List<Passage>> passages) {

    public CheckedProject {
        // A read-only hash map rather than Map.copyOf's, which probes by equals alone (see Project.byId).
        passages = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(passages));
    }

    /** The same project with only its published claims and their passages: what a build writes. */
    public CheckedProject published() {
        if (project.claims().stream().allMatch(Claim::published)) return this;
        Project p = project;
        List<Claim> published = p.claims().stream().filter(Claim::published).toList();
        Map<String, List<Passage>> kept = new java.util.HashMap<>();
        for (Claim c : published) kept.put(c.id(), passagesOf(c));
        return new CheckedProject(new Project(p.config(), p.sources(), p.actors(), published, p.pages(), p.theme()), kept);
    }

    public List<Passage> passagesOf(Claim claim) {
        return passages.getOrDefault(claim.id(), List.of());
    }
}
