package factcheck.serve;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final String CLAIM_PAGE = "/claims/officers-hurt/";
    private static final String CLAIM_FILE = "content/claims/officers-hurt.yaml";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient http = HttpClient.newHttpClient();
    private DevServer server;

    private Path serve() {
        Path root = TestProjects.copy("basic", tmp);
        server = new DevServer(root, Duration.ofMillis(50), new PrintWriter(out, true), new PrintWriter(err, true));
        server.start(0);
        return root;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + path + ": " + e, e);
        }
    }

    private boolean pageContains(String path, String text) {
        return get(path).body().contains(text);
    }

    @Test
    void servesTheSiteOnItsPortAndEveryHtmlPageCarriesTheReloadHook() {
        serve();
        HttpResponse<String> page = get(CLAIM_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("The council says 18; a letter says twelve."), page.body());
        assertTrue(page.body().contains(PageDecorator.EVENTS_PATH), "reload hook in " + page.body());
        assertEquals(200, get("/").statusCode());
        assertEquals(200, get("/claims/officers-hurt/index.html").statusCode());
        HttpResponse<String> css = get("/assets/style.css");
        assertTrue(css.headers().firstValue("content-type").orElse("").startsWith("text/css"));
        assertFalse(css.body().contains(PageDecorator.EVENTS_PATH), "only HTML is decorated");
        assertEquals(404, get("/no/such/page.html").statusCode());
    }

    @Test
    void servedPagesAreExactlyAPlainBuildPlusTheHookAndServeWritesNothing() throws Exception {
        Path root = serve();
        var build = factcheck.cli.Main.commandLine();
        build.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, build.execute("build", "--root", root.toString(), "--out", tmp.resolve("plain").toString()));
        Path plain = tmp.resolve("plain");
        try (var files = Files.walk(plain)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = plain.relativize(f).toString().replace('\\', '/');
                String built = Files.readString(f, StandardCharsets.UTF_8);
                assertFalse(built.contains(PageDecorator.EVENTS_PATH), "the built site has no reload hook: " + rel);
                String served = get("/" + rel).body();
                String hookless = served.replaceAll("<script data-factcheck-serve>.*?</script>\n", "");
                assertEquals(built, hookless, rel);
            }
        }
        assertFalse(Files.exists(root.resolve("site")), "serve never writes site/");
    }

    @Test
    void anEditedSummaryShowsOnTheServedPage() {
        Path root = serve();
        replace(root.resolve(CLAIM_FILE), "The council says 18; a letter says twelve.", "Edited, two counts disagree.");
        Eventually.holds("the new summary served", PATIENCE, () -> pageContains(CLAIM_PAGE, "Edited, two counts disagree."));
    }

    @Test
    void aBrokenClaimKeepsTheLastGoodPageAndShowsTheErrorUntilItIsFixed() {
        Path root = serve();
        Path claim = root.resolve(CLAIM_FILE);
        String good = TestProjects.read(claim);
        replace(claim, "I counted twelve injured", "I counted twelwe injured");
        Eventually.holds("the error banner", PATIENCE, () -> pageContains(CLAIM_PAGE, "factcheck-errors"));
        HttpResponse<String> page = get(CLAIM_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The council says 18; a letter says twelve."), "last good page still served");
        assertTrue(page.body().contains("content/claims/officers-hurt.yaml:17:12: quote not found"), page.body());
        assertTrue(get("/").body().contains("content/claims/officers-hurt.yaml:"), "every page shows the problem");
        assertTrue(err.toString().contains("content/claims/officers-hurt.yaml:17:12: quote not found"), err.toString());

        TestProjects.write(claim, good.replace("The council says 18; a letter says twelve.", "Fixed and edited."));
        Eventually.holds("recovery", PATIENCE, () -> pageContains(CLAIM_PAGE, "Fixed and edited."));
        assertFalse(get(CLAIM_PAGE).body().contains("factcheck-errors"), "banner gone");
        assertFalse(get("/").body().contains("factcheck-errors"), "banner gone everywhere");
    }

    @Test
    void whenTheFirstBuildFailsEveryPageShowsTheProblemsUntilTheyAreFixed() {
        Path root = TestProjects.copy("basic", tmp);
        Path claim = root.resolve(CLAIM_FILE);
        String good = TestProjects.read(claim);
        replace(claim, "rating: unproven", "rating: unproved");
        server = new DevServer(root, Duration.ofMillis(50), new PrintWriter(out, true), new PrintWriter(err, true));
        server.start(0);
        HttpResponse<String> page = get(CLAIM_PAGE);
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("content/claims/officers-hurt.yaml:"), page.body());
        assertTrue(page.body().contains(PageDecorator.EVENTS_PATH), "reloads when fixed");
        TestProjects.write(claim, good);
        Eventually.holds("the site once fixed", PATIENCE, () -> get(CLAIM_PAGE).statusCode() == 200);
        assertFalse(get(CLAIM_PAGE).body().contains("factcheck-errors"));
    }

    @Test
    void openPagesAreToldToReloadAfterARebuild() throws Exception {
        Path root = serve();
        String page = get(CLAIM_PAGE).body();
        String generation = page.replaceAll("(?s).*var g=\"(\\d+)\".*", "$1");
        HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + PageDecorator.EVENTS_PATH + "?since=" + generation)).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, events.statusCode());
        CompletableFuture<String> reload = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) if (line.equals("event: reload")) return lines.readLine();
                return "stream ended";
            } catch (Exception e) {
                return e.toString();
            }
        });
        replace(root.resolve(CLAIM_FILE), "The council says 18", "The council said 18");
        String data = reload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertTrue(data.startsWith("data: ") && !data.equals("data: " + generation), data);
    }

    @Test
    void aPageFromAnOlderBuildIsToldToReloadAsSoonAsItConnects() throws Exception {
        serve();
        HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + PageDecorator.EVENTS_PATH + "?since=0")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            assertEquals("event: reload", lines.readLine());
        }
    }

    @Test
    void closingStopsEveryThreadItStarted() throws Exception {
        var before = Thread.getAllStackTraces().keySet();
        serve();
        get(CLAIM_PAGE);
        HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + PageDecorator.EVENTS_PATH + "?since=0")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, events.statusCode(), "a page is listening while the server stops");
        server.close();
        server = null;
        java.util.function.Supplier<List<String>> left = () -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && (!t.isDaemon() || t.getName().startsWith("factcheck")))
                .map(Thread::getName).toList();
        try {
            Eventually.holds("no thread of ours left running", PATIENCE, () -> left.get().isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + left.get());
        }
    }
    /** The status line of a GET of {@code path} sent with the {@code Host} header given, through a plain socket (HttpClient sets its own). */
    private String statusWithHost(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aRequestUnderAnotherHostNameIsRefusedSoAPageElsewhereCannotReadTheServer() throws Exception {
        serve();
        String port = Integer.toString(server.port());
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST", "127.0.0.1")) {
            assertEquals("HTTP/1.1 200 OK", statusWithHost(CLAIM_PAGE, host), host);
        }
        // A rebinding page's own name, names that merely begin like ours, and a bad port.
        for (String host : List.of("evil.example:" + port, "localhost.evil.example", "127.0.0.1.nip.io:" + port, "")) {
            assertEquals("HTTP/1.1 403 Forbidden", statusWithHost(CLAIM_PAGE, host), host);
        }
        assertEquals("HTTP/1.1 403 Forbidden", statusWithHost(PageDecorator.EVENTS_PATH + "?since=0", "evil.example"), "the event stream too");
        assertEquals("HTTP/1.1 403 Forbidden", statusWithHost("/assets/style.css", "evil.example"), "every file");
    }
}
