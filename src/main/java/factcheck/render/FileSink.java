package factcheck.render;

/** Where rendered files go: a relative output path (forward slashes) and its bytes. */
@FunctionalInterface
public interface FileSink {
    void accept(String path, byte[] content);
}
