package factcheck.load;

import java.util.regex.Pattern;

/** The rule for ids (file names without extension, rating ids, topics): what may appear in a URL path. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static final String RULE = "ids use lowercase letters, digits and `-`, start with a letter or digit, at most 100 characters";

    /** A valid id close to {@code written}, to suggest as the fix. */
    static String suggestion(String written) {
        String s = written.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "claim-1" : s.length() > 100 ? s.substring(0, 100) : s;
    }
}
