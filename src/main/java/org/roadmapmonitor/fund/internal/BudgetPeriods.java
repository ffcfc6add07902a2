package org.roadmapmonitor.fund.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.shared.Money;

/**
 * A multi-year budget cut into consecutive periods of at most twelve months (IATI refuses a longer budget
 * period), each holding the share of the total that its days bear, so that the periods add up to the total
 * to the cent.
 */
public final class BudgetPeriods {
    public record Period(LocalDate start, LocalDate end, Money amount) {}

    private BudgetPeriods() {}

    /** From {@code start} through {@code end} (both included), in years counted from the start. */
    public static List<Period> of(LocalDate start, LocalDate end, Money total) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The budget ends (" + end + ") before it starts (" + start + ")");
        }
        List<LocalDate[]> spans = new ArrayList<>();
        for (LocalDate from = start; !from.isAfter(end); from = from.plusYears(1)) {
            LocalDate to = from.plusYears(1).minusDays(1);
            spans.add(new LocalDate[] {from, to.isAfter(end) ? end : to});
        }
        List<BigDecimal> days = spans.stream()
                .map(s -> BigDecimal.valueOf(ChronoUnit.DAYS.between(s[0], s[1]) + 1))
                .toList();
        List<Money> shares = total.allocate(days, 2);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            periods.add(new Period(spans.get(i)[0], spans.get(i)[1], shares.get(i)));
        }
        return periods;
    }
}
