package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roadmapmonitor.analytics.Scope.Definition;
import org.roadmapmonitor.evidence.Formula;
import org.roadmapmonitor.evidence.Measures;
import org.roadmapmonitor.evidence.Measures.Target;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.framework.ReportingPeriod;
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.reporting.ReadableReports;
import org.roadmapmonitor.reporting.ReadableReports.Held;
import org.roadmapmonitor.reporting.ReportAccess;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.DerivedValues;
import org.roadmapmonitor.shared.DerivedValues.Computed;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.stereotype.Component;

/**
 * The working view of indicators computed from evidence records: for the jurisdictions whose working values the
 * caller may read, an {@code evidence:<measure>} indicator's value for a period whose report is not published —
 * or for a calendar period with records but no report yet — is computed from the records as they stand now,
 * replacing whatever the working copy froze at submission. A saved record is thus in the next answer. A
 * formula over indicators ({@code [KPI-10] / [KPI-11]}) is computed again for those same jurisdictions and
 * periods from its operands as this view holds them (the live evidence cells, the typed working values), by the
 * evaluation reports freeze ({@link DerivedValues}), so it moves with its inputs. A published report keeps its
 * frozen figures for everyone, and the public never gets a computed cell (records are never public). Cost: two
 * queries (reports, calendar), one grouped query per measure, and at most one for operands not asked for,
 * whatever the number of jurisdictions and periods (ADR 0007).
 */
@Component
class WorkingDerived {
    private final Measures measures;
    private final ReadableReports reports;
    private final ReportingCalendar calendar;
    private final VisibleValues values;
    private final DerivedValues derived;

    WorkingDerived(
            Measures measures,
            ReadableReports reports,
            ReportingCalendar calendar,
            VisibleValues values,
            DerivedValues derived) {
        this.measures = measures;
        this.reports = reports;
        this.calendar = calendar;
        this.values = values;
        this.derived = derived;
    }

    /** {@code cells} (as {@code VisibleValues} read them) with the live computed cells in place of stale ones. */
    List<Cell> overlay(
            Scope scope,
            List<Definition> defs,
            Collection<String> jurisdictions,
            LocalDate from,
            LocalDate to,
            boolean breakdowns,
            List<Cell> cells) {
        Map<String, String> measureByIndicator = new LinkedHashMap<>();
        defs.forEach(d ->
                measureOf(d).ifPresent(m -> measureByIndicator.put(d.indicator().code(), m)));
        // Formulas give a total only (as a report freezes them): none in a view of breakdown cells.
        Map<String, Definition> formulas = new LinkedHashMap<>();
        if (!breakdowns) {
            defs.stream()
                    .filter(WorkingDerived::isFormula)
                    .forEach(d -> formulas.put(d.indicator().code(), d));
        }
        // The evidence indicators the formulas read, asked for or not: computed live like the others.
        Map<String, String> operandMeasures = new LinkedHashMap<>();
        formulas.values()
                .forEach(d -> Formula.parse(d.indicator().formula()).operands().stream()
                        .map(code -> scope.indicators().get(code))
                        .filter(o -> o != null)
                        .forEach(o -> measureOf(o)
                                .ifPresent(
                                        m -> operandMeasures.put(o.indicator().code(), m))));
        List<String> readable = jurisdictions.stream()
                .filter(j -> !ReportAccess.mine(j).isEmpty())
                .toList();
        if ((measureByIndicator.isEmpty() && formulas.isEmpty()) || readable.isEmpty()) {
            return cells;
        }
        String framework = scope.summary().code();
        List<Held> held = reports.held(framework, readable, from, to);
        Set<Target> live = new LinkedHashSet<>(); // reports not published: always a figure (0 without records)
        held.stream()
                .filter(h -> !h.published() && within(h.period(), from, to))
                .forEach(h -> live.add(new Target(h.jurisdiction(), h.period())));
        Map<String, List<Held>> heldBy = new HashMap<>();
        held.forEach(h ->
                heldBy.computeIfAbsent(h.jurisdiction(), j -> new ArrayList<>()).add(h));
        Set<Target> unreported = new LinkedHashSet<>(); // no report yet: a figure only where there are records
        for (ReportingPeriod p : calendar.periods(framework)) {
            if (within(p.period(), from, to)) {
                readable.stream()
                        .filter(j -> heldBy.getOrDefault(j, List.of()).stream().noneMatch(h -> overlap(h, p)))
                        .forEach(j -> unreported.add(new Target(j, p.period())));
            }
        }
        if (live.isEmpty() && unreported.isEmpty()) {
            return cells;
        }
        var targets = new ArrayList<Target>(live);
        targets.addAll(unreported);
        var allMeasures = new LinkedHashSet<String>(measureByIndicator.values());
        allMeasures.addAll(operandMeasures.values());
        var computed = new HashMap<String, Map<Target, List<Computed>>>();
        allMeasures.forEach(m -> computed.put(m, measures.compute(m, targets)));

        var out = new ArrayList<Cell>(cells.size());
        Set<Target> replaced = new LinkedHashSet<>(targets);
        for (Cell c : cells) {
            boolean overlaid = measureByIndicator.containsKey(c.indicator()) || formulas.containsKey(c.indicator());
            if (!overlaid || !replaced.contains(new Target(c.jurisdiction(), c.period()))) {
                out.add(c);
            }
        }
        measureByIndicator.forEach((indicator, measure) -> {
            for (Target t : targets) {
                live(measure, computed.get(measure), t, live.contains(t)).stream()
                        .filter(c -> c.disaggregationKey().isEmpty() != breakdowns)
                        .forEach(c -> out.add(cell(indicator, t, c)));
            }
        });
        if (!formulas.isEmpty()) {
            Set<String> asked = new LinkedHashSet<>();
            defs.forEach(d -> asked.add(d.indicator().code()));
            formulas(scope, formulas, readable, from, to, asked, cells, computed, targets, live, out);
        }
        return out;
    }

