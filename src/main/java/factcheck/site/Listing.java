package factcheck.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file under a folder with its size, modification time and file key (device and inode on
 * Unix): what tells whether the folder changed since it was last seen. The file key catches a
 * file replaced by another of the same size and time, as unpacking an archive or {@code rsync -t}
 * can do. A build that updated an output folder in place knows which files it wrote, so it
 * derives the folder's new listing from the old one by looking at those alone, instead of
 * walking tens of thousands of files again.
 */
final class Listing {

    /** Relative path (forward slashes) to "size time key link". */
    private final Map<String, String> files;
    private String digest;

    private Listing(Map<String, String> files) {
        this.files = files;
    }

    /** Walks {@code dir}, never following links; null when there is no such folder. */
    static Listing of(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return null;
        Map<String, String> files = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.put(relative(dir, file), entry(attrs));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Listing(files);
    }

    /** The listing after {@code rewritten} files were written (looked at again) and {@code deleted} ones deleted. */
    Listing updated(Path dir, Set<String> rewritten, Set<String> deleted) {
        Map<String, String> now = new TreeMap<>(files);
        deleted.forEach(now::remove);
        try {
            for (String path : rewritten) {
                now.put(path, entry(Files.readAttributes(dir.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Listing(now);
    }

    /** One digest of every entry, in path order. */
    synchronized String digest() {
        if (digest == null) {
            MessageDigest sha = sha256();
            files.forEach((path, attrs) -> sha.update((path + '\t' + attrs + '\n').getBytes(StandardCharsets.UTF_8)));
            digest = HexFormat.of().formatHex(sha.digest());
        }
        return digest;
    }

    private static String entry(BasicFileAttributes a) {
        return a.size() + "\t" + a.lastModifiedTime().toMillis() + "." + a.lastModifiedTime().toInstant().getNano() + "\t" + a.fileKey()
                + "\t" + a.isSymbolicLink();
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
