package org.roadmapmonitor.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.publication.PublicationFormat;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** One laid-out document written as PDF, HTML and XLSX, each read back by a real parser. */
class DocWritersTest {
    static DocWriters writers() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        var html = new DocHtml(engine);
        return new DocWriters(html, new DocPdf(html));
    }

    static Doc sample() {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(
                    Doc.Cell.text("KPI-" + i),
                    Doc.Cell.text("Weapons collected, row " + i),
                    Doc.Cell.number(String.valueOf(1000 + i), java.math.BigDecimal.valueOf(1000 + i))));
        }
        var table = new Doc.Table(
                "Annex", "Every value", List.of("Indicator", "Title", "Value"), List.of(false, false, true), rows);
        String svg = SvgCharts.bars(
                new SvgCharts.Bars(
                        List.of("KPI-1", "KPI-2", "KPI-3"),
                        List.of("Baseline", "Value", "Target"),
                        new Number[][] {{1, 2, 3}, {2, 3, 4}, {3, 4, 5}},
                        "Value"),
                680,
                340);
        return new Doc(
                "en",
                "Western Balkans: regional progress report",
                "Roadmap 2030",
                List.of("Regional progress report no. 7", "Period: 2113S1"),
                List.of(
                        new Doc.Section(
                                "summary",
                                "Summary",
                                1,
                                List.of(
                                        Doc.Text.plain("Kosovo* and Serbia reported."),
                                        new Doc.Chart(svg, "Baseline, value and target of each KPI"))),
                        new Doc.Section("annex", "Annex", 1, List.of(table))),
                List.of("* Kosovo: in the context of UNSCR 1244 (1999)."),
                new Doc.Words("Contents", "Page", "of", "Notes", "Generated today."));
    }

    @Test
    void thePdfIsTaggedEmbedsItsFontNumbersPagesAndRepeatsTableHeaders() throws Exception {
        byte[] pdf = writers().write(sample(), PublicationFormat.PDF);
        Files.write(Path.of("target/doc-writers-sample.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            var stripper = new PDFTextStripper();
            String all = stripper.getText(doc);
            assertThat(all)
                    .contains("KPI-1001".substring(0, 5), "1120", "UNSCR 1244", "Page 2 of " + doc.getNumberOfPages());
            stripper.setStartPage(doc.getNumberOfPages() - 1);
            stripper.setEndPage(doc.getNumberOfPages() - 1);
            assertThat(stripper.getText(doc))
                    .as("the header repeats on a later page")
                    .contains("Indicator Title Value");
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void theHtmlIsOneWellFormedPageAndTheWorkbookHoldsNumbers() throws Exception {
        String html = new String(writers().write(sample(), PublicationFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<html lang=\"en\"", "<svg", "<thead>", "Every value")
                .doesNotContain("@page");
        byte[] xlsx = writers().write(sample(), PublicationFormat.XLSX);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets).hasSize(2);
            try (var rows = sheets.get(1).openStream()) {
                var list = rows.toList();
                assertThat(list.get(1).getCellText(2)).isEqualTo("Value");
                assertThat(list.get(2).getCell(2).asNumber()).isEqualByComparingTo("1001");
            }
        }
    }
}
