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
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A jurisdiction's staff generate its report from what it published, in every format, read back by parsers. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurisdictionReportTest {
    static final java.text.NumberFormat ENGLISH = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
    private static final String NARRATIVE = "Joint border operations took place in every quarter of 2113.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void anotherJurisdictionsStaffMayNotGenerateItAndAnUnknownFormatIsRefused() {
        var kosovo = fixture.as("editor.xk@demo");
        var res = kosovo.post("/api/v1/publications", body("pdf", "en"));
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(res.body()).contains("Only the secretariat and the staff of RS");

        // POA_REPORT has its renderer in the nationalreport module: see PoaReportTest.

        var unknown = fixture.as("editor.rs@demo").post("/api/v1/publications", body("docx", "en"));
        assertThat(unknown.statusCode()).isIn(400, 422);
        assertThat(unknown.body()).contains("There is no format \\\"docx\\\"");
    }

    @Test
    void thePageQueuesADocumentAndItsProgressBarEndsInADownload() {
        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        var res = browser.submit(
                "/publications",
                "/publications",
                Map.of(
                        "kind", "JURISDICTION_REPORT",
                        "framework", "WB-SALW-ROADMAP",
                        "period", "2113S1",
                        "kpiPeriod", "2113",
                        "jurisdiction", "RS",
                        "format", "html",
                        "language", "es"));
        assertThat(res.statusCode()).isEqualTo(302);
        String location = res.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(browser.get("/publications/" + id).body()).contains("<progress", "hx-get");
        fixture.await(fixture.as("editor.rs@demo"), id);
        String done = browser.get("/publications/" + id + "/progress").body();
        assertThat(done).contains("/publications/" + id + "/file").doesNotContain("hx-get");
        assertThat(browser.get("/publications").body()).contains("/publications/" + id);
        String page =
                new String(browser.getBytes("/publications/" + id + "/file").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("lang=\"es\"", "Informe de progreso de Republic of Serbia");
    }

    @Test
    void aJobLeftRunningByANodeThatStoppedIsGeneratedByAnother() {
        long id = jdbc.sql("""
                insert into publication (kind, framework_code, period_code, kpi_period_code, jurisdiction_code, format,
                  language, state, progress, created_by, created_at, node, heartbeat_at, attempts)
                values ('JURISDICTION_REPORT', 'WB-SALW-ROADMAP', '2113S1', '2113', 'RS', 'HTML', 'en', 'RUNNING', 40,
                  'editor.rs@demo', now() - interval '10 minutes', 'node-that-stopped',
                  now() - interval '10 minutes', 1)
                returning id""").query(Long.class).single();
        var editor = fixture.as("editor.rs@demo");
        var status = fixture.await(editor, id);
        assertThat(status.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(new String(fixture.file(editor, id), StandardCharsets.UTF_8)).contains(NARRATIVE);
        assertThat(jdbc.sql("select attempts from publication where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .as("claimed once more, by a live node")
                .isEqualTo(2);
    }
}
