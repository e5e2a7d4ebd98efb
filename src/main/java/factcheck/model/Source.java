package factcheck.model;

import factcheck.diag.Position;
import java.time.LocalDate;

/**
 * An article under check: {@code content/sources/<id>.yaml} and the text it points at.
 * {@code text} is the article itself, read from {@code textPath} under {@code seeds/}.
 * Optional fields are null when absent; {@code extra} holds the desk's own fields, free of schema.
 */
public record Source(String id, String title, String textPath, String text, String publisher, String author,
                     LocalDate published, String url, String archiveUrl, String language, String notes,
                     java.util.Map<String, Object> extra, Position at) {

    public Source {
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra)); // the desk's own fields, in the file's order
    }

    /** Hashed by id alone, for the reason {@link Claim#hashCode} gives; equals still compares every field. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
