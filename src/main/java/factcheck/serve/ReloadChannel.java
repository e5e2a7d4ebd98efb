package factcheck.serve;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The open pages, each listening over Server-Sent Events; told to reload after every published build. */
final class ReloadChannel {

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final LongSupplier generation;

    ReloadChannel(LongSupplier generation) {
        this.generation = generation;
    }

    /** A page connects, saying which build it shows; a page already out of date is told at once. */
    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        String since = client.ctx().queryParam("since");
        long now = generation.getAsLong();
        if (since != null && !since.equals(Long.toString(now))) send(client, now);
    }

    void reloadAll(long newGeneration) {
        for (SseClient c : clients) send(c, newGeneration);
    }

    int size() {
        return clients.size();
    }

    /** Ends every stream, so the server can stop without waiting for pages that never leave. */
    void closeAll() {
        for (SseClient c : clients) c.close();
        clients.clear();
    }

    private void send(SseClient client, long gen) {
        if (client.terminated()) {
            clients.remove(client);
            return;
        }
        client.sendEvent("reload", Long.toString(gen));
    }
}
