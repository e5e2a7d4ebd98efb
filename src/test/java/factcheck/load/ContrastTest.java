package factcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** WCAG 2's contrast ratio, against figures the standard and common checkers give. */
class ContrastTest {

    @Test
    void knownPairs() {
        assertEquals(21.0, Contrast.ratio("#000000", "#FFFFFF"), 1e-9, "the largest there is");
        assertEquals(1.0, Contrast.ratio("#336699", "#336699"), 1e-9);
        assertEquals("4.47:1", Contrast.format(Contrast.ratio("#777777", "#ffffff")), "the grey that just fails AA (4.478..., floored: a ratio is never shown higher than it is)");
        assertEquals("4.54:1", Contrast.format(Contrast.ratio("#767676", "#ffffff")), "the grey that just passes");
        assertEquals(Contrast.ratio("#1b6e3a", "#fdfcfa"), Contrast.ratio("#fdfcfa", "#1b6e3a"), 1e-12, "either way round");
    }
}
