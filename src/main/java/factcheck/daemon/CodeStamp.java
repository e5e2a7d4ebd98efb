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

    static String current() {
        StringBuilder stamp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
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
