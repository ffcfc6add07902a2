package org.roadmapmonitor.analytics.web;

import java.util.List;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.AnalyticsQuery;
import org.roadmapmonitor.analytics.StatusScales;
import org.roadmapmonitor.evidence.EvidenceSummaries;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A jurisdiction's profile in one framework: every KPI with its trend, baseline and target, its reports and
 * where they stand, and what its evidence records hold (for those who may read them).
 */
@Controller
class JurisdictionProfileController {
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final ReportService reports;
    private final EvidenceSummaries evidence;
    private final Analytics analytics;
    private final StatusScales scales;

    JurisdictionProfileController(
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            ReportService reports,
            EvidenceSummaries evidence,
            Analytics analytics,
            StatusScales scales) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.reports = reports;
        this.evidence = evidence;
        this.analytics = analytics;
        this.scales = scales;
    }

    @GetMapping("/frameworks/{code}/jurisdictions/{jurisdiction}")
    String profile(@PathVariable String code, @PathVariable String jurisdiction, Model model) {
        FrameworkDocument doc = frameworks.latest(code);
        Jurisdiction j = jurisdictions.require(jurisdiction);
        List<Jurisdiction> members = Members.of(jurisdictions, doc.code());
        if (members.stream().noneMatch(m -> m.code().equals(j.code()))) {
            throw new NotFoundException("jurisdiction.notAMember", j.code(), doc.code());
        }
        model.addAttribute("doc", doc);
        model.addAttribute("j", j);
        model.addAttribute("others", members);
        model.addAttribute(
                "profile",
                ProfileView.of(
                        doc,
                        analytics.query(
                                new AnalyticsQuery(doc.code(), List.of(), List.of(j.code()), List.of(), List.of()))));
        model.addAttribute("scale", scales.scale(doc.code()));
        model.addAttribute("reports", reports.list(doc.code(), j.code(), null, null));
        model.addAttribute(
                "evidenceReadable", !evidence.readable(List.of(j.code())).isEmpty());
        model.addAttribute("evidenceYears", evidence.yearly(j.code()));
        model.addAttribute("footnotes", Members.footnotes(jurisdictions, doc.code(), List.of(j)));
        return "analytics/profile";
    }
}
