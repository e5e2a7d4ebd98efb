package factcheck.model;

import java.util.Locale;

/**
 * Where a check stands: written ({@code draft}), read by a second editor ({@code review}), or
 * out ({@code published}, when {@code status} is absent). Every claim is checked; only
 * published ones reach the built site, and {@code serve} shows the others with a banner.
 */
public enum ClaimStatus {
    DRAFT, REVIEW, PUBLISHED;

    /** How a claim record writes it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
