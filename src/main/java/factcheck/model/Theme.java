package factcheck.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The project's {@code templates/}: Thymeleaf templates by name ({@code claim} for
 * {@code templates/claim.html}), static assets by relative path, and the interface text in the
 * site's language, read once per build so rendering never touches the disk.
 */
public record Theme(Map<String, String> templates, Map<String, byte[]> assets, Messages messages) {

    public Theme {
        templates = java.util.Collections.unmodifiableMap(new TreeMap<>(templates));
        assets = java.util.Collections.unmodifiableMap(new TreeMap<>(assets));
    }
}
