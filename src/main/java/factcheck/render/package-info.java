/**
 * Turns a checked project into the site's files: Thymeleaf templates (held in memory, from the
 * project's {@code templates/}) fed with view records, flexmark for Markdown, jsoup to sanitise.
 * Writes nothing: files go to a {@link factcheck.render.FileSink}. Entry point: {@link factcheck.render.Renderer}.
 */
package factcheck.render;
