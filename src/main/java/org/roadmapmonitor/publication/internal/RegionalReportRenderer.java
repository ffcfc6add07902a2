package org.roadmapmonitor.publication.internal;

import static org.roadmapmonitor.publication.internal.ReportParts.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.analytics.AnalyticsRow;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.framework.Vocabulary.VersionStatus;
import org.roadmapmonitor.publication.DocumentRenderer;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.publication.RenderedDocument;
import org.roadmapmonitor.publication.RenderedDocument.Figure;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbered regional progress report of a framework: cover, introduction, summary, per goal the regional KPI
 * table with baseline, target, status and a chart (and the secretariat's commentary), per jurisdiction its
 * narrative and values, the gender section, the annex of every value with its source and state, and the
 * designation footnotes. Every figure comes from the analytics API; narratives from the published reports of
 * the period or range. What it read is kept with it, and a re-issue is laid out from that.
 */
@Component
class RegionalReportRenderer implements DocumentRenderer {
    private final FrameworkCatalogue frameworks;
    private final RegionalFigures figures;
    private final PublishedReports reports;
    private final ReportParts parts;
    private final PublicationStore store;
    private final DocWriters writers;
    private final MeetingParticipation meetings;
    private final JsonMapper json;

    RegionalReportRenderer(
            FrameworkCatalogue frameworks,
            RegionalFigures figures,
            PublishedReports reports,
            ReportParts parts,
            PublicationStore store,
            DocWriters writers,
            MeetingParticipation meetings,
            JsonMapper json) {
        this.frameworks = frameworks;
        this.figures = figures;
        this.reports = reports;
        this.parts = parts;
        this.store = store;
        this.writers = writers;
        this.meetings = meetings;
        this.json = json;
    }

    @Override
    public PublicationKind kind() {
        return PublicationKind.REGIONAL_REPORT;
    }

    @Override
    public Set<PublicationFormat> formats() {
        return DocWriters.FORMATS;
    }

    /**
     * What the report read, kept with it as JSON so that it can be issued again with the same figures: the
     * analytics rows (totals and by sex) of the KPI period, the published narratives of the period or range, and
     * who took part in the framework's meetings over the period or range (null in documents kept before it was).
     */
    record Kept(
            List<AnalyticsRow> totals,
            List<AnalyticsRow> bySex,
            List<ReportParts.ObjectiveNarrative> narratives,
            List<MeetingParticipation.Tally> meetings) {}

    /** What one report is made of, gathered before it is laid out. */
    private record Input(
            PublicationRequest request,
            FrameworkDocument framework,
            String region,
            Map<String, Indicator> indicators,
            List<AnalyticsRow> totals,
            List<AnalyticsRow> bySex,
            List<ReportParts.ObjectiveNarrative> narratives,
            List<MeetingParticipation.Tally> meetings,
            List<Figure> used) {
        List<AnalyticsRow> regional() {
            return totals.stream().filter(r -> r.jurisdiction().equals(region)).toList();
        }

        List<String> members() {
            var codes = new LinkedHashSet<String>();
            totals.stream()
                    .map(AnalyticsRow::jurisdiction)
                    .filter(j -> !j.equals(region))
                    .forEach(codes::add);
            return List.copyOf(codes);
        }
    }

    @Override
    public RenderedDocument render(PublicationRequest request, Progress progress) {
        var totals = figures.totals(request.framework(), request.valuesPeriod());
        progress.done(20);
        var bySex = figures.bySex(request.framework(), request.valuesPeriod());
        progress.done(35);
        var narratives = reports.of(request, null).stream()
                .filter(v -> request.periods().contains(v.report().period()))
                .flatMap(v -> ReportParts.narrativesOf(v).stream())
                .toList();
        var attended = meetings.read(request.framework(), request.period(), request.lastPeriod());
        progress.done(50);
        return layout(request, new Kept(totals, bySex, narratives, attended), progress);
    }

    @Override
    public boolean reissues() {
        return true;
    }

    @Override
    public RenderedDocument reissue(PublicationRequest request, String inputs, Progress progress) {
        Kept kept = json.readValue(inputs, Kept.class);
        if (kept.meetings() == null) {
            kept = new Kept(
                    kept.totals(),
                    kept.bySex(),
                    kept.narratives(),
                    meetings.read(request.framework(), request.period(), request.lastPeriod()));
        }
        return layout(request, kept, progress);
    }

    private RenderedDocument layout(PublicationRequest request, Kept kept, Progress progress) {
        FrameworkDocument framework =
                version(request.framework(), request.valuesPeriod().year());
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        framework.objectives().forEach(o -> o.indicators().forEach(i -> indicators.put(i.code(), i)));
        var totals = kept.totals();
        var in = new Input(
                request,
                framework,
                framework.region(),
                indicators,
                totals,
                kept.bySex(),
                kept.narratives(),
                kept.meetings(),
                new ArrayList<>());
        totals.stream()
                .filter(r -> r.value() != null)
                .map(RegionalFigures::figure)
                .forEach(in.used()::add);
        kept.bySex().stream().map(RegionalFigures::figure).forEach(in.used()::add);

        var sections = new ArrayList<Doc.Section>();
        sections.add(summary(in));
        for (var goal : framework.objectives()) {
            sections.add(goal(in, goal));
        }
        progress.done(65);
        sections.add(new Doc.Section("jurisdictions", t("publication.section.jurisdictions"), 1, List.of()));
        for (String member : in.members()) {
            sections.add(jurisdiction(in, member));
        }
        sections.add(gender(in));
        sections.add(new Doc.Section("annex", t("publication.section.annex"), 1, List.of(annex(in))));
        progress.done(75);
        var cover = new ArrayList<String>();
        cover.add(t(
                "publication.cover.number",
                store.regionalNumber(request.framework(), request.period(), request.periodEnd())));
        cover.addAll(JurisdictionReportRenderer.cover(request));
        var doc = new Doc(
                request.language().getLanguage(),
                t("publication.regional.title", framework.name()),
                framework.versionTitle() == null ? framework.version() : framework.versionTitle(),
                cover,
                sections,
                parts.footnotes(request.framework(), in.members()),
                parts.words());
        return new RenderedDocument(writers.write(doc, request.format()), in.used(), json.writeValueAsString(kept));
    }

    /** The version in force in the KPI year (its goals and indicators), else the one shown by default. */
    private FrameworkDocument version(String code, int year) {
        FrameworkSummary summary = frameworks.summary(code);
        return summary.versions().stream()
                .filter(v -> v.status() != VersionStatus.DRAFT)
                .filter(v -> v.startYear() != null && v.endYear() != null)
                .filter(v -> v.startYear() <= year && year <= v.endYear())
                .findFirst()
                .map(v -> frameworks.document(code, v.version()))
                .orElseGet(() -> frameworks.latest(code));
    }

    private Doc.Section summary(Input in) {
        var regional = in.regional().stream().filter(r -> r.value() != null).toList();
        long good =
                regional.stream().filter(r -> RegionalFigures.good(r.status())).count();
        long reporting = in.totals().stream()
                .filter(r -> !r.jurisdiction().equals(in.region()) && r.value() != null)
                .map(AnalyticsRow::jurisdiction)
                .distinct()
                .count();
        var blocks = new ArrayList<Doc.Block>();
        if (in.request().introduction() != null) {
            blocks.add(new Doc.Text(t("publication.section.introduction"), "strong"));
            blocks.add(Doc.Text.plain(in.request().introduction()));
        }
        blocks.add(Doc.Text.plain(t(
                "publication.regional.summary",
                regional.size(),
                in.request().valuesPeriod().code(),
                good,
                reporting)));
        return new Doc.Section("summary", t("publication.section.summary"), 1, blocks);
    }

    private Doc.Section goal(Input in, FrameworkDocument.Objective goal) {
        var blocks = new ArrayList<Doc.Block>();
        String commentary = in.request().commentary().get(goal.code());
        if (commentary != null && !commentary.isBlank()) {
            blocks.add(new Doc.Text(t("publication.regional.commentary"), "strong"));
            blocks.add(Doc.Text.plain(commentary));
        }
        var codes = goal.indicators().stream().map(Indicator::code).toList();
        var rows = in.regional().stream()
                .filter(r -> codes.contains(r.indicator()))
                .toList();
        var table = new ArrayList<List<Doc.Cell>>();
        for (AnalyticsRow r : rows) {
            Indicator ind = in.indicators().get(r.indicator());
            table.add(List.of(
                    Doc.Cell.text(r.indicator()),
                    Doc.Cell.text(ind == null ? "" : ind.title()),
                    number(ind, r.value(), figures.shown(ind, r)),
                    number(ind, r.baseline(), figures.shown(ind, r.baseline())),
                    number(ind, r.target(), figures.shown(ind, r.target())),
                    Doc.Cell.text(figures.status(in.request().framework(), r.status())),
                    Doc.Cell.text(String.join(", ", r.missing()))));
        }
        if (rows.stream().allMatch(r -> r.value() == null)) {
            blocks.add(new Doc.Text(t("publication.regional.noGoalValues"), "muted"));
        }
        blocks.add(new Doc.Table(
                goal.code(),
                t(
                        "publication.regional.goal",
                        goal.code(),
                        in.request().valuesPeriod().code()),
                List.of(
                        t("publication.col.indicator"),
                        t("publication.col.title"),
                        t("publication.col.value"),
                        t("publication.col.baseline"),
                        t("publication.col.target"),
                        t("publication.col.status"),
                        t("publication.col.missing")),
                List.of(false, false, true, true, true, false, false),
                table));
        chart(in, goal, rows).ifPresent(blocks::add);
        return new Doc.Section("goal-" + goal.code(), goal.code() + " " + goal.title(), 1, blocks);
    }

    /** Baseline, value and target of each numeric KPI of the goal (ratios in percent), drawn as vectors. */
    private java.util.Optional<Doc.Block> chart(Input in, FrameworkDocument.Objective goal, List<AnalyticsRow> rows) {
        var charted = rows.stream()
                .filter(r -> r.value() != null)
                .filter(r -> {
                    Indicator ind = in.indicators().get(r.indicator());
                    return ind != null
                            && ind.type() != IndicatorType.NARRATIVE
                            && ind.type() != IndicatorType.ORDINAL
                            && ind.type() != IndicatorType.YES_NO;
                })
                .toList();
        if (charted.isEmpty()) {
            return java.util.Optional.empty();
        }
        Number[][] values = new Number[3][charted.size()];
        for (int c = 0; c < charted.size(); c++) {
            AnalyticsRow r = charted.get(c);
            boolean ratio = in.indicators().get(r.indicator()).type() == IndicatorType.RATIO;
            values[0][c] = scaled(r.baseline(), ratio);
            values[1][c] = scaled(r.value(), ratio);
            values[2][c] = scaled(r.target(), ratio);
        }
        String svg = SvgCharts.bars(
                new SvgCharts.Bars(
                        charted.stream().map(AnalyticsRow::indicator).toList(),
                        List.of(
                                t("publication.regional.series.baseline"),
                                t("publication.regional.series.value"),
                                t("publication.regional.series.target")),
                        values,
                        t("publication.regional.axis")),
                680,
                340);
        return java.util.Optional.of(new Doc.Chart(
                svg,
                t(
                        "publication.regional.chart",
                        goal.code(),
                        in.request().valuesPeriod().code())));
    }

    private static Number scaled(BigDecimal v, boolean ratio) {
        return v == null ? null : ratio ? v.multiply(BigDecimal.valueOf(100)) : v;
    }

    private static Doc.Cell number(Indicator ind, BigDecimal raw, String shown) {
        boolean plain = ind == null
                || (ind.type() != IndicatorType.ORDINAL
                        && ind.type() != IndicatorType.YES_NO
                        && ind.type() != IndicatorType.RATIO);
        return plain ? Doc.Cell.number(shown, raw) : Doc.Cell.text(shown);
    }

    private Doc.Section jurisdiction(Input in, String member) {
        var blocks = new ArrayList<Doc.Block>();
        blocks.addAll(ReportParts.narrativeBlocks(
                in.narratives().stream()
                        .filter(n -> n.jurisdiction().equals(member))
                        .toList(),
                in.request().isRange()));
        var rows = new ArrayList<List<Doc.Cell>>();
        for (AnalyticsRow r : in.totals()) {
            if (!r.jurisdiction().equals(member) || r.value() == null) {
                continue;
            }
            Indicator ind = in.indicators().get(r.indicator());
            rows.add(List.of(
                    Doc.Cell.text(r.indicator()),
                    Doc.Cell.text(ind == null ? "" : ind.title()),
                    number(ind, r.value(), figures.shown(ind, r)),
                    Doc.Cell.text(figures.status(in.request().framework(), r.status()))));
        }
        if (rows.isEmpty() && blocks.isEmpty()) {
            blocks.add(new Doc.Text(t("publication.nothingPublished"), "muted"));
        }
        if (!rows.isEmpty()) {
            String name = parts.jurisdictionName(member);
            blocks.add(new Doc.Table(
                    member,
                    t(
                            "publication.table.values",
                            name,
                            in.request().valuesPeriod().code()),
                    List.of(
                            t("publication.col.indicator"),
                            t("publication.col.title"),
                            t("publication.col.value"),
                            t("publication.col.status")),
                    List.of(false, false, true, false),
                    rows));
        }
        return new Doc.Section("j-" + member, parts.jurisdictionName(member), 2, blocks);
    }

    /**
     * The values broken down by sex, then who took part in the framework's meetings in the report's (narrative)
     * period, by sex, from the coordination module: its public meetings only, as documents are read as the public
     * reads.
     */
    private Doc.Section gender(Input in) {
        var blocks = new ArrayList<Doc.Block>();
        blocks.add(in.bySex().isEmpty() ? new Doc.Text(t("publication.gender.none"), "muted") : bySex(in));
        blocks.add(meetings.block(in.meetings(), in.request().periodLabel(), in.used()));
        return new Doc.Section("gender", t("publication.section.gender"), 1, blocks);
    }

    private Doc.Table bySex(Input in) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (AnalyticsRow r : in.bySex()) {
            Indicator ind = in.indicators().get(r.indicator());
            rows.add(List.of(
                    Doc.Cell.text(parts.jurisdictionName(r.jurisdiction())),
                    Doc.Cell.text(r.indicator()),
                    Doc.Cell.text(breakdown(in, r)),
                    number(ind, r.value(), figures.shown(ind, r))));
        }
        return new Doc.Table(
                t("publication.sheet.gender"),
                t("publication.section.gender"),
                List.of(
                        t("publication.col.jurisdiction"),
                        t("publication.col.indicator"),
                        t("publication.col.disaggregation"),
                        t("publication.col.value")),
                List.of(false, false, false, true),
                rows);
    }

    /** A breakdown as the framework names it, e.g. "Sex: Female". */
    private static String breakdown(Input in, AnalyticsRow r) {
        if (r.disaggregation().isEmpty()) {
            return t("publication.total");
        }
        var parts = new ArrayList<String>();
        r.disaggregation().forEach((dimension, category) -> {
            var dim = in.framework().dimensions().stream()
                    .filter(d -> d.code().equals(dimension))
                    .findFirst();
            String name = dim.map(FrameworkDocument.Dimension::name).orElse(dimension);
            String value = dim.flatMap(d -> d.categories().stream()
                            .filter(c -> c.code().equals(category))
                            .findFirst())
                    .map(FrameworkDocument.Category::name)
                    .orElse(category);
            parts.add(name + ": " + value);
        });
        return String.join("; ", parts);
    }

    private Doc.Table annex(Input in) {
        var rows = new ArrayList<List<Doc.Cell>>();
        var all = new ArrayList<AnalyticsRow>(in.totals());
        all.addAll(in.bySex());
        for (AnalyticsRow r : all) {
            if (r.value() == null) {
                continue;
            }
            Indicator ind = in.indicators().get(r.indicator());
            rows.add(List.of(
                    Doc.Cell.text(r.jurisdiction()),
                    Doc.Cell.text(r.period()),
                    Doc.Cell.text(r.indicator()),
                    Doc.Cell.text(breakdown(in, r)),
                    number(ind, r.value(), figures.shown(ind, r)),
                    Doc.Cell.text(t("publication.source.analytics", t("publication.valueSource." + r.source()))),
                    Doc.Cell.text(t(r.working() ? "publication.state.working" : "publication.state.PUBLISHED"))));
        }
        return ReportParts.annexTable(rows);
    }
}