    /**
     * Each formula's total for each target, from its operands as this view holds them: an evidence indicator's live
     * cell, else the working cell read for the target (a typed value, or another formula's frozen figure, as a
     * report's own computation reads it). Where no report exists yet, a formula gets a figure only when one of its
     * evidence operands has records there.
     */
    private void formulas(
            Scope scope,
            Map<String, Definition> formulas,
            List<String> readable,
            LocalDate from,
            LocalDate to,
            Set<String> asked,
            List<Cell> cells,
            Map<String, Map<Target, List<Computed>>> computed,
            List<Target> targets,
            Set<Target> live,
            List<Cell> out) {
        Map<String, Formula> parsed = new LinkedHashMap<>();
        formulas.forEach(
                (code, d) -> parsed.put(code, Formula.parse(d.indicator().formula())));
        Map<String, String> evidence = new HashMap<>();
        Set<String> stored = new LinkedHashSet<>();
        for (Formula f : parsed.values()) {
            for (String code : f.operands()) {
                Definition o = scope.indicators().get(code);
                Optional<String> m = o == null ? Optional.empty() : measureOf(o);
                if (m.isPresent()) {
                    evidence.put(code, m.get());
                } else {
                    stored.add(code);
                }
            }
        }
        // Operand cells: those already read when asked for (totals here), else one statement for the others.
        Map<String, Map<Target, BigDecimal>> operands = new HashMap<>();
        List<Cell> operandCells = new ArrayList<>(cells);
        List<String> missing =
                stored.stream().filter(code -> !asked.contains(code)).toList();
        if (!missing.isEmpty()) {
            operandCells.addAll(values.cells(scope.summary().code(), missing, readable, from, to, false));
        }
        for (Cell c : operandCells) {
            if (stored.contains(c.indicator()) && c.disaggregationKey().isEmpty()) {
                operands.computeIfAbsent(c.indicator(), x -> new HashMap<>())
                        .put(new Target(c.jurisdiction(), c.period()), c.value());
            }
        }
        parsed.forEach((indicator, formula) -> {
            for (Target t : targets) {
                boolean reported = live.contains(t);
                boolean fromRecords = formula.operands().stream()
                        .anyMatch(code -> evidence.containsKey(code)
                                && computed.get(evidence.get(code)).containsKey(t));
                if (!reported && !fromRecords) {
                    continue;
                }
                derived
                        .compute(formulas.get(indicator).indicator().formula(), t.jurisdiction(), t.period(), code -> {
                            if (evidence.containsKey(code)) {
                                String m = evidence.get(code);
                                return live(m, computed.get(m), t, reported).stream()
                                        .filter(c -> c.disaggregationKey().isEmpty())
                                        .map(Computed::value)
                                        .findFirst()
                                        .orElse(null);
                            }
                            return operands.getOrDefault(code, Map.of()).get(t);
                        })
                        .orElse(List.of())
                        .stream()
                        .filter(c -> c.disaggregationKey().isEmpty() && c.value() != null)
                        .forEach(c -> out.add(cell(indicator, t, c)));
            }
        });
    }

    /** A measure's cells for a target: as computed, else (for a report not published) as stated without records. */
    private static List<Computed> live(String measure, Map<Target, List<Computed>> byTarget, Target t, boolean live) {
        List<Computed> found = byTarget.get(t);
        if (found == null && live) {
            found = Measures.none(measure);
        }
        return found == null ? List.of() : found;
    }

    private static Cell cell(String indicator, Target t, Computed c) {
        return new Cell(
                indicator,
                t.jurisdiction(),
                t.period(),
                c.disaggregationKey(),
                c.value(),
                c.numerator(),
                c.denominator(),
                true);
    }

    private static Optional<String> measureOf(Definition d) {
        if (d.indicator().valueSource() != ValueSource.DERIVED) {
            return Optional.empty();
        }
        return Measures.measureOf(d.indicator().formula()).filter(Measures::known);
    }

    private static boolean isFormula(Definition d) {
        return d.indicator().valueSource() == ValueSource.DERIVED
                && d.indicator().formula() != null
                && Measures.measureOf(d.indicator().formula()).isEmpty();
    }

    private static boolean within(PeriodCode p, LocalDate from, LocalDate to) {
        return !p.start().isBefore(from) && !p.end().isAfter(to);
    }

    private static boolean overlap(Held h, ReportingPeriod p) {
        return !h.period().start().isAfter(p.period().end())
                && !h.period().end().isBefore(p.period().start());
    }
}
