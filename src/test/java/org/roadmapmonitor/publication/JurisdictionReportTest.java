package org.roadmapmonitor.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A jurisdiction's staff generate its report from what it published, in every format, read back by parsers. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionReportTest {
    static final java.text.NumberFormat ENGLISH = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
    private static final String NARRATIVE = "Joint border operations took place in every quarter of 2113.";

    @LocalServerPort
    int port;

    PublishedFixture fixture;
    Map<String, String> values;

    @BeforeAll
    void publish() {
        fixture = new PublishedFixture(port);
        values = fixture.publishSerbia(2113, 4700, NARRATIVE);
    }

    private String body(String format, String language) {
        return """
                {"kind": "JURISDICTION_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2113S1",
                 "kpiPeriod": "2113", "jurisdiction": "RS", "format": "%s", "language": "%s"}""".formatted(format, language);
    }

    @Test
    void thePdfHoldsTheNarrativeAndEveryPublishedValueWithPageNumbers() throws Exception {
        var editor = fixture.as("editor.rs@demo");
        long id = fixture.request(editor, body("pdf", "en"));
        var status = fixture.await(editor, id);
        assertThat(status.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(status.get("progress").asInt()).isEqualTo(100);
        byte[] pdf = fixture.file(editor, id);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.replaceAll("\\s+", " ")).contains(NARRATIVE);
            assertThat(text).contains("Progress report of Republic of Serbia", "Page 2 of " + doc.getNumberOfPages());
            values.values().forEach(v -> assertThat(text).contains(ENGLISH.format(new java.math.BigDecimal(v))));
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot())
                    .as("tagged for screen readers")
                    .isNotNull();
        }
    }

    @Test
    void theWorkbookHasEveryValueAsANumberAndTheHtmlSpeaksFrench() throws Exception {
        var editor = fixture.as("editor.rs@demo");
        long xlsx = fixture.request(editor, body("xlsx", "en"));
        long html = fixture.request(editor, body("html", "fr"));
        assertThat(fixture.await(editor, xlsx).get("state").asString()).isEqualTo("SUCCEEDED");
        List<String> numbers = new ArrayList<>();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(fixture.file(editor, xlsx)))) {
            wb.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach((Row r) -> r.forEach(c -> {
                        if (c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                            numbers.add(c.asNumber().stripTrailingZeros().toPlainString());
                        }
                    }));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(numbers).containsAll(values.values());

        assertThat(fixture.await(editor, html).get("state").asString()).isEqualTo("SUCCEEDED");
        String page = new String(fixture.file(editor, html), StandardCharsets.UTF_8);
        assertThat(page)
                .contains("lang=\"fr\"", "Rapport d’avancement de Republic of Serbia", NARRATIVE, "<table", "<thead>");
    }

    @Test
    void anotherJurisdictionsStaffMayNotGenerateItAndAPoaReportIsRefusedUntilARendererExists() {
        var kosovo = fixture.as("editor.xk@demo");
        var res = kosovo.post("/api/v1/publications", body("pdf", "en"));
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).contains("Only the secretariat and the staff of RS");

        var poa = fixture.as("editor.rs@demo").post("/api/v1/publications", """
                        {"kind": "POA_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2113", "jurisdiction": "RS",
                         "format": "json", "language": "en"}""");
        assertThat(poa.statusCode()).isIn(400, 422);
        assertThat(poa.body()).contains("POA_REPORT cannot be generated on this installation yet");

        var unknown = fixture.as("editor.rs@demo").post("/api/v1/publications", body("docx", "en"));
        assertThat(unknown.statusCode()).isIn(400, 422);
        assertThat(unknown.body()).contains("There is no format \\\"docx\\\"");
    }
}
