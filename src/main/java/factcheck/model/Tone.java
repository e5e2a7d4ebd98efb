package factcheck.model;

/**
 * The colours a verdict may show in, each a pair the stylesheet gives for the light and the dark
 * page ({@code --r0} to {@code --r6} in {@code assets/style.css}, each checked for contrast in both).
 * Green to red run from the best verdict to the worst; grey and purple are for verdicts off that
 * line (unproven, satire). The colour only repeats what the verdict's words say.
 */
public enum Tone {
    GREEN, LIME, AMBER, ORANGE, RED, GREY, PURPLE;

    /** How site.yaml writes it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The tone of the verdict at {@code rank} (0 = best) among {@code size} verdicts that site.yaml
     * gives no tone: its place from best to worst on the green-to-red line, so the worst of them is
     * always red and the best green, however many there are. Going by rank alone made the worst
     * of a two-verdict scale ("False") show in a green.
     */
    public static Tone byPlace(int rank, int size) {
        if (size <= 1) return GREEN;
        return values()[Math.round(rank * (float) RED.ordinal() / (size - 1))];
    }
}
