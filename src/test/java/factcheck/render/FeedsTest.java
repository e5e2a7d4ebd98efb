package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.diag.Position;
import factcheck.model.Actor;
import factcheck.model.ActorKind;
import factcheck.model.Claim;
import factcheck.model.Rating;
import factcheck.model.SiteConfig;
import factcheck.model.Update;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeedsTest {

    private static final Rating FALSE = new Rating("false", "False", "Not so.", 0, factcheck.model.Tone.RED);
    private static final Actor MINISTER = new Actor("minister", "A Minister", ActorKind.PERSON, null, List.of(), null, List.of(), false, java.util.Map.of(), Position.file("a"));

    private static Views.ClaimCard card(int n, LocalDate reviewed, List<Update> updates) {
        Claim c = new Claim("c" + n, "Claim " + n + ".", "minister", null, null, List.of(), List.of(), "false", "Summary.", null,
                reviewed, List.of(), updates, factcheck.model.ClaimStatus.PUBLISHED, List.of(), java.util.Map.of(), Position.file("c"));
        return new Views.ClaimCard(c, FALSE, MINISTER);
    }

    private static List<String> titles(String xml) {
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("<entry><title>([^<]*)</title>").matcher(xml);
        while (m.find()) titles.add(m.group(1));
        return titles;
    }

    @Test
    void theFeedCarriesTheChecksLastChangedLatestFirst() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        List<Views.ClaimCard> newestFirst = new ArrayList<>();
        for (int n = 150; n >= 1; n--) newestFirst.add(card(n, day.plusDays(n), List.of()));
        // The oldest check, updated after every other was reviewed: its update is news.
        newestFirst.set(149, card(1, day.plusDays(1), List.of(new Update(day.plusDays(500), "Corrected."))));
        SiteConfig site = new SiteConfig("Desk", "Checks.", "en", null, null, List.of(FALSE));

        String xml = Feeds.atom(site, newestFirst);

        List<String> titles = titles(xml);
        assertEquals(Feeds.ENTRIES, titles.size(), "only the latest checks");
        assertEquals("Claim 1.", titles.get(0), "an update counts as a change");
        assertEquals("Claim 150.", titles.get(1));
        assertEquals("Claim 52.", titles.get(titles.size() - 1), "the 99 checks reviewed last after the updated one");
        String feedUpdated = "<updated>" + day.plusDays(500) + "T00:00:00Z</updated>";
        assertTrue(xml.indexOf(feedUpdated) < xml.indexOf("<entry>"), "the feed changed when the latest check did: " + xml.substring(0, 400));
    }
}
