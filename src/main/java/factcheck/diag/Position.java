package factcheck.diag;

/**
 * A place in a project file: path relative to the project root (with forward slashes),
 * 1-based line and column; a problem with the file as a whole stands at 1:1.
 */
public record Position(String path, int line, int column) {

    public Position {
        if (path == null || path.isEmpty()) throw new IllegalArgumentException("path is required");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative line or column");
    }

    /** The file as a whole, for problems that have no better place (a missing file, say). */
    public static Position file(String path) {
        return new Position(path, 1, 1);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
