package org.roadmapmonitor.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period written as a DHIS2/ISO-style code: {@code 2024} (year), {@code 2024S1} (half-year),
 * {@code 2024Q3} (quarter) or {@code 202405} (month). The index is 1 for a year, the half, quarter or month
 * number otherwise. Ordered by start date, then coarser first.
 */
public record PeriodCode(PeriodType type, int year, int index) implements Comparable<PeriodCode> {

    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;

    private static final String PATH = "period";
    private static final String ACCEPTED_FORMS = "period.problem.forms";
    // \d is ASCII-only here, so look-alike Unicode digits are refused rather than silently accepted.
    private static final Pattern CODE =
            Pattern.compile("(?<year>\\d{4})(?:S(?<half>\\d)|Q(?<quarter>\\d)|(?<month>\\d{2}))?");
    private static final Comparator<PeriodCode> ORDER =
            Comparator.comparing(PeriodCode::start).thenComparing(PeriodCode::end, Comparator.reverseOrder());

    public PeriodCode {
        Objects.requireNonNull(type, "type");
        String problem = problem(type, year, index);
        if (problem != null) {
            throw new InvalidException(PATH, "period.problem.invalid", type, String.valueOf(year), index, problem);
        }
    }

    @JsonCreator
    public static PeriodCode parse(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidException(PATH, "period.problem.required", Texts.of(ACCEPTED_FORMS));
        }
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            throw refused(code, Texts.of(ACCEPTED_FORMS));
        }
        int year = Integer.parseInt(m.group("year"));
        PeriodType type = typeOf(m);
        int index = indexOf(m, type);
        String problem = problem(type, year, index);
        if (problem != null) {
            throw refused(code, problem);
        }
        return new PeriodCode(type, year, index);
    }

    public static boolean isValid(String code) {
        try {
            parse(code);
            return true;
        } catch (InvalidException e) {
            return false;
        }
    }

    /** The period of the given type that contains the date. */
    public static PeriodCode of(PeriodType type, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new PeriodCode(type, date.getYear(), (date.getMonthValue() - 1) / type.monthsPerPeriod() + 1);
    }

    public static PeriodCode year(int year) {
        return new PeriodCode(PeriodType.YEARLY, year, 1);
    }

    public static PeriodCode halfYear(int year, int half) {
        return new PeriodCode(PeriodType.SIX_MONTHLY, year, half);
    }

    public static PeriodCode quarter(int year, int quarter) {
        return new PeriodCode(PeriodType.QUARTERLY, year, quarter);
    }

    public static PeriodCode month(int year, int month) {
        return new PeriodCode(PeriodType.MONTHLY, year, month);
    }

    /** Every period from {@code from} to {@code to}, both included; both must be of the same type. */
    public static List<PeriodCode> range(PeriodCode from, PeriodCode to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.type != to.type) {
            throw new InvalidException(PATH, "period.problem.rangeTypes", from, from.type, to, to.type);
        }
        if (from.compareTo(to) > 0) {
            throw new InvalidException(PATH, "period.problem.rangeOrder", to, from);
        }
        List<PeriodCode> periods = new ArrayList<>();
        PeriodCode p = from;
        periods.add(p);
        // stops on reaching `to` rather than stepping past it, so a range ending in 9999 stays in bounds
        while (!p.equals(to)) {
            p = p.next();
            periods.add(p);
        }
        return List.copyOf(periods);
    }

    @JsonValue
    public String code() {
        // Written by hand, not with String.format: a global dashboard asks for hundreds of thousands of codes.
        var out = new StringBuilder(7);
        padded(out, year, 4);
        switch (type) {
            case YEARLY -> {}
            case SIX_MONTHLY -> out.append('S').append(index);
            case QUARTERLY -> out.append('Q').append(index);
            case MONTHLY -> padded(out, index, 2);
        }
        return out.toString();
    }

    /** {@code n} with leading zeros to {@code width} digits, as {@code %0<width>d} writes it. */
    private static void padded(StringBuilder out, int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        if (n < 0) {
            out.append('-');
            width--;
        }
        out.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * type.monthsPerPeriod() + 1, 1);
    }

    /** The last day of the period, included. */
    public LocalDate end() {
        return start().plusMonths(type.monthsPerPeriod()).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** True when every day of {@code other} lies within this period, so a period contains itself. */
    public boolean contains(PeriodCode other) {
        return contains(other.start()) && contains(other.end());
    }

    public PeriodCode next() {
        return plus(1);
    }

    public PeriodCode previous() {
        return plus(-1);
    }

    /** The period {@code n} periods of the same type later (earlier when negative). */
    public PeriodCode plus(int n) {
        int perYear = type.periodsPerYear();
        long ordinal = (long) year * perYear + (index - 1) + n;
        long newYear = Math.floorDiv(ordinal, perYear);
        if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
            throw new InvalidException(
                    PATH, "period.problem.outside", this, n, String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        return new PeriodCode(type, (int) newYear, (int) Math.floorMod(ordinal, perYear) + 1);
    }

    /** The period of the given type that contains this one; the type must not be finer than this one's. */
    public PeriodCode parent(PeriodType coarserType) {
        if (coarserType.isFinerThan(type)) {
            throw new IllegalArgumentException(
                    "%s is finer than %s, so it cannot contain %s".formatted(coarserType, type, this));
        }
        return of(coarserType, start());
    }

    /** The periods of the given type that together make up this one, in order. */
    public List<PeriodCode> children(PeriodType finerType) {
        if (finerType.isCoarserThan(type)) {
            throw new IllegalArgumentException(
                    "%s is coarser than %s, so it cannot divide %s".formatted(finerType, type, this));
        }
        return range(of(finerType, start()), of(finerType, end()));
    }

    @Override
    public int compareTo(PeriodCode other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }

    private static PeriodType typeOf(Matcher m) {
        if (m.group("half") != null) {
            return PeriodType.SIX_MONTHLY;
        }
        if (m.group("quarter") != null) {
            return PeriodType.QUARTERLY;
        }
        return m.group("month") != null ? PeriodType.MONTHLY : PeriodType.YEARLY;
    }

    private static int indexOf(Matcher m, PeriodType type) {
        return switch (type) {
            case YEARLY -> 1;
            case SIX_MONTHLY -> Integer.parseInt(m.group("half"));
            case QUARTERLY -> Integer.parseInt(m.group("quarter"));
            case MONTHLY -> Integer.parseInt(m.group("month"));
        };
    }

    /** Why the parts do not make a period, or null when they do. */
    private static String problem(PeriodType type, int year, int index) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Texts.of("period.problem.year", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        if (index < 1 || index > type.periodsPerYear()) {
            return Texts.of("period.rule." + type.name());
        }
        return null;
    }

    private static InvalidException refused(String code, String reason) {
        return new InvalidException(PATH, "period.problem.notACode", code, reason);
    }
}
