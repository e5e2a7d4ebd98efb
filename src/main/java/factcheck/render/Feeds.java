package factcheck.render;

import factcheck.model.SiteConfig;
import factcheck.model.Update;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XML outputs: an Atom feed of the checks (RFC 4287) and, when the site has a
 * {@code baseUrl}, a sitemap. Written with the JDK's StAX writer so every value is escaped.
 */
final class Feeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * How many checks the feed carries: the latest. Feed readers fetch the whole file again and
     * again, and a desk's ten thousand checks made it 5.6 MB; every check is in claims.json and
     * the sitemap, and the newest in the feed, as news sites' feeds do.
     */
    static final int ENTRIES = 100;

    private Feeds() {}

    /**
     * The {@link #ENTRIES} checks last changed (reviewed or updated), latest first; among checks
     * changed the same day, the order of {@code newestFirst}. Ids are URLs under baseUrl, or
     * stable name-based UUIDs without it.
     */
    static String atom(SiteConfig site, List<Views.ClaimCard> newestFirst) {
        List<Views.ClaimCard> latest = newestFirst.stream() // a stable sort: ties keep newestFirst's order
                .sorted(java.util.Comparator.comparing(Feeds::updated, java.util.Comparator.reverseOrder())).limit(ENTRIES).toList();
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            if (site.language() != null) w.writeAttribute("xml:lang", site.language());
            element(w, "title", site.title());
            element(w, "subtitle", site.description());
            element(w, "id", site.baseUrl() != null ? site.absolute("feed.xml") : uuid(site, "feed"));
            element(w, "updated", latest.stream().map(Feeds::updated).max(LocalDate::compareTo).map(Feeds::timestamp)
                    .orElse(timestamp(LocalDate.of(2000, 1, 1))));
            link(w, "alternate", site.baseUrl() != null ? site.absolute("index.html") : "index.html", "text/html");
            if (site.baseUrl() != null) link(w, "self", site.absolute("feed.xml"), "application/atom+xml");
            w.writeStartElement("author");
            element(w, "name", site.publisherOrTitle().name());
            if (site.publisherOrTitle().url() != null) element(w, "uri", site.publisherOrTitle().url());
            w.writeEndElement();
            element(w, "generator", "factcheck");
            for (Views.ClaimCard c : latest) entry(w, site, c);
            w.writeEndElement();
        });
    }

    private static void entry(XMLStreamWriter w, SiteConfig site, Views.ClaimCard c) throws XMLStreamException {
        String path = "claims/" + c.id() + "/index.html";
        w.writeStartElement("entry");
        element(w, "title", c.claim().claim());
        element(w, "id", site.baseUrl() != null ? site.absolute(path) : uuid(site, path));
        element(w, "published", timestamp(c.claim().reviewed()));
        element(w, "updated", timestamp(updated(c)));
        link(w, "alternate", site.baseUrl() != null ? site.absolute(path) : path, "text/html");
        w.writeEmptyElement("category");
        w.writeAttribute("term", c.rating().id());
        w.writeAttribute("label", c.rating().label());
        element(w, "summary", c.rating().label() + ": " + c.claim().summary());
        w.writeEndElement();
    }

    /** Every page under baseUrl, in path order. */
    static String sitemap(SiteConfig site, Collection<String> htmlPaths) {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            for (String p : htmlPaths.stream().sorted().toList()) {
                w.writeStartElement("url");
                element(w, "loc", site.absolute(p));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** The last day a check changed: its review date or its latest update. */
    static LocalDate updated(Views.ClaimCard c) {
        return c.claim().updates().stream().map(Update::date).filter(d -> d != null).reduce(c.claim().reviewed(),
                (a, b) -> a.isAfter(b) ? a : b);
    }

    private static String timestamp(LocalDate d) {
        return d + "T00:00:00Z";
    }

    private static String uuid(SiteConfig site, String path) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((site.title() + "\n" + path).getBytes(StandardCharsets.UTF_8));
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            out.write("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.append('\n').toString();
    }
}
