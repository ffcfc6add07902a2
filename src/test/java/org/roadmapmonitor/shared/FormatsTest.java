package org.roadmapmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** Amounts and dates as each reader's language writes them, with thousands separators. */
class FormatsTest {
    private final Formats formats = new Formats(new StaticMessageSource());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void englishReadersSeeTheCurrencyFirstWithCommasBetweenThousands() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.money(Money.of(new BigDecimal("525600.00"), "USD"))).isEqualTo("USD 525,600.00");
        assertThat(formats.date(LocalDate.of(2026, 3, 2))).isEqualTo("Mar 2, 2026");
    }

    @Test
    void frenchAndSpanishReadersSeeTheCurrencyAfterTheirOwnSeparators() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(formats.money(Money.of(new BigDecimal("525600.00"), "USD"))
                        .replace('\u202f', ' ')
                        .replace('\u00a0', ' '))
                .isEqualTo("525 600,00 USD");
        assertThat(formats.date(LocalDate.of(2026, 3, 2))).isEqualTo("2 mars 2026");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(formats.money(Money.of(new BigDecimal("525600.5"), "EUR"))).isEqualTo("525.600,50 EUR");
    }

    @Test
    void storedDecimalsAreNeverHidden() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.money(Money.of(new BigDecimal("1.2345"), "USD"))).isEqualTo("USD 1.2345");
        assertThat(formats.number(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.5");
    }

    @Test
    void aTableOfFiguresWritesEachAsOneFigureIsWritten() {
        for (String language : new String[] {"en", "fr", "es"}) {
            LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
            var numbers = formats.numbers();
            for (String v : new String[] {"0", "-3", "1234567.5", "0.1234567", "12.50", "1E+3"}) {
                assertThat(numbers.apply(new BigDecimal(v)))
                        .as(language + " " + v)
                        .isEqualTo(formats.number(new BigDecimal(v)));
            }
        }
    }
}
