package factcheck.render;

/** A template failed while rendering a page: the message names the template and the page. */
public final class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
