package factcheck.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void pastTheCapTheFirstProblemsInFileOrderAreKeptWhateverOrderTheyCameIn() {
        List<Diagnostic> all = new ArrayList<>();
        for (int i = 0; i < Diagnostics.CAP * 3; i++) {
            all.add(Diagnostic.error(new Position(String.format("content/claims/c%05d.yaml", i), 1, 1), "bad"));
        }
        String first = null;
        for (long seed = 1; seed <= 3; seed++) {
            Collections.shuffle(all, new Random(seed));
            Diagnostics d = new Diagnostics();
            all.forEach(d::add);
            assertEquals(Diagnostics.CAP * 3, d.count());
            assertEquals("content/claims/c00000.yaml", d.sorted().get(0).at().path());
            assertEquals(String.format("content/claims/c%05d.yaml", Diagnostics.CAP - 1), d.sorted().get(Diagnostics.CAP - 1).at().path());
            if (first == null) first = d.report();
            assertEquals(first, d.report(), "the same report whatever the order problems were found in");
        }
        assertTrue(first.contains("... and 1000 more problems not shown"), first);
    }
}
