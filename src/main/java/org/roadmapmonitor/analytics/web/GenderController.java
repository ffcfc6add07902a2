package org.roadmapmonitor.analytics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roadmapmonitor.analytics.Analytics;
import org.roadmapmonitor.analytics.AnalyticsQuery;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.coordination.Participation;
import org.roadmapmonitor.coordination.ParticipationCount;
import org.roadmapmonitor.evidence.EvidenceSummaries;
import org.roadmapmonitor.evidence.EvidenceSummaries.SexCount;
import org.roadmapmonitor.evidence.EvidenceSummaries.SexMeasure;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.NotFoundException;
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
    private final Analytics analytics;
    private final Participation participation;

    GenderController(
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            EvidenceSummaries evidence,
            Analytics analytics,
            Participation participation) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.evidence = evidence;
        this.analytics = analytics;
        this.participation = participation;
    }

    /**
     * One measure's shares over time: a period (or year) and the women, men and unknown counted in it. Its title
     * is a message key, or the KPI's own {@code label} when it has one.
     */
    public record Series(String title, String label, String link, List<Point> points) {}

    public record Point(String period, SexShares shares) {}

    @GetMapping("/frameworks/{code}/gender")
    String gender(@PathVariable String code, @RequestParam(required = false) String jurisdiction, Model model) {
        FrameworkDocument doc = frameworks.latest(code);
        List<Jurisdiction> members = Members.of(jurisdictions, code);
        Jurisdiction chosen = chosen(members, jurisdiction);
        List<String> scope =
                chosen == null ? members.stream().map(Jurisdiction::code).toList() : List.of(chosen.code());
        model.addAttribute("doc", doc);
        model.addAttribute("members", members);
        model.addAttribute("chosen", chosen);
        String place = chosen != null ? chosen.code() : doc.region();
        model.addAttribute(
                "place", place == null ? null : jurisdictions.find(place).orElse(null));
        model.addAttribute("kpiSeries", place == null ? List.of() : kpiSeries(doc, place));
        model.addAttribute("evidenceSeries", evidenceSeries(evidence.bySex(scope)));
        model.addAttribute("evidenceReadable", !evidence.readable(scope).isEmpty());
        model.addAttribute(
                "meetingSeries",
                meetingSeries(participation.byYear(doc.code(), chosen == null ? null : chosen.code())));
        model.addAttribute("footnotes", Members.footnotes(jurisdictions, code, members));
        return "analytics/gender";
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

    /**
     * Every count KPI broken down by sex, for one jurisdiction or the framework's region (folded by each KPI's
     * rule in analytics), as this reader may see it: published values for the public. One query.
     */
    private List<Series> kpiSeries(FrameworkDocument doc, String place) {
        List<Indicator> kpis = doc.indicators()
                .filter(i -> i.disaggregations().contains("sex") && i.type() == IndicatorType.COUNT)
                .toList();
        if (kpis.isEmpty()) {
            return List.of();
        }
        List<AnalyticsRow> rows = analytics.query(new AnalyticsQuery(
                doc.code(), kpis.stream().map(Indicator::code).toList(), List.of(place), List.of(), List.of("sex")));
        return kpis.stream()
                .map(i -> new Series(
                        null,
                        i.code() + " · " + i.title(),
                        "/frameworks/" + doc.code() + "/kpis/" + i.code(),
                        kpiPoints(rows.stream()
                                .filter(r -> r.indicator().equals(i.code()))
                                .toList())))
                .toList();
    }

    /** The periods where any of women, men or unknown has a value, oldest first. */
    static List<Point> kpiPoints(List<AnalyticsRow> rows) {
        Map<String, BigDecimal[]> byPeriod = new LinkedHashMap<>();
        for (AnalyticsRow r : rows) {
            int at = switch (r.disaggregation().getOrDefault("sex", "")) {
                case "female" -> 0;
                case "male" -> 1;
                case "unknown" -> 2;
                default -> -1;
            };
            if (at >= 0 && r.value() != null) {
                byPeriod.computeIfAbsent(r.period(), p -> new BigDecimal[3])[at] = r.value();
            }
        }
        return byPeriod.entrySet().stream()
                .map(e -> new Point(e.getKey(), SexShares.of(e.getValue()[0], e.getValue()[1], e.getValue()[2])))
                .toList();
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
            series.add(new Series("gender.measure." + measure.name(), null, null, points));
        }
        return series;
    }

    /** Meeting participants of the framework's meetings this reader may see, per year of the meetings. */
    static Series meetingSeries(Map<Integer, ParticipationCount> byYear) {
        return new Series(
                "gender.measure.MEETING_PARTICIPANTS",
                null,
                null,
                byYear.entrySet().stream()
                        .map(e -> new Point(
                                String.valueOf(e.getKey()),
                                SexShares.of(
                                        e.getValue().women(),
                                        e.getValue().men(),
                                        e.getValue().notRecorded())))
                        .toList());
    }
}
