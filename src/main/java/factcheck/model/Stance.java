package factcheck.model;

import java.util.Locale;

/** How a cited passage bears on the claim. */
public enum Stance {
    SUPPORTS, CONTRADICTS, CONTEXT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
