package factcheck.model;

/** One verdict of the site's rating scale; {@code rank} 0 is the best. {@code tone} is the colour it shows in. */
public record Rating(String id, String label, String description, int rank, Tone tone) {

    /** The stylesheet's number for the tone: templates write {@code verdict-r${rating.shade()}}. */
    public int shade() {
        return tone.ordinal();
    }
}
