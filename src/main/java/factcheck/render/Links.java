package factcheck.render;

/**
 * Relative links from one page to the others. Every link points at a file ({@code .../index.html},
 * never a directory), so the site works from {@code file://} and from any sub-path of a server.
 * Templates call it as {@code ${links.claim(c.id)}}; {@link #file} reaches any other file.
 */
public final class Links {

    private final String root;

    private Links(String root) {
        this.root = root;
    }

    /** Links for the page written at {@code path} (e.g. {@code claims/x/index.html}). */
    public static Links from(String path) {
        int depth = (int) path.chars().filter(ch -> ch == '/').count();
        return new Links("../".repeat(depth));
    }

    public String home() {
        return root + "index.html";
    }

    public String claims() {
        return root + "claims/index.html";
    }

    public String claim(String id) {
        return root + "claims/" + id + "/index.html";
    }

    public String actors() {
        return root + "actors/index.html";
    }

    public String actor(String id) {
        return root + "actors/" + id + "/index.html";
    }

    public String sources() {
        return root + "sources/index.html";
    }

    public String source(String id) {
        return root + "sources/" + id + "/index.html";
    }

    public String topics() {
        return root + "topics/index.html";
    }

    public String topic(String topic) {
        return root + "topics/" + topic + "/index.html";
    }

    public String rating(String id) {
        return root + "ratings/" + id + "/index.html";
    }

    /** The claims whose sources disagree, all of them. */
    public String disputed() {
        return root + "disputed/index.html";
    }

    public String search() {
        return root + "search/index.html";
    }

    /** The search page's index of every claim. */
    public String searchIndex() {
        return root + "search/index.js";
    }

    /** The Atom feed of the latest checks. */
    public String feed() {
        return root + "feed.xml";
    }

    public String page(String id) {
        return root + id + "/index.html";
    }

    /** Any file of the site by its path from the site's root, e.g. {@code feed.xml}. */
    public String file(String path) {
        return root + path;
    }

    public String asset(String path) {
        return root + "assets/" + path;
    }

    /** The cited passage of claim {@code claimId}'s citation {@code number} on its source's page. */
    public String passage(String sourceId, String claimId, int number) {
        return source(sourceId) + "#" + Anchors.passage(claimId, number);
    }

    /** The same passage, from its own source page. */
    public String onPage(String claimId, int number) {
        return "#" + Anchors.passage(claimId, number);
    }

    /** Citation {@code number} on the page of claim {@code claimId}. */
    public String citation(String claimId, int number) {
        return claim(claimId) + "#" + Anchors.citation(number);
    }
}
