package factcheck.model;

import factcheck.diag.Position;

/** A Markdown page ({@code content/pages/<id>.md}) with its front matter; {@code description} may be null. */
public record Page(String id, String title, String description, String body, Position at) {}
