package org.roadmapmonitor.analytics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.analytics.Dashboard;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A framework's dashboard, and each of its tables as CSV or Excel. */
@Controller
class DashboardController {
    /** The map of the jurisdictions, added beside this module by the map work; included only once it exists. */
    static final String MAP_TEMPLATE = "classpath:/templates/analytics/map.html";

    private final Analytics analytics;
    private final DashboardTables tables;
    private final Figures figures;
    private final JurisdictionDirectory jurisdictions;
    private final FrameworkCatalogue frameworks;
    private final PageParts parts;
    private final MapPanels mapPanels;
    private final boolean hasMap;

    DashboardController(
            Analytics analytics,
            DashboardTables tables,
            JurisdictionDirectory jurisdictions,
            FrameworkCatalogue frameworks,
            Figures figures,
            PageParts parts,
            MapPanels mapPanels,
            ResourceLoader resources) {
        this.parts = parts;
        this.mapPanels = mapPanels;
        this.figures = figures;
        this.frameworks = frameworks;
        this.analytics = analytics;
        this.tables = tables;
        this.jurisdictions = jurisdictions;
        this.hasMap = resources.getResource(MAP_TEMPLATE).exists();
    }

    @GetMapping("/frameworks/{code}/dashboard")
    String dashboard(
            @PathVariable String code,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String kpi,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Page page = analytics.dashboardPage(code, INLINE_TREND_MEMBERS, period, (name, outline, dashboard) -> {
            // The map's KPI is part of the name: only a KPI of the framework, else the one the map chooses.
            String mapKpi = kpi != null && outline.kpis().contains(kpi.strip()) ? kpi.strip() : "";
            return new Page(
                    outline,
                    parts.part(
                            name.map(n -> List.of(n, mapKpi)),
                            () -> parts.write(
                                    "analytics/dashboard", "kpis", kpis(dashboard.get(), mapKpi), request, response)));
        });
        Dashboard.Outline outline = page.outline();
        model.addAttribute("outline", outline);
        model.addAttribute("kpiParts", page.kpis());
        model.addAttribute("compliance", outline.compliance());
        model.addAttribute("period", period);
        model.addAttribute("framework", outline.framework());
        model.addAttribute(
                "footnotes",
                jurisdictions.footnotes(
                        outline.members(),
                        jurisdictions.convention(Designations.Owner.FRAMEWORK, outline.framework()),
                        LocaleContextHolder.getLocale()));
        return "analytics/dashboard";
    }

    /** The page's outline, read for this request, and its KPIs' markup, written now or kept. */
    private record Page(Dashboard.Outline outline, String kpis) {}

    /** What the KPIs' part of the page (the fragment {@code kpis}) is written from. */
    private Map<String, Object> kpis(Dashboard dashboard, String mapKpi) {
        var out = new HashMap<String, Object>();
        out.put("dashboard", dashboard);
        out.put("framework", dashboard.framework());
        out.put("hasMap", hasMap);
        if (hasMap) {
            out.put("panel", mapPanels.ofDashboard(dashboard, mapKpi.isEmpty() ? null : mapKpi));
        }
        out.put("inlineTrends", dashboard.trends());
        out.put("places", places(dashboard.members()));
        List<String> periods = matrixPeriods(dashboard);
        out.put("matrixPeriods", periods);
        out.put("matrix", matrix(dashboard, periods));
        return out;
    }

    /** One row of the jurisdiction × KPI matrix, its cells' words made here: 193 × 30 cells at the global tier. */
    public record MatrixRow(Jurisdiction jurisdiction, List<MatrixCell> cells) {}

    /**
     * A cell: its tone (class), its status in words, its value ({@code null} without one) with its period when that is
     * not the one in the column's header ({@link #matrixPeriods}).
     */
    public record MatrixCell(String tone, String status, String value, boolean working) {}

    /**
     * The period written under each KPI's code in the matrix's header: the one most of the members' values are of
     * (the later on a tie), else the KPI's latest; a cell of another period names its own.
     */
    static List<String> matrixPeriods(Dashboard dashboard) {
        var out = new ArrayList<String>();
        for (Dashboard.Kpi k : dashboard.kpis()) {
            var counts = new HashMap<String, Integer>();
            k.lines().stream().filter(r -> r.value() != null).forEach(r -> counts.merge(r.period(), 1, Integer::sum));
            out.add(counts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> PeriodCode.parse(e.getKey())))
                    .map(Map.Entry::getKey)
                    .orElse(k.latest()));
        }
        return out;
    }

    private List<MatrixRow> matrix(Dashboard dashboard, List<String> periods) {
        var kpis = dashboard.kpis();
        var scale = dashboard.scale();
        var rows = new ArrayList<MatrixRow>();
        for (Jurisdiction j : dashboard.members()) {
            var cells = new ArrayList<MatrixCell>(kpis.size());
            for (int i = 0; i < kpis.size(); i++) {
                Dashboard.Kpi k = kpis.get(i);
                AnalyticsRow line = k.line(j.code()).orElse(null);
                String status = line == null ? null : line.status();
                String value = null;
                if (line != null && line.value() != null) {
                    value = figures.value(k.indicator(), line.value());
                    // The column's header names the KPI's latest period; another period is written beside its value.
                    value = line.period().equals(periods.get(i)) ? value : value + " (" + line.period() + ")";
                }
                cells.add(new MatrixCell(
                        figures.tone(scale, status),
                        figures.status(scale, status),
                        value,
                        line != null && line.working()));
            }
            rows.add(new MatrixRow(j, cells));
        }
        return rows;
    }

    static Map<String, Jurisdiction> places(List<Jurisdiction> members) {
        return members.stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
    }

    /**
     * A framework with more members than this shows only what its first paint needs (the matrix, each KPI's
     * regional value, the map, compliance), computed without any trend; each KPI's trend loads when scrolled into
     * view and its members' table when its disclosure is opened (htmx): 193 members × 40 periods × 30 KPIs in one
     * page would be 232,800 table cells and 30 charts of 194 lines before the reader sees anything. The Western
     * Balkans' six keep everything inline.
     */
    static final int INLINE_TREND_MEMBERS = 12;

    /** The compliance of another calendar period, as the fragment the dashboard swaps in (htmx). */
    @GetMapping("/frameworks/{code}/dashboard/compliance")
    String compliance(@PathVariable String code, @RequestParam(required = false) String period, Model model) {
        var summary = frameworks.summary(code);
        model.addAttribute("framework", summary.code());
        model.addAttribute("compliance", analytics.compliance(summary.code(), period));
        model.addAttribute("period", period);
        return "analytics/dashboard :: compliance";
    }

    @GetMapping("/frameworks/{code}/dashboard/{table}.{format}")
    void export(
            @PathVariable String code,
            @PathVariable String table,
            @PathVariable String format,
            @RequestParam(required = false) String period,
            HttpServletResponse res)
            throws IOException {
        var which = DashboardTables.Table.byName(table)
                .orElseThrow(() -> new NotFoundException("analytics.noTable", table));
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new NotFoundException("analytics.noTable", table + "." + format);
        }
        // Only the trends' table needs the trends; the others are the first paint's latest values.
        Dashboard dashboard = analytics.dashboard(code, which == DashboardTables.Table.TRENDS ? Integer.MAX_VALUE : 0);
        boolean xlsx = format.equals("xlsx");
        res.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        res.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + dashboard.framework() + "-" + table + "." + format + "\"");
        var compliance = period == null ? dashboard.compliance() : analytics.compliance(code, period);
        tables.write(dashboard, compliance, which, xlsx, res.getOutputStream());
    }
}
