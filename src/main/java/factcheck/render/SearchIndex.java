package factcheck.render;

import factcheck.model.Actor;
import factcheck.model.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index, shipped as a script ({@code search/index.js}) rather than JSON: a page
 * opened from {@code file://} may load a script but may not fetch a file, so this is what makes
 * search work straight from disk. One record per claim with the words a reader may look for.
 */
final class SearchIndex {

    private SearchIndex() {}

    static byte[] script(Catalog catalog, Json json) {
        Utf8Parts out = new Utf8Parts().add("// factcheck search index: one record per claim (p path, c claim, r verdict, k its rank, n claimant, by claimant and aliases, a actors, s summary, t topics, q quotes)\n"
                + "window.FACTCHECK_SEARCH = [");
        byte[] separator = {};
        byte[] comma = {','};
        for (Views.ClaimCard c : catalog.cards()) {
            List<Actor> about = c.claim().about().stream().map(catalog::actor).toList();
            out.add(separator).add(json.line(List.of(c, about), true, () -> record(c, about)));
            separator = comma;
        }
        return out.add("];\n").bytes();
    }

    private static Object record(Views.ClaimCard c, List<Actor> about) {
        List<String> people = new ArrayList<>();
        for (Actor a : about) people.add(names(a));
        return Json.object(
                "p", "claims/" + c.id() + "/index.html",
                "c", c.claim().claim(),
                "r", c.rating().label(),
                "k", c.rating().rank(),
                "n", c.claimant().name(),
                "by", names(c.claimant()),
                "a", String.join(" ", people),
                "s", c.claim().summary(),
                "t", String.join(" ", c.claim().topics()),
                "q", String.join(" ", c.claim().citations().stream().map(Citation::quote).toList()));
    }

    /** An actor's name and every spelling of it, so "Massimov" finds "Masimov". */
    private static String names(Actor a) {
        List<String> all = new ArrayList<>(List.of(a.name()));
        all.addAll(a.aliases());
        return String.join(" ", all);
    }
}
