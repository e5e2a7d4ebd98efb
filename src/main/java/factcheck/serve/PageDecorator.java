package factcheck.serve;

import java.util.List;
import java.util.Locale;

/**
 * Adds what only {@code serve} shows to an HTML page on its way out: the live-reload script and,
 * while the latest build failed, a banner listing every problem. The built site never has either.
 */
final class PageDecorator {

    /** Where pages listen for rebuilds (Server-Sent Events). */
    static final String EVENTS_PATH = "/_factcheck/events";

    /** The page as served: {@code html} with the reload hook (and the banner) before {@code </body>}. */
    String decorate(String html, long generation, List<String> errors) {
        String extra = (errors.isEmpty() ? "" : banner(errors)) + script(generation);
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + extra : html.substring(0, at) + extra + html.substring(at);
    }

    /** A stand-in page while no build has succeeded yet: only the problems and the reload hook. */
    String placeholder(long generation, List<String> errors) {
        String says = errors.isEmpty() ? "The first build is under way; this page reloads when it is done."
                : "No build has succeeded yet; fix the problems listed above and this page reloads.";
        return decorate("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>factcheck serve</title></head>"
                + "<body><p style=\"margin-top:40vh\">" + says + "</p></body></html>", generation, errors);
    }

    // The page knows which build it came from: a page loaded just before a rebuild still reloads,
    // because the server answers a stale generation at once. EventSource reconnects on its own
    // after a network error; when the server was gone long enough to close it, we open a new one.
    private static String script(long generation) {
        return "<script data-factcheck-serve>(function(){var g=\"" + generation + "\";function c(){"
                + "var s=new EventSource(\"" + EVENTS_PATH + "?since=\"+g);"
                + "s.addEventListener(\"reload\",function(e){if(e.data!==g){s.close();location.reload();}});"
                + "s.onerror=function(){if(s.readyState===2)setTimeout(c,1000);};}c();})();</script>\n";
    }

    private static String banner(List<String> errors) {
        StringBuilder b = new StringBuilder("<div id=\"factcheck-errors\" role=\"alert\" style=\"position:fixed;top:0;left:0;right:0;"
                + "z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1em;background:#fff0f0;color:#600;"
                + "border-bottom:3px solid #c00;font:14px/1.4 monospace;box-shadow:0 2px 8px rgba(0,0,0,.3)\">"
                + "<strong>Build failed (" + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                + "); showing the last good site.</strong><pre style=\"white-space:pre-wrap;margin:.5em 0 0\">");
        for (String e : errors) b.append(escape(e)).append('\n');
        return b.append("</pre></div>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
