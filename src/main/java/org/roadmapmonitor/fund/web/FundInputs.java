package org.roadmapmonitor.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.roadmapmonitor.shared.Problem;

/** Reads dates and rates typed in a form or given as JSON text, noting what cannot be read. */
final class FundInputs {
    private FundInputs() {}

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static LocalDate date(String text, String field, List<Problem> problems) {
        String t = blank(text);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(field, "problem.notADate", t));
            return null;
        }
    }

    /** A fraction such as 0.01 for 1 %. */
    static BigDecimal fraction(String text, String field, List<Problem> problems) {
        String t = blank(text);
        try {
            return t == null ? null : new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "problem.fraction"));
            return null;
        }
    }

    /**
     * A percentage as people type it (1, 7, 0.5 or 0,5) as a fraction; null when empty or unreadable, with
     * the given problem message in the latter case.
     */
    static BigDecimal percent(String text, String field, String problem, List<Problem> problems) {
        String t = blank(text);
        if (t == null) {
            return null;
        }
        try {
            BigDecimal p = new BigDecimal(t.replace(',', '.').replace("%", "").strip());
            if (p.signum() < 0
                    || p.compareTo(BigDecimal.valueOf(100)) >= 0
                    || p.stripTrailingZeros().scale() > 4) {
                problems.add(Problem.at(field, problem));
                return null;
            }
            return p.movePointLeft(2).stripTrailingZeros().max(BigDecimal.ZERO);
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, problem));
            return null;
        }
    }

    /** A fraction as a percentage to show in a form: 0.01 as 1. */
    static String asPercent(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
