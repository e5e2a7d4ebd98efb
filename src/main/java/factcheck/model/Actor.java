package factcheck.model;

import factcheck.diag.Position;
import java.util.List;

/**
 * A person or organisation: {@code content/actors/<id>.yaml}. Optional fields are null when absent.
 * {@code staff}: one of the desk's own editors, who may review claims ({@code reviewedBy}); {@code extra}:
 * the desk's own fields, free of schema.
 */
public record Actor(String id, String name, ActorKind kind, String role, List<String> aliases, String bio,
                    List<Link> links, boolean staff, java.util.Map<String, Object> extra, Position at) {

    public Actor {
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra)); // the desk's own fields, in the file's order
    }

    /** Hashed by id alone, for the reason {@link Claim#hashCode} gives; equals still compares every field. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
