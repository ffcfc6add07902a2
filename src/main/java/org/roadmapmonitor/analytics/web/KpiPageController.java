package org.roadmapmonitor.analytics.web;

import java.util.List;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.AnalyticsQuery;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.analytics.StatusScales;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A KPI across a framework: its definition, every member and the region over time, each disaggregation and
 * the cells that were not reported, and where each value comes from. One analytics query for the totals and
 * one per disaggregation the KPI has, whatever the number of jurisdictions.
 */
@Controller
class KpiPageController {
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final Analytics analytics;
    private final StatusScales scales;

    KpiPageController(
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            Analytics analytics,
            StatusScales scales) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.analytics = analytics;
        this.scales = scales;
    }

    @GetMapping("/frameworks/{code}/kpis/{indicator}")
    String kpi(@PathVariable String code, @PathVariable String indicator, Model model) {
        FrameworkDocument doc = frameworks.latest(code);
        var ind = doc.indicator(indicator)
                .orElseThrow(() -> new NotFoundException("framework.noIndicatorIn", code, doc.version(), indicator));
        List<Jurisdiction> members = Members.of(jurisdictions, doc.code());
        var region = doc.region() == null ? java.util.Optional.<Jurisdiction>empty() : jurisdictions.find(doc.region());
        List<AnalyticsRow> totals =
                analytics.query(new AnalyticsQuery(doc.code(), List.of(ind.code()), List.of(), List.of(), List.of()));
        List<String> periods =
                totals.stream().map(AnalyticsRow::period).distinct().toList();
        var places = new java.util.ArrayList<Jurisdiction>();
        region.ifPresent(places::add);
        places.addAll(members);
        var breakdowns = doc.dimensions().stream()
                .filter(d -> ind.disaggregations().contains(d.code()))
                .map(d -> KpiView.breakdown(
                        d,
                        analytics.query(new AnalyticsQuery(
                                doc.code(), List.of(ind.code()), List.of(), List.of(), List.of(d.code()))),
                        totals,
                        places))
                .toList();
        model.addAttribute(
                "view",
                new KpiView(
                        doc,
                        ind,
                        doc.objectiveOf(ind.code()).orElseThrow(),
                        region,
                        members,
                        periods,
                        totals,
                        breakdowns));
        model.addAttribute("scale", scales.scale(doc.code()));
        model.addAttribute("footnotes", Members.footnotes(jurisdictions, doc.code(), members));
        return "analytics/kpi";
    }
}
