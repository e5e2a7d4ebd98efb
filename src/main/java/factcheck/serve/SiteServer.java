package factcheck.serve;

import factcheck.render.RenderException;
import factcheck.render.RenderedSite;
import factcheck.site.UsageException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.util.AsyncExecutor;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kotlin.LazyKt;

/**
 * The HTTP side of {@code serve}, on 127.0.0.1 only: site files from memory (HTML pages decorated
 * with the reload hook and the error banner) and the reload event stream.
 *
 * <p>Why Javalin (6.7.0, pinned in pom.xml): an established embedded server, the mature 6.x line
 * on Jetty 11, running on Java 17, with Server-Sent Events built in, so live reload is a few
 * lines; the JDK's com.sun.net.httpserver has no SSE support, so we would own the streaming,
 * keep-alive and thread handling ourselves.
 */
final class SiteServer implements AutoCloseable {

    private final LiveSite site;
    private final ReloadChannel reload;
    private final PageDecorator decorator = new PageDecorator();
    private final ExecutorService streams = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "factcheck-events");
        t.setDaemon(true);
        return t;
    });
    private final Javalin app;

    SiteServer(LiveSite site, ReloadChannel reload) {
        this.site = site;
        this.reload = reload;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            // Event streams run on Javalin's async executor; its default pool has non-daemon threads
            // that app.stop() leaves behind, so we hand it a pool of our own and shut it down in close().
            config.pvt.asyncExecutor = LazyKt.lazyOf(new AsyncExecutor(streams));
        });
        app.before(this::refuseForeignHosts);
        app.sse(PageDecorator.EVENTS_PATH, reload::join);
        app.get("/*", this::serve);
    }

    /** Starts listening on 127.0.0.1:{@code port} (0: any free port) and returns the port taken. */
    int start(int port) {
        try {
            app.start("127.0.0.1", port);
        } catch (JavalinBindException e) {
            app.stop();
            throw new UsageException("port " + port + " is already in use: stop the other server or pass --port N");
        }
        return app.port();
    }

    /**
     * Refuses (403) a request whose {@code Host} is not this machine's loopback name or address.
     * A page on any web site can make the browser send requests to 127.0.0.1 under its own host
     * name (DNS rebinding) and read the answers, unpublished checks included; such requests carry
     * that site's name in {@code Host}. Vite and webpack-dev-server refuse them the same way.
     */
    private void refuseForeignHosts(Context ctx) {
        if (!LoopbackHosts.allows(ctx.header("Host"))) {
            throw new ForbiddenResponse("this server answers only http://127.0.0.1 and http://localhost");
        }
    }

    private void serve(Context ctx) {
        LiveSite.State state = site.current();
        ctx.header("Cache-Control", "no-store"); // always the latest build, never a cached one
        String path;
        try {
            path = URI.create("http://localhost" + ctx.path()).getPath().substring(1);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).result("bad path");
            return;
        }
        if (!state.everBuilt()) {
            html(ctx.status(HttpStatus.SERVICE_UNAVAILABLE), decorator.placeholder(state.generation(), state.errors()));
            return;
        }
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        RenderedSite files = state.site();
        if (!files.has(file) && files.has(path + "/index.html")) {
            ctx.redirect("/" + path + "/", HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        if (!files.has(file)) {
            String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not found</title></head><body><p>No page at /"
                    + PageDecorator.escape(path) + " in the last good build. <a href=\"/\">Home</a></p></body></html>";
            html(ctx.status(HttpStatus.NOT_FOUND), decorator.decorate(page, state.generation(), state.errors()));
            return;
        }
        byte[] bytes;
        try {
            bytes = files.file(file); // rendered now, if no one asked for it before
        } catch (RenderException e) {
            String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Template failed</title></head><body><p>/"
                    + PageDecorator.escape(path) + " could not be rendered.</p></body></html>";
            List<String> problems = new java.util.ArrayList<>(state.errors());
            problems.add("template failed: " + e.getMessage());
            html(ctx.status(HttpStatus.INTERNAL_SERVER_ERROR), decorator.decorate(page, state.generation(), problems));
            return;
        }
        if (file.endsWith(".html")) {
            html(ctx, decorator.decorate(new String(bytes, StandardCharsets.UTF_8), state.generation(), state.errors()));
        } else {
            ctx.contentType(ContentTypes.of(file)).result(bytes);
        }
    }

    private static void html(Context ctx, String page) {
        ctx.contentType(ContentTypes.of(".html")).result(page.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the event streams first, so stopping does not wait on pages that never hang up. */
    @Override
    public void close() {
        reload.closeAll();
        app.stop();
        streams.shutdownNow();
    }
}
