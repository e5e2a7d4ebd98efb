package factcheck.render;

/**
 * Relative links from one page to the others. Every link points at a file ({@code .../index.html},
 * never a directory), so the site works from {@code file://} and from any sub-path of a server.
 * Templates call it as {@code ${links.claim(c.id)}}; {@link #file} reaches any other file.
 */
public final class Links {

    private final String root;
    /** The theme's assets, by path under {@code assets/}: a link to one that is not there is an error. Null: not checked. */
    private final java.util.Set<String> assets;

    private Links(String root, java.util.Set<String> assets) {
        this.root = root;
        this.assets = assets;
    }

    /** Links for the page written at {@code path} (e.g. {@code claims/x/index.html}). */
    public static Links from(String path) {
        return from(path, null);
    }

    /** The same, with the theme's assets, so that a template's link to a missing one fails the build rather than the reader. */
    public static Links from(String path, java.util.Set<String> assets) {
        int depth = (int) path.chars().filter(ch -> ch == '/').count();
        return new Links("../".repeat(depth), assets);
    }

    /** Links for the page a host serves at any address for a missing file: from {@code baseUrl}, since no relative link holds at every depth. */
    public static Links forAnyAddress(String baseUrl, java.util.Set<String> assets) {
        return new Links(baseUrl, assets);
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
        if (assets != null && !assets.contains(path)) {
            throw new IllegalArgumentException("links.asset('" + path + "'): there is no templates/assets/" + path + "; add the file or correct the name");
        }
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
