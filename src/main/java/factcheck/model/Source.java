package factcheck.model;

import factcheck.diag.Position;
import java.time.LocalDate;

/**
 * An article under check: {@code content/sources/<id>.yaml} and the text it points at.
 * {@code text} is the article itself, read from {@code textPath} under {@code seeds/}.
 * Optional fields are null when absent.
 */
public record Source(String id, String title, String textPath, String text, String publisher, String author,
                     LocalDate published, String url, String archiveUrl, String language, String notes,
                     Position at) {

    /** Hashed by id alone, for the reason {@link Claim#hashCode} gives; equals still compares every field. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
