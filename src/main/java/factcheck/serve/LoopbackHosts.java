package factcheck.serve;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} headers that {@code serve} answers: {@code localhost}, {@code 127.0.0.1} and
 * {@code [::1]}, with or without a port. The server listens on 127.0.0.1 alone, so the address it
 * prints is one of these. Any other name reached it through a name that resolves to this machine,
 * which is what a DNS-rebinding page does.
 */
final class LoopbackHosts {

    private static final Set<String> NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private LoopbackHosts() {}

    /** True for a loopback host, with an optional numeric port; false for anything else, and for none. */
    static boolean allows(String host) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        // A colon after the closing bracket of [::1], or in a name without brackets, starts the port.
        if (colon > h.lastIndexOf(']')) {
            String port = h.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) return false;
            h = h.substring(0, colon);
        }
        return NAMES.contains(h);
    }
}
