package org.roadmapmonitor.nationalreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roadmapmonitor.nationalreport.internal.PoaPdf;
import org.roadmapmonitor.publication.DocumentRenderer;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.publication.RenderedDocument;
import org.springframework.stereotype.Component;

/**
 * The PoA/ITI national report for the publication jobs ({@code POA_REPORT}, PDF or JSON): the request's
 * jurisdiction and the year of its period as the cycle. The person asking must be able to read the report;
 * the file is kept with every answer and SDG figure it shows.
 */
@Component
class PoaDocumentRenderer implements DocumentRenderer {
    private final PoaReports reports;

    PoaDocumentRenderer(PoaReports reports) {
        this.reports = reports;
    }

    @Override
    public PublicationKind kind() {
        return PublicationKind.POA_REPORT;
    }

    @Override
    public Set<PublicationFormat> formats() {
        return Set.of(PublicationFormat.PDF, PublicationFormat.JSON);
    }

    @Override
    public void check(PublicationRequest request) {
        reports.requireReadable(request.jurisdiction(), request.period().year());
    }

    @Override
    public RenderedDocument render(PublicationRequest request, Progress progress) {
        PoaReport report =
                reports.forDocument(request.jurisdiction(), request.period().year());
        PoaDocument doc = PoaDocument.of(report, request.language());
        progress.done(50);
        byte[] content = request.format() == PublicationFormat.JSON ? doc.json() : PoaPdf.write(doc);
        progress.done(100);
        return new RenderedDocument(content, figures(doc));
    }

    static List<RenderedDocument.Figure> figures(PoaDocument doc) {
        String prefix = "POA/" + doc.jurisdiction() + "/" + doc.cycle() + "/";
        String source = "poa report " + doc.id() + " revision " + doc.revision();
        var figures = new ArrayList<RenderedDocument.Figure>();
        doc.sections()
                .forEach(s -> s.questions()
                        .forEach(q -> figures.add(new RenderedDocument.Figure(
                                prefix + q.code(), q.answer() == null ? "" : q.answer(), source))));
        doc.sdg()
                .years()
                .forEach(y -> figures.add(new RenderedDocument.Figure(
                        prefix + "SDG-16.4.2/" + y.year(),
                        y.value() == null ? "" : y.value().toPlainString(),
                        source)));
        return figures;
    }
}
