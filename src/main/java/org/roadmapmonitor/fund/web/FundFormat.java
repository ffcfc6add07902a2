package org.roadmapmonitor.fund.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.roadmapmonitor.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as the reader's language writes them (1,085,000.00 or 1 085 000,00), from the exact decimal:
 * two to four decimals, so that nothing stored is hidden; percentages with two decimals, half-even.
 * Used by the templates as {@code @fundFormat}.
 */
@Component("fundFormat")
public class FundFormat {
    public String money(Money m) {
        return m == null ? "" : number(m.amount(), 2, 4) + " " + m.currency();
    }

    public String usd(Money m) {
        return m == null ? "" : number(m.amount(), 2, 4);
    }

    public String percent(BigDecimal p) {
        return p == null ? "—" : number(p, 2, 2) + " %";
    }

    public String rate(BigDecimal r) {
        return r == null ? "" : number(r, 0, 8);
    }

    private static String number(BigDecimal value, int min, int max) {
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(max);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(value);
    }
}
