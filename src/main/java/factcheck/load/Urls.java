package factcheck.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The only URLs a record may carry: absolute http(s) addresses. */
final class Urls {

    private Urls() {}

    static boolean isWeb(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
