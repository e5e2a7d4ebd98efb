package factcheck.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client as the launcher runs it: a JVM with only the classes {@code factcheck-client.jar}
 * holds (the pom's list), and the generator named by {@code -Dfactcheck.jar}. A class the client
 * needs but the jar lacks would only show on users' machines, so this runs it for real.
 */
class ClientJarTest {

    @TempDir
    Path tmp;

    /** The class files the pom puts in the client jar, copied alone into a folder. */
    private Path clientClasses() throws IOException {
        String pom = Files.readString(TestProjects.REPO.resolve("pom.xml"));
        String client = pom.substring(pom.indexOf("<id>client</id>"), pom.indexOf("</execution>", pom.indexOf("<id>client</id>")));
        List<PathMatcher> includes = new ArrayList<>();
        Matcher m = Pattern.compile("<include>([^<]+)</include>").matcher(client);
        while (m.find()) includes.add(java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + m.group(1)));
        assertTrue(includes.size() >= 5, "the pom lists the client's classes: " + includes.size());

        Path classes = TestProjects.REPO.resolve("target/classes");
        Path dir = tmp.resolve("client-classes");
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                Path rel = classes.relativize(f);
                if (includes.stream().anyMatch(i -> i.matches(rel))) {
                    Files.createDirectories(dir.resolve(rel).getParent());
                    Files.copy(f, dir.resolve(rel));
                }
            }
        }
        return dir;
    }

    private record Exit(int status, String out, String err) {}

    private Exit client(Path classes, Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfactcheck.jar=" + System.getProperty("java.class.path"), "-cp", classes.toString(), DaemonClient.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("FACTCHECK_DAEMON_DIR", tmp.resolve("daemon").toString()); // this test's daemon, not the user's
        Process p = builder.directory(cwd.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Exit(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theClientBuildsThroughADaemonWithItsOwnClassesAlone() throws Exception {
        Path classes = clientClasses();
        Path root = TestProjects.copy("basic", tmp);
        DaemonFiles files = new DaemonFiles(tmp.resolve("daemon"));
        try {
            Exit built = client(classes, root, "build", "--out", "out");
            assertEquals(0, built.status(), built.out() + built.err());
            assertTrue(Files.isRegularFile(root.resolve("out/claims/budget-rose/index.html")), built.out() + built.err());
            assertTrue(Files.exists(files.socket()), "a daemon answered");

            Exit again = client(classes, root, "build", "--out", "out");
            assertEquals(0, again.status(), again.out() + again.err());
            assertTrue(again.out().contains("up to date") || again.out().contains("built"), again.out());
        } finally {
            stop(files);
        }
    }

    @Test
    void withoutAProjectTheClientHandsTheBuildBackToTheLauncher() throws Exception {
        Exit e = client(clientClasses(), tmp, "build", "--root", tmp.resolve("nowhere").toString());
        assertEquals(DaemonClient.NO_DAEMON, e.status(), e.out() + e.err());
        assertEquals("", e.err(), "no stack trace: the launcher's own build reports the problem");
    }

    @Test
    void argumentsTheClientCannotReadAreLeftToTheLaunchersBuild() throws Exception {
        Exit e = client(clientClasses(), tmp, "build", "--root");
        assertEquals(DaemonClient.NO_DAEMON, e.status(), e.out() + e.err());
        assertEquals("", e.err(), "the command line's own message, from the launcher's build, not a stack trace");
    }

    @Test
    void theDaemonClassTheClientNamesIsTheDaemon() {
        assertEquals(BuildDaemon.class.getName(), DaemonClient.DAEMON_CLASS);
    }

    private static void stop(DaemonFiles files) throws IOException {
        if (!Files.exists(files.pid())) return;
        long pid = Long.parseLong(Files.readString(files.pid()).strip());
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroy();
            p.onExit().join();
        });
    }
}
