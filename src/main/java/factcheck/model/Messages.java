package factcheck.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interface text of a site in its language: every message by key, as the shipped bundle
 * and the project's own file ({@code templates/messages/LANG.yaml}) give it. A message is an
 * ICU MessageFormat pattern ({@code {0}} stands for its first argument), or for a count one
 * pattern per plural category of the language ({@code one}, {@code few}, {@code other}...) and
 * optionally per exact number ({@code =0}). Keys ending in {@code Html} are sentences with
 * markup (a link, a date), written unescaped: their text is markup, as trusted as the
 * templates, and their values are escaped when they are put in.
 */
public record Messages(String language, Map<String, Message> byKey) {

    public Messages {
        byKey = Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    /** One message: {@code text}, or {@code forms} by plural category when it counts something. */
    public record Message(String text, Map<String, String> forms) {
        public Message {
            forms = forms == null ? null : Collections.unmodifiableMap(new TreeMap<>(forms));
        }

        public static Message of(String text) {
            return new Message(text, null);
        }

        public boolean counts() {
            return forms != null;
        }
    }

    public static Messages none(String language) {
        return new Messages(language, Map.of());
    }

    /** Whether a key's text is markup with escaped text, used with {@code th:utext}. */
    public static boolean isHtml(String key) {
        return key.endsWith("Html");
    }
}
