package org.roadmapmonitor.analytics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.Dashboard;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map of a framework on its own page, and the part of it that htmx swaps when the reader picks another
 * KPI (only the panel travels, not the page).
 */
@Controller
class MapController {
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Analytics analytics;
    private final MapPanels panels;
    private final JurisdictionDirectory jurisdictions;
    private final PageParts parts;

    MapController(Analytics analytics, MapPanels panels, JurisdictionDirectory jurisdictions, PageParts parts) {
        this.analytics = analytics;
        this.panels = panels;
        this.jurisdictions = jurisdictions;
        this.parts = parts;
    }

    @GetMapping("/frameworks/{code}/map")
    String map(@PathVariable String code, @RequestParam(required = false) String kpi, Model model) {
        Dashboard dashboard = analytics.dashboard(code, 0); // the map shades latest values: no trend needed
        model.addAttribute("panel", panels.checked(dashboard, kpi));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("framework", dashboard.framework());
        model.addAttribute("footnotes", Members.footnotes(jurisdictions, dashboard.framework(), dashboard.members()));
        return "analytics/map-page";
    }

    /**
     * The panel for the KPI the reader switched to: only that KPI's latest values are computed, not the whole
     * dashboard's, and the public's panel is kept under the name of what it is made of, like the dashboard's KPIs
     * ({@link PageParts}). Without a KPI the map chooses the one that tells the members apart, which needs them all.
     */
    @GetMapping(path = "/frameworks/{code}/map", headers = "HX-Request=true")
    ResponseEntity<String> panel(
            @PathVariable String code,
            @RequestParam(required = false) String kpi,
            HttpServletRequest request,
            HttpServletResponse response) {
        String markup = kpi == null || kpi.isBlank()
                ? write(panels.of(code, null), request, response)
                : analytics.latest(code, kpi.strip(), (name, choices, latest) -> {
                    panels.check(choices, kpi);
                    return parts.part(name, () -> write(panels.chosen(choices, latest.get()), request, response));
                });
        return ResponseEntity.ok().contentType(HTML).body(markup);
    }

    private String write(MapPanels.MapPanel panel, HttpServletRequest request, HttpServletResponse response) {
        return parts.write("analytics/map", "panel", Map.of("panel", panel), request, response);
    }
}
