package org.roadmapmonitor.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roadmapmonitor.analytics.Scope.Definition;
import org.roadmapmonitor.evidence.Measures;
import org.roadmapmonitor.evidence.Measures.Target;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.framework.ReportingPeriod;
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.reporting.ReadableReports;
import org.roadmapmonitor.reporting.ReadableReports.Held;
import org.roadmapmonitor.reporting.ReportAccess;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.DerivedValues.Computed;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.stereotype.Component;

/**
 * The working view of indicators computed from evidence records: for the jurisdictions whose working values the
 * caller may read, an {@code evidence:<measure>} indicator's value for a period whose report is not published —
 * or for a calendar period with records but no report yet — is computed from the records as they stand now,
 * replacing whatever the working copy froze at submission. A saved record is thus in the next answer. A
 * published report keeps its frozen figure for everyone, and the public never gets a computed cell (records
 * are never public). Cost: two queries (reports, calendar) plus one grouped query per measure, whatever the
 * number of jurisdictions and periods (ADR 0007).
 */
@Component
class WorkingDerived {
    private final Measures measures;
    private final ReadableReports reports;
    private final ReportingCalendar calendar;

    WorkingDerived(Measures measures, ReadableReports reports, ReportingCalendar calendar) {
        this.measures = measures;
        this.reports = reports;
        this.calendar = calendar;
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
        Map<String, String> measureByIndicator = new HashMap<>();
        defs.forEach(d ->
                measureOf(d).ifPresent(m -> measureByIndicator.put(d.indicator().code(), m)));
        List<String> readable = jurisdictions.stream()
                .filter(j -> !ReportAccess.mine(j).isEmpty())
                .toList();
        if (measureByIndicator.isEmpty() || readable.isEmpty()) {
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
        var computed = new HashMap<String, Map<Target, List<Computed>>>();
        new LinkedHashSet<>(measureByIndicator.values()).forEach(m -> computed.put(m, measures.compute(m, targets)));

        var out = new ArrayList<Cell>(cells.size());
        Set<Target> replaced = new LinkedHashSet<>(targets);
        for (Cell c : cells) {
            if (!measureByIndicator.containsKey(c.indicator())
                    || !replaced.contains(new Target(c.jurisdiction(), c.period()))) {
                out.add(c);
            }
        }
        measureByIndicator.forEach((indicator, measure) -> {
            Map<Target, List<Computed>> byTarget = computed.get(measure);
            for (Target t : targets) {
                List<Computed> found = byTarget.get(t);
                if (found == null && live.contains(t)) {
                    found = Measures.none(measure);
                }
                if (found != null) {
                    found.stream()
                            .filter(c -> c.disaggregationKey().isEmpty() != breakdowns)
                            .forEach(c -> out.add(new Cell(
                                    indicator,
                                    t.jurisdiction(),
                                    t.period(),
                                    c.disaggregationKey(),
                                    c.value(),
                                    c.numerator(),
                                    c.denominator(),
                                    true)));
                }
            }
        });
        return out;
    }

    private static Optional<String> measureOf(Definition d) {
        if (d.indicator().valueSource() != ValueSource.DERIVED) {
            return Optional.empty();
        }
        return Measures.measureOf(d.indicator().formula()).filter(Measures::known);
    }

    private static boolean within(PeriodCode p, LocalDate from, LocalDate to) {
        return !p.start().isBefore(from) && !p.end().isAfter(to);
    }

    private static boolean overlap(Held h, ReportingPeriod p) {
        return !h.period().start().isAfter(p.period().end())
                && !h.period().end().isBefore(p.period().start());
    }
}
