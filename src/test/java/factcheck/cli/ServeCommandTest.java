package factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aPortInUseIsOneClearLineAndExitTwo() throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli r = Cli.run("serve", "--root", root.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, r.status(), r.err());
            assertEquals("error: port " + taken.getLocalPort() + " is already in use: stop the other server or pass --port N\n",
                    r.err().replace("\r\n", "\n"));
            assertFalse(r.err().contains("Exception"));
        }
    }

    @Test
    void aBadPortOrRootExitsTwo() {
        Path root = TestProjects.copy("basic", tmp);
        assertEquals(2, Cli.run("serve", "--root", root.toString(), "--port", "70000").status());
        assertEquals(2, Cli.run("serve", "--root", root.toString(), "--port", "http").status());
        assertEquals(2, Cli.run("serve", "--root", tmp.resolve("missing").toString()).status());
    }

    @Test
    void helpListsServeAndNew() {
        Cli help = Cli.run("--help");
        assertTrue(help.out().contains("serve") && help.out().contains("new"), help.out());
    }
}
