package factcheck.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackHostsTest {

    @Test
    void loopbackNamesAndAddressesPassWithOrWithoutAPort() {
        for (String host : List.of("localhost", "localhost:1313", "127.0.0.1", "127.0.0.1:0", "[::1]", "[::1]:65535", "LocalHost:8080", " localhost ")) {
            assertTrue(LoopbackHosts.allows(host), host);
        }
    }

    @Test
    void everyOtherHostIsRefused() {
        for (String host : List.of("", "evil.example", "evil.example:1313", "localhost.evil.example", "127.0.0.1.nip.io",
                "localhost:", "localhost:x", "localhost:123456", "::1", "[::1]x", "127.0.0.2", "0.0.0.0:1313", "[::2]:1313")) {
            assertFalse(LoopbackHosts.allows(host), host);
        }
        assertFalse(LoopbackHosts.allows(null), "no Host header at all");
    }
}
