package org.roadmapmonitor.analytics.web;

import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.Dashboard;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of a framework on its own page, and the part of it that htmx swaps when the reader picks another
 * KPI (only the panel travels, not the page).
 */
@Controller
class MapController {
    private final Analytics analytics;
    private final MapPanels panels;
    private final JurisdictionDirectory jurisdictions;

    MapController(Analytics analytics, MapPanels panels, JurisdictionDirectory jurisdictions) {
        this.analytics = analytics;
        this.panels = panels;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/frameworks/{code}/map")
    String map(
            @PathVariable String code,
            @RequestParam(required = false) String kpi,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        if ("true".equals(htmx)) {
            model.addAttribute("panel", panels.of(code, kpi));
            return "analytics/map :: panel";
        }
        Dashboard dashboard = analytics.dashboard(code, 0); // the map shades latest values: no trend needed
        model.addAttribute("panel", panels.checked(dashboard, kpi));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("framework", dashboard.framework());
        model.addAttribute("footnotes", Members.footnotes(jurisdictions, dashboard.framework(), dashboard.members()));
        return "analytics/map-page";
    }
}
