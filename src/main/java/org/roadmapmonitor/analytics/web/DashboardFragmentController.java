package org.roadmapmonitor.analytics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.Dashboard;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The parts of a large framework's dashboard loaded one KPI at a time (htmx, see {@link
 * DashboardController#INLINE_TREND_MEMBERS}): its trend and its members' table, for the public written once per
 * revision and language and given again, like the dashboard's KPIs ({@link PageParts}).
 */
@Controller
class DashboardFragmentController {
    private final Analytics analytics;
    private final PageParts parts;

    DashboardFragmentController(Analytics analytics, PageParts parts) {
        this.analytics = analytics;
        this.parts = parts;
    }

    /**
     * One KPI's trend chart and its table, as the fragment a large framework's dashboard loads (htmx): for the public
     * written once per revision and language and given again, like the dashboard's KPIs.
     */
    @GetMapping("/frameworks/{code}/dashboard/trends/{indicator}")
    ResponseEntity<String> trend(
            @PathVariable String code,
            @PathVariable String indicator,
            HttpServletRequest request,
            HttpServletResponse response) {
        return html(analytics.kpiPart(
                code,
                indicator,
                true,
                (name, kpi) -> parts.part(name, () -> {
                    Dashboard.Trend trend = kpi.get();
                    var model = new HashMap<String, Object>();
                    model.put("k", trend.kpi());
                    model.put("trendRegion", trend.region());
                    model.put("trendMembers", trend.members());
                    model.put("inlineTrends", true);
                    return parts.write("analytics/dashboard", "trend", model, request, response);
                })));
    }

    /**
     * One KPI's table of every member's latest value, as the fragment a large framework's dashboard loads (htmx); kept
     * for the public as {@link #trend} is.
     */
    @GetMapping("/frameworks/{code}/dashboard/lines/{indicator}")
    ResponseEntity<String> lines(
            @PathVariable String code,
            @PathVariable String indicator,
            HttpServletRequest request,
            HttpServletResponse response) {
        return html(analytics.kpiPart(
                code,
                indicator,
                false,
                (name, kpi) -> parts.part(name, () -> {
                    Dashboard.Trend latest = kpi.get();
                    var model = new HashMap<String, Object>();
                    model.put("k", latest.kpi());
                    model.put("scale", latest.scale());
                    model.put("trendRegion", latest.region());
                    model.put("places", DashboardController.places(latest.members()));
                    model.put("withRegional", false);
                    model.put("withLines", true);
                    return parts.write("analytics/dashboard", "kpiTable", model, request, response);
                })));
    }

    private static ResponseEntity<String> html(String fragment) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(fragment);
    }
}
