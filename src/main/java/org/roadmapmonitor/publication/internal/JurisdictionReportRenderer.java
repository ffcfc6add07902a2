package org.roadmapmonitor.publication.internal;

import static org.roadmapmonitor.publication.internal.ReportParts.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.publication.DocumentRenderer;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.publication.RenderedDocument;
import org.roadmapmonitor.reporting.ReportView;
import org.springframework.stereotype.Component;

/**
 * A jurisdiction's progress report for a period: its narratives and values from its published reports, the
 * gender section, the annex of values and the designation footnote.
 */
@Component
class JurisdictionReportRenderer implements DocumentRenderer {
    private final PublishedReports reports;
    private final ReportParts parts;
    private final FrameworkCatalogue frameworks;
    private final DocWriters writers;

    JurisdictionReportRenderer(
            PublishedReports reports, ReportParts parts, FrameworkCatalogue frameworks, DocWriters writers) {
        this.reports = reports;
        this.parts = parts;
        this.frameworks = frameworks;
        this.writers = writers;
    }

    @Override
    public PublicationKind kind() {
        return PublicationKind.JURISDICTION_REPORT;
    }

    @Override
    public Set<PublicationFormat> formats() {
        return DocWriters.FORMATS;
    }

    @Override
    public RenderedDocument render(PublicationRequest request, Progress progress) {
        String framework = frameworks.summary(request.framework()).name();
        String name = parts.jurisdictionName(request.jurisdiction());
        List<ReportView> views = reports.of(request, request.jurisdiction());
        progress.done(40);
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
                gender == null ? List.of(new Doc.Text(t("publication.gender.none"), "muted")) : List.of(gender)));
        sections.add(new Doc.Section("annex", t("publication.section.annex"), 1, List.of(parts.annex(views))));
        progress.done(70);
        var doc = new Doc(
                request.language().getLanguage(),
                t("publication.jurisdiction.title", name),
                framework,
                cover(request),
                sections,
                parts.footnotes(request.framework(), List.of(request.jurisdiction())),
                parts.words());
        return new RenderedDocument(writers.write(doc, request.format()), figures);
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
