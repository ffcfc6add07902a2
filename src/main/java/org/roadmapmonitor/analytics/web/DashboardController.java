package org.roadmapmonitor.analytics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.Dashboard;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A framework's dashboard, and each of its tables as CSV or Excel. */
@Controller
class DashboardController {
    /** The map of the jurisdictions, added beside this module by the map work; included only once it exists. */
    static final String MAP_TEMPLATE = "classpath:/templates/analytics/map.html";

    private final Analytics analytics;
    private final DashboardTables tables;
    private final JurisdictionDirectory jurisdictions;
    private final boolean hasMap;

    DashboardController(
            Analytics analytics,
            DashboardTables tables,
            JurisdictionDirectory jurisdictions,
            ResourceLoader resources) {
        this.analytics = analytics;
        this.tables = tables;
        this.jurisdictions = jurisdictions;
        this.hasMap = resources.getResource(MAP_TEMPLATE).exists();
    }

    @GetMapping("/frameworks/{code}/dashboard")
    String dashboard(@PathVariable String code, Model model) {
        Dashboard dashboard = analytics.dashboard(code);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("framework", dashboard.framework());
        model.addAttribute("hasMap", hasMap);
        model.addAttribute(
                "places",
                dashboard.members().stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity())));
        model.addAttribute(
                "footnotes",
                jurisdictions.footnotes(
                        dashboard.members(),
                        jurisdictions.convention(Designations.Owner.FRAMEWORK, dashboard.framework()),
                        LocaleContextHolder.getLocale()));
        return "analytics/dashboard";
    }

    @GetMapping("/frameworks/{code}/dashboard/{table}.{format}")
    void export(
            @PathVariable String code, @PathVariable String table, @PathVariable String format, HttpServletResponse res)
            throws IOException {
        var which = DashboardTables.Table.byName(table)
                .orElseThrow(() -> new NotFoundException("analytics.noTable", table));
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new NotFoundException("analytics.noTable", table + "." + format);
        }
        Dashboard dashboard = analytics.dashboard(code);
        boolean xlsx = format.equals("xlsx");
        res.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        res.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + dashboard.framework() + "-" + table + "." + format + "\"");
        tables.write(dashboard, which, xlsx, res.getOutputStream());
    }
}
