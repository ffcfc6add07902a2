package org.roadmapmonitor.nationalreport.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.roadmapmonitor.nationalreport.PoaDocument;
import org.roadmapmonitor.shared.Texts;
import org.springframework.web.util.HtmlUtils;

/**
 * Prints a national report to a tagged PDF (PDF/UA) through XHTML: DejaVu Sans embedded (shipped in
 * {@code resources/fonts}), a table per section whose header repeats on every page, page numbers, and the
 * SDG 16.4.2 table of Section 6.
 */
public final class PoaPdf {
    private static final String FAMILY = "DejaVu Sans";

    private PoaPdf() {}

    public static byte[] write(PoaDocument doc) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html(doc), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> PoaPdf.class.getResourceAsStream("/fonts/" + file), FAMILY, weight, style, true);
    }

    static String html(PoaDocument doc) {
        String title = Texts.of("nationalreport.pdf.title", doc.jurisdictionName(), String.valueOf(doc.cycle()));
        var h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"")
                .append(e(doc.language()))
                .append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(e(title))
                .append("</title>")
                .append("<meta name=\"subject\" content=\"")
                .append(e(title))
                .append("\"/>")
                .append("<style>")
                .append("@page { size: A4; margin: 18mm 15mm 20mm 15mm;")
                .append(" @bottom-center { content: counter(page) ' / ' counter(pages); font-family: '")
                .append(FAMILY)
                .append("'; font-size: 8pt; } }")
                .append("body { font-family: '")
                .append(FAMILY)
                .append("'; font-size: 9pt; }")
                .append("h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; page-break-after: avoid; }")
                .append("table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }")
                .append("table.questions { table-layout: fixed; }")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; }")
                .append("th, td { border: 0.5pt solid #999; padding: 3pt; vertical-align: top; text-align: left; }")
                .append(".muted { color: #555; font-style: italic; }")
                .append("</style></head><body>");
        h.append("<h1>").append(e(title)).append("</h1>");
        h.append("<p>")
                .append(e(Texts.of(
                        "nationalreport.pdf.lead",
                        String.valueOf(doc.reportingYears().get(0)),
                        String.valueOf(doc.reportingYears().get(1)),
                        doc.reviewed(),
                        doc.questions())))
                .append("</p>");
        for (var s : doc.sections()) {
            h.append("<h2>").append(e(s.title())).append("</h2>");
            if (!s.questions().isEmpty()) {
                h.append("<table class=\"questions\"><colgroup><col style=\"width: 44%\"/><col style=\"width: 12%\"/>")
                        .append("<col style=\"width: 14%\"/><col style=\"width: 30%\"/></colgroup><thead><tr>")
                        .append(th("nationalreport.pdf.question"))
                        .append(th("nationalreport.pdf.sources"))
                        .append(th("nationalreport.pdf.answer"))
                        .append(th("nationalreport.pdf.basis"))
                        .append("</tr></thead><tbody>");
                for (var q : s.questions()) {
                    h.append("<tr><td>").append(e(q.text()));
                    if (q.note() != null) {
                        h.append("<br/>").append(e(q.note()));
                    }
                    h.append("</td><td>")
                            .append(e(q.sources()))
                            .append("</td><td>")
                            .append(e(q.answerText()));
                    if (q.countsPeople() && (q.men() != null || q.women() != null)) {
                        h.append("<br/>")
                                .append(e(Texts.of(
                                        "nationalreport.pdf.people",
                                        q.women() == null ? "—" : q.women(),
                                        q.men() == null ? "—" : q.men())));
                    }
                    if (!q.reviewed()) {
                        h.append("<br/><span class=\"muted\">")
                                .append(e(Texts.of("nationalreport.notReviewed")))
                                .append("</span>");
                    }
                    h.append("</td><td>")
                            .append(e(q.basis() == null ? "" : q.basis()))
                            .append("</td></tr>");
                }
                h.append("</tbody></table>");
            }
            if (s.code().equals("SDG")) {
                sdg(h, doc);
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static void sdg(StringBuilder h, PoaDocument doc) {
        h.append("<table><caption>")
                .append(e(Texts.of("nationalreport.pdf.sdgCaption")))
                .append("</caption><thead><tr>");
        for (String k : new String[] {
            "year", "value", "numerator", "denominator", "seized", "found", "surrendered", "byTracing", "byAuthority"
        }) {
            h.append(th("nationalreport.sdg." + k));
        }
        h.append("</tr></thead><tbody>");
        for (var y : doc.sdg().years()) {
            h.append("<tr>");
            for (Object v : new Object[] {
                y.year(),
                y.value() == null ? "—" : y.value().toPlainString() + " %",
                y.numerator(),
                y.denominator(),
                y.seized(),
                y.found(),
                y.surrendered(),
                y.byTracing(),
                y.byCompetentAuthority()
            }) {
                h.append("<td>").append(e(String.valueOf(v))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static String th(String key) {
        return "<th scope=\"col\">" + e(Texts.of(key)) + "</th>";
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
