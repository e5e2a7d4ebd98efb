package factcheck.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.text.PluralRules;
import factcheck.model.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Thymeleaf's {@code #{key(args)}}, answered from the site's {@link Messages}: each message is an
 * ICU MessageFormat pattern, so a number is written as the language writes numbers; a counted
 * message takes the form that ICU's plural rules (CLDR's) give for its first argument, or the
 * form for that exact number ({@code =0}) when it has one. A date argument is written long, as
 * the language writes dates.
 *
 * <p>A key ending in {@code Html} is a sentence with markup (a link, a date), written with
 * {@code th:utext}: its text is markup, as trusted as the templates beside it, so a translator can
 * put a link anywhere in a sentence; its values are escaped here, except {@link SiteLocale.Html}
 * ones, which are markup made from escaped values. No value can inject markup.
 */
final class InterfaceText implements IMessageResolver {

    private final Messages messages;
    private final SiteLocale locale;
    private final PluralRules plurals;
    private final boolean rtl;
    /** Each pattern, parsed once. ICU's formats are not thread-safe: each is used under its own lock. */
    private final Map<String, Compiled> formats = new ConcurrentHashMap<>();

    /**
     * A parsed pattern, and which of its values pick a text by word ({@code {0, select, ...}}), which
     * must reach ICU as they are. {@code pieces} is the pattern as texts and value numbers when it
     * is only text and plain values ({@code "{0}, line {1}"}), the most common kind, which is then
     * written by joining them: ICU's format was a third of what a message with values cost, and
     * for such a pattern it does no more than that join (MessageBundlesTest compares the two).
     */
    private record Compiled(MessageFormat format, Set<Integer> selectors, List<Object> pieces) {
        static Compiled of(String pattern, ULocale locale) {
            MessagePattern parsed = new MessagePattern(pattern);
            Set<Integer> selectors = new HashSet<>();
            List<Object> pieces = new ArrayList<>();
            boolean simple = true;
            int textFrom = 0;
            for (int i = 0; i < parsed.countParts(); i++) {
                MessagePattern.Part part = parsed.getPart(i);
                MessagePattern.Part.Type type = part.getType();
                if (type == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.SELECT) {
                    selectors.add(parsed.getPart(i + 1).getValue());
                }
                if (type == MessagePattern.Part.Type.ARG_START) {
                    if (part.getArgType() != MessagePattern.ArgType.NONE || parsed.getPart(i + 1).getType() != MessagePattern.Part.Type.ARG_NUMBER) {
                        simple = false;
                        continue;
                    }
                    if (part.getIndex() > textFrom) pieces.add(pattern.substring(textFrom, part.getIndex()));
                    pieces.add(parsed.getPart(i + 1).getValue());
                } else if (type == MessagePattern.Part.Type.ARG_LIMIT) {
                    textFrom = part.getLimit();
                } else if (type == MessagePattern.Part.Type.SKIP_SYNTAX || type == MessagePattern.Part.Type.INSERT_CHAR) {
                    simple = false; // apostrophes that quote: ICU's reading of them stands
                }
            }
            if (textFrom < pattern.length()) pieces.add(pattern.substring(textFrom));
            return new Compiled(new MessageFormat(pattern, locale), Set.copyOf(selectors), simple ? List.copyOf(pieces) : null);
        }

        /** The pattern with {@code args} put in; {@code numbers} writes a whole number as ICU's own format would. */
        String format(Object[] args, SiteLocale numbers) {
            if (pieces != null && java.util.Arrays.stream(args).allMatch(a -> a instanceof String || a instanceof Integer || a instanceof Long)) {
                StringBuilder out = new StringBuilder();
                for (Object piece : pieces) {
                    if (piece instanceof String text) {
                        out.append(text);
                    } else {
                        int n = (Integer) piece;
                        Object arg = n < args.length ? args[n] : null;
                        if (arg == null) out.append('{').append(n).append('}'); // as ICU writes a value not given
                        else out.append(arg instanceof String text ? text : numbers.number(((Number) arg).longValue()));
                    }
                }
                return out.toString();
            }
            synchronized (this) {
                return format.format(args);
            }
        }
    }

