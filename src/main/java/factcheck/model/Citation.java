package factcheck.model;

import factcheck.diag.Position;

/**
 * A passage a claim rests on, as written in the claim file: the quote (a W3C
 * TextQuoteSelector with optional prefix and suffix) and where it was written.
 * {@code prefix}, {@code suffix} and {@code note} are null when absent.
 */
public record Citation(String sourceId, String quote, String prefix, String suffix, Stance stance,
                       String note, Position at, Position quoteAt) {}
