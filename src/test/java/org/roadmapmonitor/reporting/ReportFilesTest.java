package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Files around a report: the Excel template filled offline and uploaded, and evidence files. */
@IntegrationTest
class ReportFilesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    private long create(String period) {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", period);
        var res = editor().post(
                        "/api/v1/reports",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"" + period
                                + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    @Test
    void theFilledExcelTemplateIsPreviewedCellByCellThenApplied() throws Exception {
        long id = create("2061");
        byte[] template =
                editor().getBytes("/api/v1/reports/" + id + "/template.xlsx").body();
        byte[] filled;
        String cell;
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = wb.getSheet("Goal 3");
            int row = -1;
            for (var r : sheet) {
                if (r.getCell(0) != null
                        && "KPI-5".equals(r.getCell(0).getStringCellValue())
                        && r.getCell(11) != null
                        && r.getCell(11).getStringCellValue().isEmpty()) {
                    row = r.getRowNum();
                }
            }
            assertThat(row).as("the KPI-5 total row").isPositive();
            sheet.getRow(row).getCell(7).setCellValue(42);
            cell = "Goal 3!H" + (row + 1);
            var out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        var preview =
                editor().postFile("/api/v1/reports/" + id + "/upload?dryRun=true", "filled.xlsx", filled, Map.of());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode changes = JSON.readTree(preview.body()).get("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("where").asString()).isEqualTo(cell);
        assertThat(changes.get(0).get("after").asString()).isEqualTo("42");
        assertThat(values(id)).isZero();

        var applied = editor().postFile("/api/v1/reports/" + id + "/upload", "filled.xlsx", filled, Map.of());
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(values(id)).isEqualTo(1);
    }

    @Test
    void onTheUploadPageTheEditorSeesThePreviewThenConfirmsAndTheValueIsSaved() throws Exception {
        long id = create("2066");
        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        String csv = "indicator,value\nKPI-10,321\n";
        var page = browser.get("/reports/" + id + "/upload").body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).isTrue();
        var preview = browser.postFile(
                "/reports/" + id + "/upload",
                "values.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                Map.of("_csrf", csrf.group(1)));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("KPI-10").contains("321").contains("Apply these changes");
        assertThat(values(id)).isZero();
        var hidden = java.util.regex.Pattern.compile("name=\"(_csrf|revision|fileName|content)\" value=\"([^\"]*)\"")
                .matcher(preview.body());
        var fields = new java.util.HashMap<String, String>();
        while (hidden.find()) {
            fields.put(hidden.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(hidden.group(2)));
        }
        var confirmed = browser.postForm("/reports/" + id + "/upload/confirm", fields);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(values(id)).isEqualTo(1);
    }

    @Test
    void anOlderTemplateIsRefusedSoThatNewerValuesAreNotOverwritten() throws Exception {
        long id = create("2067");
        byte[] old =
                editor().getBytes("/api/v1/reports/" + id + "/template.xlsx").body();
        editor().put(
                        "/api/v1/reports/" + id + "/values",
                        "[{\"indicator\": \"KPI-10\", \"value\": \"5\"}]",
                        "If-Match",
                        editor().get("/api/v1/reports/" + id)
                                .headers()
                                .firstValue("ETag")
                                .orElseThrow());
        var res = editor().postFile("/api/v1/reports/" + id + "/upload", "old.xlsx", old, Map.of());
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.body()).contains("download a fresh template");
    }

    @Test
    void levelAndYesNoIndicatorsOfferTheirAnswersAsADropDown() throws Exception {
        long id = create("2068");
        byte[] template =
                editor().getBytes("/api/v1/reports/" + id + "/template.xlsx").body();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var validations = wb.getSheet("Goal 1").getDataValidations();
            assertThat(validations).isNotEmpty();
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("0", "1", "2", "3", "4");
            assertThat(validations.get(0).getPromptBoxText()).contains("0 = ");
        }
    }

    @Test
    void aTemplateOfAnotherReportIsRefusedAndChangesNothing() {
        long one = create("2062");
        long other = create("2063");
        byte[] template =
                editor().getBytes("/api/v1/reports/" + one + "/template.xlsx").body();
        var res = editor().postFile("/api/v1/reports/" + other + "/upload", "one.xlsx", template, Map.of());
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.body()).contains("report " + one).contains("not of report " + other);
        assertThat(values(other)).isZero();
    }

    @Test
    void evidenceIsTypeCheckedByItsContentAndKeptWithItsJurisdiction() {
        long id = create("2064");
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        var added = editor().postFile(
                        "/api/v1/reports/" + id + "/evidence",
                        "..\\..\\destruction record.exe.pdf",
                        pdf,
                        Map.of("note", "Destruction record"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(JSON.readTree(added.body()).get("fileName").asString()).isEqualTo("destruction record.exe.pdf");

        var script = editor().postFile(
                        "/api/v1/reports/" + id + "/evidence",
                        "evil.pdf",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                        Map.of());
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.body()).contains("Only PDF");

        long evidenceId = JSON.readTree(added.body()).get("id").asLong();
        var download = editor().getBytes("/api/v1/reports/" + id + "/evidence/" + evidenceId);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(download.body()).isEqualTo(pdf);
        var xk = Http.api(port).basic("editor.xk@demo", "demo");
        assertThat(xk.getBytes("/api/v1/reports/" + id + "/evidence/" + evidenceId)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void reportPagesRenderInEveryLanguageForEveryone() {
        long id = create("2065");
        for (String lang : new String[] {"en", "fr", "es"}) {
            var editor = Http.browser(port);
            editor.signIn("editor.rs@demo", "demo");
            for (String path : new String[] {
                "/reports", "/reports/" + id, "/reports/" + id + "/history", "/reports/" + id + "/upload"
            }) {
                var res = editor.get(path + "?lang=" + lang);
                assertThat(res.statusCode()).as(path).isEqualTo(200);
                assertThat(res.body()).as(path + " " + lang).doesNotContain("??");
            }
            var secretariat = Http.browser(port);
            secretariat.signIn("secretariat@demo", "demo");
            var board = secretariat.get("/reports/board?framework=WB-SALW-ROADMAP&period=2025&lang=" + lang);
            assertThat(board.statusCode()).isEqualTo(200);
            assertThat(board.body()).doesNotContain("??").contains("1244 (1999)");
            var anonymous = Http.browser(port).get("/reports?lang=" + lang);
            assertThat(anonymous.body()).doesNotContain("??");
        }
    }

    private long values(long id) {
        return jdbc.sql("select count(*) from data_value where report_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}
