package factcheck.model;

import java.util.Locale;

/** What sort of actor made or is subject of a claim. */
public enum ActorKind {
    PERSON, ORGANISATION, GOVERNMENT, MEDIA, OTHER;

    /** The word used in YAML: {@code person}, {@code organisation}, ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
