package org.roadmapmonitor.publication.internal;

import static org.roadmapmonitor.publication.internal.ReportParts.t;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.publication.DocumentRenderer;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.publication.RenderedDocument;
import org.roadmapmonitor.reporting.Narrative;
import org.roadmapmonitor.reporting.ReportView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A jurisdiction's progress report for a period: its narratives and values from its published reports, the
 * gender section (values by sex, and who took part in its public meetings of the framework), the annex of values
 * and the designation footnote.
 */
@Component
class JurisdictionReportRenderer implements DocumentRenderer {
    private final PublishedReports reports;
    private final ReportParts parts;
    private final FrameworkCatalogue frameworks;
    private final DocWriters writers;
    private final JsonMapper json;
    private final MeetingParticipation meetings;

    JurisdictionReportRenderer(
            PublishedReports reports,
            ReportParts parts,
            FrameworkCatalogue frameworks,
            DocWriters writers,
            JsonMapper json,
            MeetingParticipation meetings) {
        this.reports = reports;
        this.parts = parts;
        this.frameworks = frameworks;
        this.writers = writers;
        this.json = json;
        this.meetings = meetings;
    }

    @Override
    public PublicationKind kind() {
        return PublicationKind.JURISDICTION_REPORT;
    }

    @Override
    public Set<PublicationFormat> formats() {
        return DocWriters.FORMATS;
    }

    /**
     * What the report printed from each published report, kept with it as JSON so that it can be issued again
     * with the same values: per report, each indicator's baseline, target and cells, and each objective's
     * narrative; and who took part in the jurisdiction's meetings over the period (null in documents kept before
     * it was). A re-issue lays these over the reports' current layout (their indicators' titles and types).
     */
    record Kept(List<Report> reports, List<MeetingParticipation.Tally> meetings) {
        record Report(long id, Map<String, Values> indicators, Map<String, Text> narratives) {
            /** The report as it is laid out now, with the values and narratives kept. */
            ReportView over(ReportView v) {
                var objectives = v.objectives().stream()
                        .map(o -> new ReportView.ObjectiveView(
                                o.objective(),
                                o.indicators().stream().map(this::over).toList(),
                                narrative(o.objective().code()),
                                o.narrativeEditable(),
                                o.narrativeFlagged()))
                        .toList();
                return new ReportView(
                        v.report(),
                        v.framework(),
                        objectives,
                        v.flags(),
                        v.capacities(),
                        v.actions(),
                        v.editing(),
                        v.completeness());
            }

            private ReportView.IndicatorView over(ReportView.IndicatorView i) {
                Values kept = indicators.get(i.indicator().code());
                var cells = i.cells().stream()
                        .map(c -> {
                            Value k = kept == null ? null : kept.cells().get(c.key());
                            return new ReportView.Cell(
                                    c.indicator(),
                                    c.key(),
                                    c.label(),
                                    k == null ? null : k.value(),
                                    k == null ? null : k.numerator(),
                                    k == null ? null : k.denominator(),
                                    c.comment(),
                                    c.editable(),
                                    c.flagged());
                        })
                        .toList();
                return new ReportView.IndicatorView(
                        i.indicator(),
                        kept == null ? i.baseline() : kept.baseline(),
                        kept == null ? i.target() : kept.target(),
                        i.previous(),
                        cells,
                        i.records());
            }

            private Narrative narrative(String objective) {
                Text t = narratives.get(objective);
                return t == null ? null : new Narrative(objective, t.progress(), t.challenges(), t.supportNeeded());
            }
        }

        record Values(String baseline, String target, Map<String, Value> cells) {}

        record Value(String value, String numerator, String denominator) {}

        record Text(String progress, String challenges, String supportNeeded) {}

