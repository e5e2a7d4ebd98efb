package factcheck.load;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2's contrast ratio between two sRGB colours written {@code #rrggbb}: (L1 + 0.05) / (L2 + 0.05)
 * of their relative luminances. Written here because it is one formula of the standard and none
 * of the project's libraries has it; a rating's own colour is checked with it against the pages
 * it is shown on, in light and in dark mode.
 */
final class Contrast {

    static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG AA for normal text. */
    static final double AA = 4.5;

    private Contrast() {}

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f:1", Math.floor(ratio * 100) / 100);
    }
}
