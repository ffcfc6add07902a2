package org.roadmapmonitor.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roadmapmonitor.evidence.EvidenceSummaries;
import org.roadmapmonitor.evidence.EvidenceSummaries.SexCount;
import org.roadmapmonitor.evidence.EvidenceSummaries.SexMeasure;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The gender views of a framework: every sex-disaggregated KPI and every evidence measure that counts
 * people by sex, as shares of women, men and unknown over time, for the framework's members together or one
 * of them. KPI values are the published ones for the public; evidence measures only for those who may read
 * the records.
 */
@Controller
class GenderController {
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final EvidenceSummaries evidence;

    GenderController(FrameworkCatalogue frameworks, JurisdictionDirectory jurisdictions, EvidenceSummaries evidence) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.evidence = evidence;
    }

    /** One measure's shares over time: a period (or year) and the women, men and unknown counted in it. */
    public record Series(String title, String source, List<Point> points) {}

    public record Point(String period, SexShares shares) {}

    @GetMapping("/frameworks/{code}/gender")
    String gender(@PathVariable String code, @RequestParam(required = false) String jurisdiction, Model model) {
        FrameworkDocument doc = frameworks.latest(code);
        List<Jurisdiction> members = members(code);
        Jurisdiction chosen = chosen(members, jurisdiction);
        List<String> scope =
                chosen == null ? members.stream().map(Jurisdiction::code).toList() : List.of(chosen.code());
        model.addAttribute("doc", doc);
        model.addAttribute("members", members);
        model.addAttribute("chosen", chosen);
        model.addAttribute("evidenceSeries", evidenceSeries(evidence.bySex(scope)));
        model.addAttribute("evidenceReadable", !evidence.readable(scope).isEmpty());
        model.addAttribute(
                "footnotes",
                jurisdictions.footnotes(
                        members,
                        jurisdictions.convention(Designations.Owner.FRAMEWORK, code),
                        LocaleContextHolder.getLocale()));
        return "analytics/gender";
    }

    private List<Jurisdiction> members(String code) {
        return jurisdictions.forFramework(code).stream()
                .filter(j -> j.kind() == Jurisdiction.Kind.JURISDICTION)
                .toList();
    }

    private static Jurisdiction chosen(List<Jurisdiction> members, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return members.stream()
                .filter(j -> j.code().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("jurisdiction.noJurisdiction", code));
    }

    /** Each measure with its years, the members in scope added up (counts of people add up). */
    static List<Series> evidenceSeries(List<SexCount> counts) {
        List<Series> series = new ArrayList<>();
        for (SexMeasure measure : SexMeasure.values()) {
            Map<Integer, long[]> byYear = new TreeMap<>();
            counts.stream().filter(c -> c.measure() == measure).forEach(c -> {
                long[] sum = byYear.computeIfAbsent(c.year(), y -> new long[3]);
                sum[0] += c.women();
                sum[1] += c.men();
                sum[2] += c.unknown();
            });
            List<Point> points = byYear.entrySet().stream()
                    .map(e -> new Point(
                            String.valueOf(e.getKey()),
                            SexShares.of(e.getValue()[0], e.getValue()[1], e.getValue()[2])))
                    .toList();
            series.add(new Series("gender.measure." + measure.name(), "gender.source.evidence", points));
        }
        return series;
    }
}
