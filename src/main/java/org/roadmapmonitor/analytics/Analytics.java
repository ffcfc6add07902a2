package org.roadmapmonitor.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.analytics.Rows.Place;
import org.roadmapmonitor.analytics.Rows.Stored;
import org.roadmapmonitor.analytics.Scope.Definition;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics API: indicator values for jurisdictions and regions, periods and disaggregations, folded by
 * each indicator's rule, with baselines, targets and statuses; and the dashboards built on the same rows. Every
 * call reads the stored values as the caller may see them ({@link VisibleValues}) in one query: there is no
 * rebuild step and no cache, so a published value is in the next answer.
 */
@Service
public class Analytics {
    private static final LocalDate EARLIEST = LocalDate.of(PeriodCode.MIN_YEAR, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(PeriodCode.MAX_YEAR, 12, 31);

    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final VisibleValues values;
    private final StatusScales scales;
    private final DashboardAssembly assembly;
    private final WorkingDerived working;

    Analytics(
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            VisibleValues values,
            StatusScales scales,
            DashboardAssembly assembly,
            WorkingDerived working) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.values = values;
        this.scales = scales;
        this.assembly = assembly;
        this.working = working;
    }

    /** The rows the query asks for, as this caller may see them. */
    @Transactional(readOnly = true)
    public List<AnalyticsRow> query(AnalyticsQuery q) {
        Scope scope = Scope.of(q.framework(), frameworks, jurisdictions);
        List<Definition> defs = definitions(scope, q.indicators());
        List<Place> places = places(scope, q.jurisdictions());
        LocalDate from = q.periods().stream()
                .map(PeriodCode::start)
                .min(LocalDate::compareTo)
                .orElse(EARLIEST);
        LocalDate to = q.periods().stream()
                .map(PeriodCode::end)
                .max(LocalDate::compareTo)
                .orElse(LATEST);
        Map<String, Stored> stored =
                read(scope, defs, places, from, to, !q.disaggregate().isEmpty());
        StatusScale scale = scales.scale(scope.summary().code());
        var rows = new ArrayList<AnalyticsRow>();
        for (Definition def : defs) {
            Stored s = stored.getOrDefault(def.indicator().code(), new Stored());
            List<PeriodCode> periods = q.periods().isEmpty() ? s.periods() : q.periods();
            List<String> keys = q.disaggregate().isEmpty() ? List.of("") : keys(s, q.disaggregate());
            rows.addAll(Rows.of(def, places, periods, keys, s, scale));
        }
        return rows;
    }

    /** The framework's dashboard, as this caller may see it. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(String framework) {
        Scope scope = Scope.of(framework, frameworks, jurisdictions);
        List<Definition> defs = scope.indicators().values().stream()
                .filter(d -> d.version().equals(scope.latest().version()))
                .toList();
        List<Place> places = places(scope, List.of());
        Map<String, Stored> stored = read(scope, defs, places, EARLIEST, LATEST, false);
        StatusScale scale = scales.scale(scope.summary().code());
        return assembly.assemble(scope, defs, places, stored, scale);
    }

    /** Where each member's report of one calendar period stands, as this caller may know it. */
    @Transactional(readOnly = true)
    public List<Dashboard.Compliance> compliance(String framework, String period) {
        Scope scope = Scope.of(framework, frameworks, jurisdictions);
        return assembly.compliance(scope, period == null || period.isBlank() ? null : period.strip());
    }

    private static List<Definition> definitions(Scope scope, List<String> codes) {
        if (codes.isEmpty()) {
            return List.copyOf(scope.indicators().values());
        }
        var out = new ArrayList<Definition>();
        for (String code : codes) {
            Definition d = scope.indicators().get(code);
            if (d == null) {
                throw new BadRequestException(
                        "indicator",
                        "analytics.problem.unknownIndicator",
                        code,
                        scope.summary().code());
            }
            out.add(d);
        }
        return out;
    }

    /** Whom rows are asked for: every member and the framework's region when none is named. */
    private List<Place> places(Scope scope, List<String> codes) {
        var out = new ArrayList<Place>();
        if (codes.isEmpty()) {
            scope.members().forEach(j -> out.add(new Place(j.code(), List.of())));
            scope.region().ifPresent(r -> out.add(new Place(r.code(), scope.membersUnder(r))));
            return out;
        }
        for (String code : codes) {
            Jurisdiction j = jurisdictions
                    .find(code)
                    .orElseThrow(() ->
                            new BadRequestException("jurisdiction", "analytics.problem.unknownJurisdiction", code));
            if (scope.isMember(j.code())) {
                out.add(new Place(j.code(), List.of()));
            } else if (j.kind() == Jurisdiction.Kind.REGION
                    && !scope.membersUnder(j).isEmpty()) {
                out.add(new Place(j.code(), scope.membersUnder(j)));
            } else {
                throw new BadRequestException(
                        "jurisdiction",
                        "analytics.problem.notMember",
                        j.code(),
                        scope.summary().code());
            }
        }
        return out;
    }

    private Map<String, Stored> read(
            Scope scope, List<Definition> defs, List<Place> places, LocalDate from, LocalDate to, boolean breakdowns) {
        Set<String> jurisdictionCodes = new LinkedHashSet<>();
        for (Place t : places) {
            if (t.region()) {
                jurisdictionCodes.addAll(t.members());
            } else {
                jurisdictionCodes.add(t.code());
            }
        }
        var codes = defs.stream().map(d -> d.indicator().code()).toList();
        var byIndicator = new HashMap<String, Stored>();
        var cells = values.cells(scope.summary().code(), codes, jurisdictionCodes, from, to, breakdowns);
        for (var cell : working.overlay(scope, defs, jurisdictionCodes, from, to, breakdowns, cells)) {
            byIndicator.computeIfAbsent(cell.indicator(), c -> new Stored()).add(cell);
        }
        return byIndicator;
    }

    /** The stored breakdown keys over exactly the dimensions asked for ({@code sex} → {@code sex=female}, …). */
    private static List<String> keys(Stored s, List<String> dimensions) {
        return s.keys().stream()
                .filter(k -> !k.isEmpty()
                        && Rows.disaggregation(k).keySet().stream()
                                .sorted()
                                .toList()
                                .equals(dimensions))
                .toList();
    }
}
