package org.roadmapmonitor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money, dates and field names as the reader's language writes them: "USD 525,600.00" in English,
 * "525 600,00 USD" in French; "1 Dec 2026" or "1 déc. 2026". Amounts keep two to four decimals, so that nothing
 * stored is hidden; percentages two, half-even. The one helper every page uses, as {@code @fmt}.
 */
@Component("fmt")
public class Formats {
    private final MessageSource messages;

    public Formats(MessageSource messages) {
        this.messages = messages;
    }

    /** An amount with its currency: the code first in English, after the number elsewhere. */
    public String money(Money m) {
        return money(m, locale());
    }

    static String money(Money m, Locale locale) {
        if (m == null) {
            return "";
        }
        String number = number(m.amount(), 2, 4, locale);
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? m.currency() + " " + number
                : number + " " + m.currency();
    }

    /** An amount in a column already headed with its currency. */
    public String usd(Money m) {
        return m == null ? "" : number(m.amount(), 2, 4);
    }

    public String percent(BigDecimal p) {
        return p == null ? "—" : number(p, 2, 2) + " %";
    }

    public String rate(BigDecimal r) {
        return r == null ? "" : number(r, 0, 8);
    }

    /** A count or measured value with thousands separators and the decimals it has. */
    public String number(Number n) {
        if (n == null) {
            return "";
        }
        return number(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()), 0, 6);
    }

    public String date(LocalDate d) {
        return date(d, locale());
    }

    /** The day of a moment, in UTC. */
    public String date(Instant t) {
        return t == null ? "" : date(t.atZone(ZoneOffset.UTC).toLocalDate());
    }

    static String date(LocalDate d, Locale locale) {
        return d == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(d);
    }

    /** A moment, in UTC (the time every user of a regional platform shares), to the minute. */
    public String dateTime(Instant t) {
        return t == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale())
                                .format(t.atZone(ZoneOffset.UTC))
                        + " UTC";
    }

    /**
     * The label a form shows for a field named in a refusal ({@code usdRate} → "USD rate"), from the keys
     * {@code field.<name>} or {@code fund.field.<name>}; anything else (a row, a JSON path) as it is.
     */
    public String field(String path) {
        if (path == null || path.isBlank() || path.equals("$")) {
            return "";
        }
        for (String key : new String[] {"field." + path, "fund.field." + path}) {
            String label = messages.getMessage(key, null, null, locale());
            if (label != null) {
                return label;
            }
        }
        return path;
    }

    /** An argument of a message as a reader of that language writes it; anything but amounts and dates unchanged. */
    static Object argument(Object arg, Locale locale) {
        if (arg instanceof Money m) {
            return money(m, locale);
        }
        if (arg instanceof LocalDate d) {
            return date(d, locale);
        }
        if (arg instanceof BigDecimal b) {
            return number(b, 0, 6, locale);
        }
        return arg;
    }

    private static String number(BigDecimal value, int min, int max) {
        return number(value, min, max, locale());
    }

    private static String number(BigDecimal value, int min, int max, Locale locale) {
        return format(min, max, locale).format(value);
    }

    /**
     * Many figures written as {@link #number(Number)} writes each, with one formatter of the reader's language made
     * for them all (making one per figure was a tenth of writing a table of 7,760); for one thread only.
     */
    public Function<BigDecimal, String> numbers() {
        NumberFormat f = format(0, 6, locale());
        return v -> v == null ? "" : f.format(v);
    }

    private static NumberFormat format(int min, int max, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(max);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