        static Kept of(List<ReportView> views, List<MeetingParticipation.Tally> meetings) {
            var kept = new ArrayList<Report>();
            for (ReportView v : views) {
                var indicators = new LinkedHashMap<String, Values>();
                var narratives = new LinkedHashMap<String, Text>();
                for (var o : v.objectives()) {
                    for (var i : o.indicators()) {
                        var cells = new LinkedHashMap<String, Value>();
                        i.cells()
                                .forEach(c -> cells.put(c.key(), new Value(c.value(), c.numerator(), c.denominator())));
                        indicators.put(i.indicator().code(), new Values(i.baseline(), i.target(), cells));
                    }
                    var n = o.narrative();
                    if (n != null) {
                        narratives.put(o.objective().code(), new Text(n.progress(), n.challenges(), n.supportNeeded()));
                    }
                }
                kept.add(new Report(v.report().id(), indicators, narratives));
            }
            return new Kept(kept, meetings);
        }

        /** The kept reports, each over its current layout, in the order they were kept. */
        List<ReportView> over(List<ReportView> current) {
            var byId = new LinkedHashMap<Long, ReportView>();
            current.forEach(v -> byId.put(v.report().id(), v));
            return reports.stream()
                    .filter(k -> byId.containsKey(k.id()))
                    .map(k -> k.over(byId.get(k.id())))
                    .toList();
        }
    }

    @Override
    public RenderedDocument render(PublicationRequest request, Progress progress) {
        List<ReportView> views = reports.of(request, request.jurisdiction());
        progress.done(40);
        return layout(request, views, Kept.of(views, attended(request)));
    }

    @Override
    public boolean reissues() {
        return true;
    }

    @Override
    public RenderedDocument reissue(PublicationRequest request, String inputs, Progress progress) {
        Kept kept = json.readValue(inputs, Kept.class);
        if (kept.meetings() == null) {
            kept = new Kept(kept.reports(), attended(request));
        }
        return layout(request, kept.over(reports.of(request, request.jurisdiction())), kept);
    }

    /** The jurisdiction's own rows of the framework's meeting participation over the period or range. */
    private List<MeetingParticipation.Tally> attended(PublicationRequest request) {
        return meetings.read(request.framework(), request.period(), request.lastPeriod()).stream()
                .filter(t -> request.jurisdiction().equals(t.jurisdiction()))
                .toList();
    }

    private RenderedDocument layout(PublicationRequest request, List<ReportView> views, Kept kept) {
        String framework = frameworks.summary(request.framework()).name();
        String name = parts.jurisdictionName(request.jurisdiction());
        var figures = new ArrayList<RenderedDocument.Figure>();
        var sections = new ArrayList<Doc.Section>();
        var summary = new ArrayList<Doc.Block>();
        if (request.introduction() != null) {
            summary.add(Doc.Text.plain(request.introduction()));
        }
        summary.add(Doc.Text.plain(t("publication.jurisdiction.summary", name, views.size())));
        sections.add(new Doc.Section("summary", t("publication.section.summary"), 1, summary));
        sections.add(new Doc.Section(
                "values", t("publication.section.jurisdiction", name), 1, parts.jurisdictionBlocks(views, figures)));
        Doc.Table gender = parts.gender(views, figures);
        sections.add(new Doc.Section(
                "gender",
                t("publication.section.gender"),
                1,
                List.of(
                        gender == null ? new Doc.Text(t("publication.gender.none"), "muted") : gender,
                        meetings.block(kept.meetings(), request.periodLabel(), figures))));
        sections.add(new Doc.Section("annex", t("publication.section.annex"), 1, List.of(parts.annex(views))));
        var doc = new Doc(
                request.language().getLanguage(),
                t("publication.jurisdiction.title", name),
                framework,
                cover(request),
                sections,
                parts.footnotes(request.framework(), List.of(request.jurisdiction())),
                parts.words());
        return new RenderedDocument(writers.write(doc, request.format()), figures, json.writeValueAsString(kept));
    }

    static List<String> cover(PublicationRequest request) {
        var lines = new ArrayList<String>();
        lines.add(t("publication.cover.period", request.periodLabel()));
        if (request.separateKpiPeriod()) {
            lines.add(t("publication.cover.kpiPeriod", request.valuesPeriod().code()));
        }
        return lines;
    }
}
