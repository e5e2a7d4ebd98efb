package factcheck.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The path, size and modification time of every jar on the class path. The launcher rebuilds the
 * jar when the sources change; a daemon started before that must not go on building with the old
 * classes (nor load a class from a jar replaced under it), and a daemon started by another copy
 * of factcheck must not build for this one: before each build it compares this stamp, taken now,
 * and the client's, with its own at start.
 */
final class CodeStamp {

    private CodeStamp() {}

    /**
     * The generator's class path: the jar the launcher names in {@code -Dfactcheck.jar} (the client
     * runs from a small jar of its own, see {@link DaemonClient}), else this JVM's own. A daemon is
     * started with it, so client and daemon stamp the same jar.
     */
    static String generatorClassPath() {
        return System.getProperty("factcheck.jar", System.getProperty("java.class.path", ""));
    }

    static String current() {
        StringBuilder stamp = new StringBuilder();
        for (String entry : generatorClassPath().split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) continue; // class folders (tests): nothing to compare
            try {
                BasicFileAttributes a = Files.readAttributes(Path.of(entry), BasicFileAttributes.class);
                stamp.append(entry).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                stamp.append(entry).append(" missing\n");
            }
        }
        return stamp.toString();
    }
}
