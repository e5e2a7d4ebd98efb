package factcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.site.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claim's `extra:` holds the desk's own data: free of schema, read by templates, exported in claims.json; everything else stays strict. */
class ExtraFieldsTest {

    @TempDir
    Path tmp;

    @Test
    void theDesksOwnFieldsReachTemplatesAndClaimsJson() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Files.writeString(root.resolve("content/claims/budget-rose.yaml"), TestProjects.read(root.resolve("content/claims/budget-rose.yaml"))
                + "extra:\n  checkedBy: A. Editor\n  deskRef: [KZ-17, {year: 2022}]\n");
        TestProjects.replace(root.resolve("templates/claim.html"), "<p class=\"kicker\" th:text=\"#{claim.kicker}\">Claim</p>",
                "<p class=\"kicker\" th:text=\"#{claim.kicker}\">Claim</p><p class=\"desk\" th:if=\"${c.extra.checkedBy} != null\" th:text=\"|Checked by ${c.extra.checkedBy}|\">x</p>");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isPresent(), d.report());
        assertTrue(Files.readString(tmp.resolve("out/claims/budget-rose/index.html")).contains("<p class=\"desk\">Checked by A. Editor</p>"));
        assertTrue(!Files.readString(tmp.resolve("out/claims/officers-hurt/index.html")).contains("class=\"desk\""), "a claim without it shows nothing");

        JsonNode claims = new ObjectMapper().readTree(tmp.resolve("out/claims.json").toFile()).get("claims");
        for (JsonNode c : claims) {
            if (c.get("id").asText().equals("budget-rose")) {
                assertEquals("A. Editor", c.get("extra").get("checkedBy").asText());
                assertEquals("2022", c.get("extra").get("deskRef").get(1).get("year").asText());
            } else {
                assertTrue(c.get("extra") == null, "no extra, no field: " + c);
            }
        }
    }

    @Test
    void extraMustBeAMappingAndOtherUnknownKeysStayErrors() {
        Path root = TestProjects.copy("basic", tmp);
        TestProjects.write(root.resolve("content/claims/budget-rose.yaml"), TestProjects.read(root.resolve("content/claims/budget-rose.yaml"))
                + "extra: just text\nchecker: A. Editor\n");
        Diagnostics d = new Diagnostics();
        new Build(root).check(d);
        assertTrue(d.report().contains("`extra` must be a mapping of your own `key: value` lines"), d.report());
        assertTrue(d.report().contains("unknown key `checker`"), d.report());
    }

    @Test
    void actorsAndSourcesCarryTheirOwnFieldsToo() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Files.writeString(root.resolve("content/actors/mayor.yaml"), TestProjects.read(root.resolve("content/actors/mayor.yaml")) + "extra:\n  deskContact: press office\n");
        Files.writeString(root.resolve("content/sources/report.yaml"), TestProjects.read(root.resolve("content/sources/report.yaml")) + "extra:\n  obtainedBy: request\n");
        TestProjects.replace(root.resolve("templates/actor.html"), "<h1 th:text=\"${a.name}\">Name</h1>",
                "<h1 th:text=\"${a.name}\">Name</h1><p class=\"desk\" th:text=\"${a.extra.deskContact}\">x</p>");
        TestProjects.replace(root.resolve("templates/source.html"), "<dl class=\"facts\">",
                "<p class=\"desk\" th:text=\"${s.extra.obtainedBy}\">x</p><dl class=\"facts\">");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isPresent(), d.report());
        assertTrue(Files.readString(tmp.resolve("out/actors/mayor/index.html")).contains("<p class=\"desk\">press office</p>"));
        assertTrue(Files.readString(tmp.resolve("out/sources/report/index.html")).contains("<p class=\"desk\">request</p>"));
    }
}
