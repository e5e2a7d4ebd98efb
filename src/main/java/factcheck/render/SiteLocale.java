package factcheck.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import factcheck.model.Messages;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * The site's language as templates use it ({@code ${locale.date(c.reviewed)}}, {@code ${locale.dir()}}):
 * dates and numbers written as the language writes them (ICU's, from CLDR), the text direction,
 * and the {@code lang} and {@code dir} that a passage in another language carries. Also the
 * pieces of markup that go into a sentence ({@code ${html.link(href, text)}}), escaped here.
 */
public final class SiteLocale {

    private final String language;
    private final Messages messages;
    private final ULocale ulocale;
    private final boolean rtl;
    private volatile DateFormat dates;
    private volatile NumberFormat numbers;
    private final Map<LocalDate, String> written = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Markup made from escaped values: a {@code Html} message pastes it as it is. */
    public record Html(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    SiteLocale(Messages messages) {
        this.language = messages.language();
        this.messages = messages;
        this.ulocale = ULocale.forLanguageTag(language);
        this.rtl = ulocale.isRightToLeft();
    }

    /**
     * ICU's date format, made when a page first writes a date: making it loads ICU's calendar data,
     * a quarter of a second in a fresh JVM, which made here would hold up every page of the build.
     */
    private DateFormat dates() {
        DateFormat d = dates;
        if (d == null) {
            synchronized (this) {
                if (dates == null) {
                    DateFormat made = DateFormat.getDateInstance(DateFormat.LONG, ulocale);
                    made.setTimeZone(TimeZone.GMT_ZONE);
                    dates = made;
                }
                d = dates;
            }
        }
        return d;
    }

    private NumberFormat numbers() {
        NumberFormat n = numbers;
        if (n == null) {
            synchronized (this) {
                if (numbers == null) numbers = NumberFormat.getIntegerInstance(ulocale);
                n = numbers;
            }
        }
        return n;
    }

    ULocale ulocale() {
        return ulocale;
    }

    /** {@code rtl} for a language written right to left (Arabic, Persian, Hebrew, Urdu...), else null: no attribute. */
    public String dir() {
        return rtl ? "rtl" : null;
    }

    /** {@code date} as the language writes it in running text: "January 5, 2022", "5 января 2022 г.". */
    public String date(LocalDate date) {
        if (date == null) return null;
        return written.computeIfAbsent(date, d -> {
            DateFormat format = dates();
            synchronized (format) { // ICU's formats are not thread-safe
                return format.format(Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
        });
    }

    /** A count as the language writes numbers (digits, grouping). */
    public String number(long n) {
        NumberFormat format = numbers();
        synchronized (format) {
            return format.format(n);
        }
    }

    /** {@code other} when it is not the site's language, else null (no {@code lang} attribute needed). */
    public String langIfOther(String other) {
        return other == null || sameLanguage(other) ? null : other;
    }

    /** The direction of {@code other} when it is not the site's language, else null. */
    public String dirIfOther(String other) {
        return other == null || sameLanguage(other) ? null : ULocale.forLanguageTag(other).isRightToLeft() ? "rtl" : "ltr";
    }

    private boolean sameLanguage(String other) {
        return other.equalsIgnoreCase(language);
    }

    /** The name of the language {@code tag} in the site's language ("English", "английский"); the tag itself when ICU knows no name. */
    public String languageName(String tag) {
        if (tag == null) return null;
        String name = ULocale.forLanguageTag(tag).getDisplayName(ulocale);
        return name.isEmpty() ? tag : UCharacter.toTitleCase(ulocale, name, null, UCharacter.TITLECASE_NO_LOWERCASE | UCharacter.TITLECASE_NO_BREAK_ADJUSTMENT);
    }

    /**
     * The forms of a counted message as JSON ({@code {"one": "{0} claim found", ...}}), for a script that
     * picks one with the browser's {@code Intl.PluralRules}, which follow the same CLDR rules.
     */
    public String forms(String key) {
        Messages.Message m = messages.byKey().get(key);
        if (m == null) return null;
        Map<String, String> forms = m.counts() ? m.forms() : Map.of("other", m.text());
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(forms));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings always writes
        }
    }

    /** Text as markup, escaped: a name put into a markup message ({@code card.byHtml}). */
    public Html text(String text) {
        return new Html(escape(text));
    }

    /** A link, or only its text when there is no address. */
    public Html link(String href, String text) {
        String t = escape(text);
        return new Html(href == null ? t : "<a href=\"" + escape(href) + "\">" + t + "</a>");
    }

    /** A date in a {@code <time>} element, written as the language writes it. */
    public Html time(LocalDate date) {
        return new Html("<time datetime=\"" + date + "\">" + escape(date(date)) + "</time>");
    }

    /** Escaped as Thymeleaf's th:text and attribute processors escape: the characters markup gives a meaning. */
    static String escape(String text) {
        return HtmlEscape.escapeHtml(text == null ? "" : text, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
                HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
    }
}
