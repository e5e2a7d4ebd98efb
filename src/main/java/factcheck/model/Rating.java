package factcheck.model;

/**
 * One verdict of the site's rating scale; {@code rank} 0 is the best. {@code tone} is the colour it
 * shows in, unless the desk gives its own: {@code colour} in light mode, {@code darkColour} in dark
 * mode ({@code #rrggbb}, checked for contrast when read; null when not given).
 */
public record Rating(String id, String label, String description, int rank, Tone tone, String colour, String darkColour) {

    public Rating(String id, String label, String description, int rank, Tone tone) {
        this(id, label, description, rank, tone, null, null);
    }

    /** The stylesheet's number for the tone: templates write {@code verdict-r${rating.shade()}}. */
    public int shade() {
        return tone.ordinal();
    }

    /**
     * The classes a verdict carries: its tone's ({@code verdict-r4}) and its own id's
     * ({@code rating-false}), which a desk's stylesheet may style, and which its own colours use.
     */
    public String classes() {
        return "verdict-r" + tone.ordinal() + " rating-" + id;
    }
}
