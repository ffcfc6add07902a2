package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.roadmapmonitor.analytics.Aggregation.Folded;
import org.roadmapmonitor.analytics.Aggregation.Part;
import org.roadmapmonitor.analytics.Scope.Definition;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;

/**
 * Makes an indicator's rows from its stored cells: a jurisdiction's value for a period is its stored cell, or,
 * when that period is not stored as such, its sub-periods folded by the rule (never both); a region's value is
 * its members' values folded by the rule. Baselines, targets and statuses are added to totals.
 */
final class Rows {
    /** Whom a row is for: a jurisdiction ({@code members} empty) or a region and its members. */
    record Place(String code, List<String> members) {
        boolean region() {
            return !members.isEmpty();
        }
    }

    /** One indicator's stored cells: jurisdiction → disaggregation key → period → cell. */
    static final class Stored {
        private final Map<String, Map<String, Map<PeriodCode, Cell>>> cells = new HashMap<>();

        void add(Cell c) {
            cells.computeIfAbsent(c.jurisdiction(), j -> new HashMap<>())
                    .computeIfAbsent(c.disaggregationKey(), k -> new HashMap<>())
                    .put(c.period(), c);
        }

        Map<PeriodCode, Cell> of(String jurisdiction, String key) {
            return cells.getOrDefault(jurisdiction, Map.of()).getOrDefault(key, Map.of());
        }

        List<PeriodCode> periods() {
            return cells.values().stream()
                    .flatMap(byKey -> byKey.values().stream())
                    .flatMap(byPeriod -> byPeriod.keySet().stream())
                    .distinct()
                    .sorted()
                    .toList();
        }

        List<String> keys() {
            return cells.values().stream()
                    .flatMap(byKey -> byKey.keySet().stream())
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    private Rows() {}

    static List<AnalyticsRow> of(
            Definition def,
            List<Place> places,
            List<PeriodCode> periods,
            List<String> keys,
            Stored stored,
            StatusScale scale) {
        var rows = new ArrayList<AnalyticsRow>();
        for (Place t : places) {
            for (PeriodCode p : periods) {
                for (String key : keys) {
                    rows.add(row(def, t, p, key, stored, scale));
                }
            }
        }
        return rows;
    }

    private static AnalyticsRow row(
            Definition def, Place t, PeriodCode p, String key, Stored stored, StatusScale scale) {
        Folded f;
        BigDecimal baseline = null;
        BigDecimal target = null;
        if (t.region()) {
            var parts = new HashMap<String, Part>();
            for (String m : t.members()) {
                parts.put(m, part(resolve(def, stored.of(m, key), p)));
            }
            f = Aggregation.acrossJurisdictions(def.rule(), def.condition(), parts, t.members());
        } else {
            f = resolve(def, stored.of(t.code(), key), p);
        }
        if (key.isEmpty()) {
            baseline = t.region()
                    ? regional(def, t, baseline(def, t.code()), m -> baseline(def, m))
                    : baseline(def, t.code());
            target = t.region()
                    ? regional(def, t, target(def, t.code(), p.year(), false), m -> target(def, m, p.year(), true))
                    : target(def, t.code(), p.year(), true);
        }
        String status = scale.statusOf(f.value(), baseline, target).orElse(null);
        return new AnalyticsRow(
                def.indicator().code(),
                t.code(),
                p.code(),
                disaggregation(key),
                f.value(),
                f.numerator(),
                f.denominator(),
                baseline,
                target,
                status,
                t.region() ? "aggregate" : def.source(),
                f.missing(),
                f.working());
    }

    /** A jurisdiction's value for a period: stored as such, else folded from the sub-periods stored. */
    static Folded resolve(Definition def, Map<PeriodCode, Cell> stored, PeriodCode p) {
        Cell direct = stored.get(p);
        if (direct != null) {
            return new Folded(direct.value(), direct.numerator(), direct.denominator(), direct.working(), List.of());
        }
        if (!Aggregation.rollsUp(def.rule())) {
            return new Folded(null, null, null, false, List.of());
        }
        Optional<PeriodType> finer = stored.keySet().stream()
                .filter(c -> !c.equals(p) && p.contains(c) && c.type().isFinerThan(p.type()))
                .map(PeriodCode::type)
                .max(Comparator.comparingInt(PeriodType::monthsPerPeriod));
        if (finer.isEmpty()) {
            return new Folded(null, null, null, false, List.of());
        }
        var parts = new LinkedHashMap<PeriodCode, Part>();
        for (PeriodCode c : p.children(finer.get())) {
            Cell cell = stored.get(c);
            if (cell != null) {
                parts.put(c, new Part(cell.value(), cell.numerator(), cell.denominator(), cell.working()));
            }
        }
        return Aggregation.acrossPeriods(def.rule(), parts, p.children(finer.get()));
    }

    private static Part part(Folded f) {
        return new Part(f.value(), f.numerator(), f.denominator(), f.working());
    }

    /** A region's own baseline or target if the framework gives one, else its members' folded when all have one. */
    private static BigDecimal regional(Definition def, Place t, BigDecimal own, Function<String, BigDecimal> of) {
        if (own != null) {
            return own;
        }
        if (def.rule() == Vocabulary.Aggregation.RATIO_OF_SUMS) {
            return null; // members' baselines are ratios without their parts: a mean of them would mislead
        }
        var parts = new HashMap<String, Part>();
        for (String m : t.members()) {
            BigDecimal v = of.apply(m);
            if (v != null) {
                parts.put(m, new Part(v, null, null, false));
            }
        }
        Folded f = Aggregation.acrossJurisdictions(def.rule(), def.condition(), parts, t.members());
        return f.missing().isEmpty() ? f.value() : null;
    }

    static BigDecimal baseline(Definition def, String jurisdiction) {
        return def.baselines().stream()
                .filter(b -> b.jurisdiction().equals(jurisdiction))
                .map(b -> b.value())
                .findFirst()
                .orElse(null);
    }

    /**
     * The target for the period's year, else the next one set, else the last one. A jurisdiction without one,
     * on an indicator counted by a condition, aims at meeting the condition ({@code >= 4}: 4).
     */
    static BigDecimal target(Definition def, String jurisdiction, int year, boolean member) {
        Indicator i = def.indicator();
        Condition condition = def.condition();
        BigDecimal meeting = member && def.rule() == Vocabulary.Aggregation.COUNT_MEETING_CONDITION && condition != null
                ? condition.operand()
                : null;
        if (i.targets() == null) {
            return meeting;
        }
        var mine = i.targets().stream()
                .filter(t -> t.jurisdiction().equals(jurisdiction))
                .sorted(Comparator.comparingInt(t -> t.year()))
                .toList();
        return mine.stream()
                .filter(t -> t.year() >= year)
                .findFirst()
                .or(() -> mine.isEmpty() ? Optional.empty() : Optional.of(mine.get(mine.size() - 1)))
                .map(t -> t.value())
                .orElse(meeting);
    }

    static Map<String, String> disaggregation(String key) {
        var out = new LinkedHashMap<String, String>();
        if (!key.isEmpty()) {
            for (String pair : key.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }
}
