package factcheck.load;

import java.util.regex.Pattern;

/** The rule for ids (file names without extension, rating ids, topics): what may appear in a URL path. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * A topic is a word readers see, in the site's language, and a folder name: lowercase letters
     * of any script (and letters of scripts without case), digits and {@code -}, composed (NFC).
     */
    private static final Pattern TOPIC = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Mc}\\p{Nd}-]{0,99}");

    public static boolean validTopic(String topic) {
        return topic != null && java.text.Normalizer.isNormalized(topic, java.text.Normalizer.Form.NFC) && TOPIC.matcher(topic).matches();
    }

    public static final String TOPIC_RULE = "topics use lowercase letters of any script, digits and `-`, start with a letter or digit, at most 100 characters";

    public static final String RULE = "ids use lowercase letters, digits and `-`, start with a letter or digit, at most 100 characters";

    /** A valid topic close to {@code written}: lower case, anything else between words a `-`. */
    static String topicSuggestion(String written) {
        String s = java.text.Normalizer.normalize(written.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFC)
                .replaceAll("[^\\p{Ll}\\p{Lo}\\p{Lm}\\p{Mn}\\p{Mc}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "topic" : s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** A valid id close to {@code written}, to suggest as the fix. */
    static String suggestion(String written) {
        String s = written.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "claim-1" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