    /** Messages without arguments, written once: most of a page's. */
    private final Map<String, String> fixed = new ConcurrentHashMap<>();
    /**
     * Messages with values, by key and values: most repeat from page to page (a verdict's meaning, a
     * stance, a source's link, a date), and formatting each anew was a twentieth of a cold
     * 10,000-claim build's rendering. Bounded, so that a daemon that renders for days does not grow.
     */
    private final Map<List<Object>, String> written = new ConcurrentHashMap<>();
    private static final int MAX_WRITTEN = 20_000;

    InterfaceText(Messages messages, SiteLocale locale) {
        this.messages = messages;
        this.locale = locale;
        this.plurals = PluralRules.forLocale(locale.ulocale()); // quick: a few milliseconds, where the date format takes hundreds
        this.rtl = locale.dir() != null;
    }

    @Override
    public String getName() {
        return "factcheck messages";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        return text(key, params == null ? new Object[0] : params);
    }

    /**
     * The message {@code key} with {@code params}, written once for each set of values whose text is
     * not written yet and kept; null when there is none (the loader reports a template's unknown keys).
     */
    String text(String key, Object... params) {
        Messages.Message message = messages.byKey().get(key);
        if (message == null) return null;
        if (params.length == 0 && !message.counts()) return fixed.computeIfAbsent(key, k -> format(k, message.text(), params));
        List<Object> id = new ArrayList<>(params.length + 1);
        id.add(key);
        for (Object p : params) id.add(p == null ? "" : p);
        String known = written.get(id);
        if (known != null) return known;
        String pattern = message.counts() ? form(message, params) : message.text();
        String text = format(key, pattern, params);
        if (written.size() < MAX_WRITTEN) written.put(id, text);
        return text;
    }

    /** The message {@code key} with values that seldom repeat (a passage's number and its claim): written, not kept. */
    String once(String key, Object... params) {
        Messages.Message message = messages.byKey().get(key);
        if (message == null) return null;
        return format(key, message.counts() ? form(message, params) : message.text(), params);
    }

    /** The text of a message that takes no value, the same on every page; null for one that counts or is markup, or none. */
    String fixed(String key) {
        Messages.Message message = messages.byKey().get(key);
        if (message == null || message.counts() || Messages.isHtml(key)) return null;
        return text(key);
    }

    /** The form of a counted message for its first argument. */
    private String form(Messages.Message message, Object[] params) {
        if (params.length == 0 || !(params[0] instanceof Number n)) return message.forms().get("other");
        String exact = message.forms().get("=" + n);
        return exact != null ? exact : message.forms().getOrDefault(plurals.select(n.doubleValue()), message.forms().get("other"));
    }

    private String format(String key, String pattern, Object[] params) {
        boolean html = Messages.isHtml(key);
        Compiled compiled = formats.computeIfAbsent(pattern, p -> Compiled.of(p, locale.ulocale()));
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDate d) p = locale.date(d);
            if (p instanceof Enum<?> e) p = e.name().toLowerCase(java.util.Locale.ROOT); // a stance, a status: select by word
            // On a right-to-left site an inserted value (a title, a name, often in Latin letters) is
            // isolated, as Unicode's bidirectional algorithm advises: else "Letter, line 3" comes out with
            // its number on the wrong side of the title. In a markup message only markup values are text
            // for certain (a plain one may be an address in an attribute), and they are isolated by <bdi>.
            if (p == null) {
                args[i] = "";
            } else if (p instanceof SiteLocale.Html h) {
                args[i] = !html ? isolated(h.toString()) : rtl ? "<bdi>" + h.html() + "</bdi>" : h.html();
            } else if (p instanceof Number || compiled.selectors().contains(i)) {
                args[i] = p instanceof Number ? p : p.toString(); // a word that selects a text is compared, not shown
            } else {
                args[i] = html ? SiteLocale.escape(p.toString()) : isolated(p.toString());
            }
        }
        return compiled.format(args, locale);
    }

    private String isolated(String text) {
        return rtl ? "\u2068" + text + "\u2069" : text; // first strong isolate ... pop directional isolate
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        return "??" + key + "_" + messages.language() + "??"; // Thymeleaf's own way; `check` reports it before a build
    }
}
