package factcheck.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildArgumentsTest {

    private final Path cwd = Path.of("/home/desk/work");

    @Test
    void pathsBecomeAbsoluteInBothSpellingsAndOtherArgumentsPassThrough() {
        assertEquals(List.of("build", "--root", "/home/desk/project", "--out=/home/desk/work/public", "--force"),
                BuildArguments.absolute(List.of("build", "--root", "../project", "--out=public", "--force"), cwd));
    }

    @Test
    void aMissingRootIsTheWorkingFolder() {
        List<String> args = BuildArguments.absolute(List.of("build", "--timings"), cwd);
        assertEquals(List.of("build", "--timings", "--root=/home/desk/work"), args);
        assertEquals(cwd, BuildArguments.root(args));
    }

    @Test
    void theLastRootCountsAsPicocliTakesIt() {
        List<String> args = BuildArguments.absolute(List.of("build", "--root", "a", "--root=b"), cwd);
        assertEquals(Path.of("/home/desk/work/b"), BuildArguments.root(args));
    }

    @Test
    void anOptionWithoutItsValueIsLeftForPicocliToReport() {
        assertEquals(List.of("build", "--out", "--root=/home/desk/work"), BuildArguments.absolute(List.of("build", "--out"), cwd));
    }
}
