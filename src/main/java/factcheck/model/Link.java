package factcheck.model;

/** A labelled external link of an actor. */
public record Link(String title, String url) {}
