/**
 * The edit loop of {@code factcheck serve}: a debounced watcher on the project's sources, an
 * in-memory rebuild, an HTTP server that keeps serving the last good site, live reload over
 * Server-Sent Events and an error overlay while the content is broken. Entry point:
 * {@link factcheck.serve.DevServer}. Sits above {@code site}: it imports the pipeline, never the reverse.
 */
package factcheck.serve;
