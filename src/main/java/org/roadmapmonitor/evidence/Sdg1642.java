package org.roadmapmonitor.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SDG indicator 16.4.2 by the UN method (metadata of 2018-07-26; domain.md §6 and Correction 5), as plain
 * rules over counts of weapons: the denominator is every arm seized in relation to a criminal offence, found
 * or surrendered in the year, except antiques (made before 1900); administrative seizures are left out;
 * ammunition, parts and explosives are never weapon items, so they never get here. The numerator is the arms
 * of the denominator whose illicit origin was established, by tracing or by a competent authority. A region
 * is computed from its weapons' counts, so its value is the sum of numerators over the sum of denominators.
 */
public final class Sdg1642 {
    public static final List<String> EVENT_TYPES = List.of("SEIZED", "FOUND", "SURRENDERED");
    public static final List<String> TRACING_OUTCOMES =
            List.of("TRACED", "PENDING", "INSUFFICIENT_INFORMATION", "NOT_ATTEMPTED");
    public static final List<String> METHODS = List.of("TRACING", "COMPETENT_AUTHORITY");

    private Sdg1642() {}

    /**
     * How many weapons share these attributes. {@code criminalOffence} is null for arms found or surrendered;
     * {@code originMethod} is null when the origin was not established.
     */
    public record Count(
            String eventType,
            Boolean criminalOffence,
            boolean antique,
            boolean uniquelyMarked,
            String tracingOutcome,
            String originMethod,
            long weapons) {}

    /** A numerator over a denominator, with the percentage to one decimal (null when nothing was counted). */
    public record Ratio(long numerator, long denominator, BigDecimal value) {
        static Ratio of(long numerator, long denominator) {
            return new Ratio(numerator, denominator, percent(numerator, denominator));
        }
    }

    /**
     * The breakdowns: by event type; the denominator split by tracing outcome (the parts add up to it); the
     * numerator split by method (they add up to it); and the indicator for uniquely marked arms only.
     */
    public record Breakdown(
            Map<String, Ratio> eventType,
            Map<String, Long> tracingOutcome,
            Map<String, Long> method,
            Ratio uniquelyMarked) {}

    /** Weapons seen but left out of the denominator, and why. */
    public record Excluded(long antiques, long administrativeSeizures) {}

    /** The indicator; {@code value} is null, with {@code reason} a message key, when the denominator is 0. */
    public record Result(
            long numerator,
            long denominator,
            BigDecimal value,
            String reason,
            Breakdown breakdown,
            Excluded excluded) {}

    public static final String NO_DATA = "evidence.sdg.noData";

    public static Result compute(List<Count> counts) {
        long antiques = 0;
        long administrative = 0;
        var byType = new LinkedHashMap<String, long[]>();
        EVENT_TYPES.forEach(t -> byType.put(t, new long[2]));
        var byOutcome = new LinkedHashMap<String, Long>();
        TRACING_OUTCOMES.forEach(o -> byOutcome.put(o, 0L));
        var byMethod = new LinkedHashMap<String, Long>();
        METHODS.forEach(m -> byMethod.put(m, 0L));
        long[] marked = new long[2];
        long numerator = 0;
        long denominator = 0;
        for (Count c : counts) {
            if (c.antique()) {
                antiques += c.weapons();
                continue;
            }
            if ("SEIZED".equals(c.eventType()) && !Boolean.TRUE.equals(c.criminalOffence())) {
                administrative += c.weapons();
                continue;
            }
            long established = c.originMethod() == null ? 0 : c.weapons();
            denominator += c.weapons();
            numerator += established;
            long[] type = byType.get(c.eventType());
            type[0] += established;
            type[1] += c.weapons();
            byOutcome.merge(c.tracingOutcome(), c.weapons(), Long::sum);
            if (c.originMethod() != null) {
                byMethod.merge(c.originMethod(), c.weapons(), Long::sum);
            }
            if (c.uniquelyMarked()) {
                marked[0] += established;
                marked[1] += c.weapons();
            }
        }
        var types = new LinkedHashMap<String, Ratio>();
        byType.forEach((t, nd) -> types.put(t, Ratio.of(nd[0], nd[1])));
        var breakdown = new Breakdown(types, byOutcome, byMethod, Ratio.of(marked[0], marked[1]));
        return new Result(
                numerator,
                denominator,
                percent(numerator, denominator),
                denominator == 0 ? NO_DATA : null,
                breakdown,
                new Excluded(antiques, administrative));
    }

    /** A percentage with one decimal, half up (the SDG series VC_ARM_SZTRACE is in percent); null for 0/0. */
    static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
