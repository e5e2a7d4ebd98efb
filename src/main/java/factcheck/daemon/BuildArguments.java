package factcheck.daemon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few options of {@code build} the client must understand before handing the command to a
 * daemon running in another folder: {@code --root} and {@code --out}, in picocli's two spellings
 * ({@code --out DIR}, {@code --out=DIR}). Everything else passes through for picocli to parse.
 */
final class BuildArguments {

    private static final List<String> PATH_OPTIONS = List.of("--root", "--out");

    private BuildArguments() {}

    /** The arguments with every path option absolute, and {@code --root} added when absent. */
    static List<String> absolute(List<String> args, Path cwd) {
        List<String> result = new ArrayList<>(args.size() + 2);
        boolean hasRoot = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!PATH_OPTIONS.contains(option)) {
                result.add(a);
                continue;
            }
            hasRoot |= option.equals("--root");
            if (a.contains("=")) {
                result.add(option + "=" + resolve(cwd, a.substring(a.indexOf('=') + 1)));
            } else if (i + 1 < args.size()) {
                result.add(a);
                result.add(resolve(cwd, args.get(++i)));
            } else {
                result.add(a); // picocli will say the value is missing
            }
        }
        if (!hasRoot) result.add("--root=" + cwd);
        return result;
    }

    /** The project root named by arguments made {@link #absolute}: the last {@code --root}, as picocli takes it. */
    static Path root(List<String> absolute) {
        String root = null;
        for (int i = 0; i < absolute.size(); i++) {
            String a = absolute.get(i);
            if (a.startsWith("--root=")) root = a.substring("--root=".length());
            else if (a.equals("--root") && i + 1 < absolute.size()) root = absolute.get(++i);
        }
        return Path.of(root);
    }

    private static String resolve(Path cwd, String path) {
        return cwd.resolve(path).normalize().toString();
    }
}
