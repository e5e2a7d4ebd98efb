package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import factcheck.model.Messages;
import factcheck.model.Messages.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the interface text against what uses it: every key a template uses
 * ({@code #{claim.verdict}}, {@code ${locale.forms('search.found')}}) or the renderer itself
 * uses has a message; markup keys are written unescaped ({@code th:utext}) and plain ones
 * escaped; and every key of the project's own file is one something uses, so that a typo
 * ({@code nav.clams}) is not silently a message nothing shows.
 */
final class MessageUses {

    /** Keys the renderer reads itself, not through a template: the label of each marked passage of an article. */
    static final List<String> RENDERER = List.of("source.passageLabel");

    /** A message key where a template uses one: {@code #{key}}, {@code #{key(...)}}, or a count's forms for a script. */
    private static final Pattern USE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)|locale\\.forms\\('([A-Za-z0-9_.-]+)'\\)");
    /** An attribute that writes a message, to check escaping: {@code th:text="#{key"} or {@code th:utext="#{key"}. */
    private static final Pattern WRITTEN = Pattern.compile("th:(u?text)\\s*=\\s*\"\\s*#\\{([A-Za-z0-9_.-]+)");

    private final Diagnostics diagnostics;
    private final String language;
    private final String ownFile;
    /** factcheck's English bundle as written, whose lines the hints quote. */
    private final String englishText;

    MessageUses(Diagnostics diagnostics, String language, String ownFile, String englishText) {
        this.diagnostics = diagnostics;
        this.language = language;
        this.ownFile = ownFile;
        this.englishText = englishText;
    }

    /**
     * {@code own}: the project's keys and where it wrote them; {@code english}: the keys of factcheck's
     * English bundle, which the shipped templates and the renderer use.
     */
    void check(Map<String, String> templates, Map<String, Message> messages, Map<String, Position> own, Set<String> english) {
        Set<String> used = new HashSet<>(RENDERER);
        Set<String> reported = new TreeSet<>();
        for (Map.Entry<String, String> t : templates.entrySet()) {
            String path = "templates/" + t.getKey() + ".html";
            String text = t.getValue();
            Matcher use = USE.matcher(text);
            while (use.find()) {
                String key = use.group(1) != null ? use.group(1) : use.group(2);
                used.add(key);
                if (!messages.containsKey(key) && reported.add(key)) missing(key, at(path, text, use.start()));
            }
            Matcher written = WRITTEN.matcher(text);
            while (written.find()) {
                boolean unescaped = written.group(1).equals("utext");
                String key = written.group(2);
                if (unescaped != Messages.isHtml(key)) {
                    diagnostics.error(at(path, text, written.start()), unescaped
                                    ? "`" + key + "` is plain text, written here unescaped (th:utext): its values could inject markup"
                                    : "`" + key + "` is markup (its name ends in Html), written here escaped (th:text): its tags would show",
                            unescaped ? "write it with th:text" : "write it with th:utext");
                }
            }
        }
        for (String key : RENDERER) {
            if (!messages.containsKey(key) && reported.add(key)) missing(key, Position.file(ownFile));
        }
        for (Map.Entry<String, Position> e : own.entrySet()) {
            if (!used.contains(e.getKey()) && !english.contains(e.getKey())) {
                String near = Suggest.nearest(e.getKey(), english);
                diagnostics.error(e.getValue(), "no template uses the message `" + e.getKey() + "`",
                        near != null ? "did you mean `" + near + "`?" : "remove it, or use it in a template as #{" + e.getKey() + "}");
            }
        }
    }

    private void missing(String key, Position at) {
        String english = englishText.lines().filter(l -> l.startsWith(key + ":")).findFirst()
                .map(l -> l.substring(key.length() + 1).trim()).filter(s -> !s.isEmpty()).orElse(null);
        diagnostics.error(at, "no message `" + key + "` in `" + language + "`",
                "add `" + key + ":` to " + ownFile + (english == null ? "" : " (in English: " + english + ")"));
    }

    private static Position at(String path, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(path, line, offset - lineStart + 1);
    }
}
