package factcheck.render;

/** Where rendered files go: a relative output path (forward slashes) and its bytes. */
@FunctionalInterface
public interface FileSink {
    void accept(String path, byte[] content);

    /**
     * The file at {@code path} is exactly what the last render into this sink wrote there. Only a
     * {@link Renderer#rememberingOutput} renderer says so, and only to a sink that keeps its files.
     */
    default void unchanged(String path) {
        throw new UnsupportedOperationException("this sink does not keep files between renders: " + path);
    }
}
