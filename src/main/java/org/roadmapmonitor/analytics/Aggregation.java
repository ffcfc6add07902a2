package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * How an indicator's values combine, by its framework {@code aggregation} rule: across the member
 * jurisdictions of a region, and from sub-periods into a period (half-years into a year). Plain Java over
 * values already chosen (one per jurisdiction or sub-period), so that the rules are tested without a database
 * and a regional value is folded from exactly the cells shown beside it. Quotients have six decimals, half-even,
 * as reporting stores ratios.
 */
public final class Aggregation {
    public static final int SCALE = 6;

    private Aggregation() {}

    /** One value to fold; ratios carry their numerator and denominator. */
    public record Part(BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean working) {
        public static final Part NONE = new Part(null, null, null, false);

        /** Whether the part holds what the rule needs (both parts for a ratio of sums, else a value). */
        boolean present(Vocabulary.Aggregation rule) {
            return rule == Vocabulary.Aggregation.RATIO_OF_SUMS
                    ? numerator != null && denominator != null
                    : value != null;
        }
    }

    /** A folded value and what it lacks: member jurisdictions, or sub-periods, without a value. */
    public record Folded(
            BigDecimal value, BigDecimal numerator, BigDecimal denominator, boolean working, List<String> missing) {
        static Folded none(List<String> missing) {
            return new Folded(null, null, null, false, missing);
        }
    }

    /**
     * A region's value from its members' values ({@code parts} by jurisdiction code; members without one are
     * missing and named, in the order of {@code members}).
     */
    public static Folded acrossJurisdictions(
            Vocabulary.Aggregation rule, Condition condition, Map<String, Part> parts, List<String> members) {
        if (rule == Vocabulary.Aggregation.NONE) {
            return Folded.none(List.of());
        }
        var present = new ArrayList<Part>();
        var missing = new ArrayList<String>();
        for (String member : members) {
            Part p = parts.getOrDefault(member, Part.NONE);
            if (p.present(rule)) {
                present.add(p);
            } else {
                missing.add(member);
            }
        }
        if (present.isEmpty()) {
            return Folded.none(List.copyOf(missing));
        }
        boolean working = present.stream().anyMatch(Part::working);
        return switch (rule) {
            case SUM, LAST_VALUE -> new Folded(sum(present), null, null, working, List.copyOf(missing));
            case AVERAGE -> new Folded(mean(present), null, null, working, List.copyOf(missing));
            case RATIO_OF_SUMS -> ratioOfSums(present, working, missing);
            case COUNT_MEETING_CONDITION -> {
                long meeting = present.stream()
                        .filter(p -> condition == null || condition.test(p.value()))
                        .count();
                yield new Folded(
                        BigDecimal.valueOf(meeting),
                        BigDecimal.valueOf(meeting),
                        BigDecimal.valueOf(members.size()),
                        working,
                        List.copyOf(missing));
            }
            case NONE -> Folded.none(List.of());
        };
    }

    /**
     * A period's value from the values of its sub-periods ({@code parts} by sub-period; {@code expected} every
     * sub-period of the period). Sums, means and ratios need every sub-period; a last value (or the state
     * counted by a condition) is the latest one there is.
     */
    public static Folded acrossPeriods(
            Vocabulary.Aggregation rule, Map<PeriodCode, Part> parts, List<PeriodCode> expected) {
        if (rule == Vocabulary.Aggregation.NONE) {
            return Folded.none(List.of());
        }
        var present = new ArrayList<PeriodCode>();
        var missing = new ArrayList<String>();
        for (PeriodCode p : expected.stream().sorted().toList()) {
            if (parts.getOrDefault(p, Part.NONE).present(rule)) {
                present.add(p);
            } else {
                missing.add(p.code());
            }
        }
        if (present.isEmpty()) {
            return Folded.none(List.copyOf(missing));
        }
        List<Part> values = present.stream().map(parts::get).toList();
        boolean working = values.stream().anyMatch(Part::working);
        return switch (rule) {
            case LAST_VALUE, COUNT_MEETING_CONDITION -> {
                Part last = parts.get(
                        present.stream().max(Comparator.naturalOrder()).orElseThrow());
                yield new Folded(last.value(), last.numerator(), last.denominator(), working, List.copyOf(missing));
            }
            case SUM, AVERAGE, RATIO_OF_SUMS -> {
                if (!missing.isEmpty()) {
                    yield Folded.none(List.copyOf(missing));
                }
                yield rule == Vocabulary.Aggregation.SUM
                        ? new Folded(sum(values), null, null, working, List.of())
                        : rule == Vocabulary.Aggregation.AVERAGE
                                ? new Folded(mean(values), null, null, working, List.of())
                                : ratioOfSums(values, working, List.of());
            }
            case NONE -> Folded.none(List.of());
        };
    }

    /** Whether a period of this rule may be made from its sub-periods at all. */
    public static boolean rollsUp(Vocabulary.Aggregation rule) {
        return rule != Vocabulary.Aggregation.NONE;
    }

    /** The numerator over the denominator, six decimals half-even; none for a zero denominator. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
    }

    private static Folded ratioOfSums(List<Part> parts, boolean working, List<String> missing) {
        BigDecimal num = parts.stream().map(Part::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal den = parts.stream().map(Part::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Folded(ratio(num, den), num, den, working, List.copyOf(missing));
    }

    private static BigDecimal sum(List<Part> parts) {
        return parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal mean(List<Part> parts) {
        return sum(parts).divide(BigDecimal.valueOf(parts.size()), SCALE, RoundingMode.HALF_EVEN);
    }
}
