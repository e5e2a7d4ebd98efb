package factcheck.render;

/** Fragment ids shared by claim pages and source pages, so links in both directions agree. */
public final class Anchors {

    private Anchors() {}

    /** On a source page: where citation {@code number} (1-based) of a claim begins. */
    public static String passage(String claimId, int number) {
        return "q-" + claimId + "-" + number;
    }

    /** On a claim page: citation {@code number} (1-based). */
    public static String citation(int number) {
        return "citation-" + number;
    }
}
