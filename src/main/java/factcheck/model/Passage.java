package factcheck.model;

/**
 * Where a citation stands in its source's text: character offsets {@code [start, end)} of the
 * original (not normalised) text and the 1-based line of its start.
 */
public record Passage(String sourceId, int start, int end, int line) {

    public Passage {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
}
