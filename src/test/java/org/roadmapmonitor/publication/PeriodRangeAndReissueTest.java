package org.roadmapmonitor.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.publication.PublishedFixture.JSON;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A regional report over a range of periods with the KPIs of another, its request checked field by field per
 * kind, and a kept report issued again, in another format and language, with the figures it used.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodRangeAndReissueTest {
    private static final String FIRST_HALF = "The border police trained forty officers in the first half of 2145.";
    private static final String SECOND_HALF = "A new weapons register went live in the second half of 2145.";

    @LocalServerPort
    int port;

    PublishedFixture fixture;
    Map<String, String> values;

    @BeforeAll
    void publish() {
        fixture = new PublishedFixture(port);
        values = fixture.publishSerbia(2145, 7300, FIRST_HALF);
        fixture.publishNarrative("2145S2", SECOND_HALF);
        fixture.publishSerbia(2146, 8100, "The commission met monthly in 2146.");
    }

    private long regional(String period, String format, String language) {
        var secretariat = fixture.as("secretariat@demo");
        long id = fixture.request(secretariat, """
                {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "%s", "kpiPeriod": "2145",
                 "format": "%s", "language": "%s"}""".formatted(period, format, language));
        assertThat(fixture.await(secretariat, id).get("state").asString()).isEqualTo("SUCCEEDED");
        return id;
    }

    @Test
    void aSemiAnnualRangeWithTheAnnualKpisShowsBothNarrativesAndTheRangeOnTheCoverAndInTheFileName() throws Exception {
        var secretariat = fixture.as("secretariat@demo");
        long pdf = regional("2145S1:2145S2", "pdf", "en");
        JsonNode status =
                JSON.readTree(secretariat.get("/api/v1/publications/" + pdf).body());
        assertThat(status.get("period").asString()).isEqualTo("2145S1:2145S2");
        assertThat(status.get("kpiPeriod").asString()).isEqualTo("2145");
        var file = secretariat.getBytes("/api/v1/publications/" + pdf + "/file");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("regional-report-WB-SALW-ROADMAP-2145S1-2145S2-kpi-2145-en.pdf");
        try (var doc = Loader.loadPDF(file.body())) {
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains("Period: 2145S1–2145S2", "KPI values: 2145")
                    .contains(FIRST_HALF, SECOND_HALF)
                    .contains("(2145S1)", "(2145S2)");
        }

        long xlsx = regional("2145S1:2145S2", "xlsx", "en");
        Map<String, List<String>> sheets = cells(fixture.file(secretariat, xlsx));
        assertThat(sheets.values().iterator().next()).contains("Period: 2145S1–2145S2", "KPI values: 2145");
        String kpi = values.keySet().iterator().next();
        assertThat(sheets.get("RS")).contains(kpi);
        String shown = figures(secretariat, xlsx).get(kpi + "/RS/2145");
        assertThat(numbers(sheets.get("RS"))).anySatisfy(n -> assertThat(n).isEqualByComparingTo(shown));
    }

    @Test
    void aRequestIsCheckedForWhatItsKindNeedsAndEveryProblemNamesItsField() {
        var secretariat = fixture.as("secretariat@demo");
        assertThat(problems(secretariat, """
                        {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2145S2:2145S1",
                         "format": "pdf", "language": "en"}"""))
                .containsEntry("period", "The period range must start before it ends: 2145S2 comes after 2145S1.");
        assertThat(problems(secretariat, """
                        {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2145:2145S2",
                         "format": "pdf", "language": "en"}""")).containsOnlyKeys("period");
        assertThat(problems(secretariat, """
                        {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2145S1:2145S2",
                         "kpiPeriod": "2147", "format": "pdf", "language": "en"}""")).containsOnlyKeys("kpiPeriod");
        assertThat(problems(secretariat, """
                        {"kind": "REGIONAL_REPORT", "period": "2145", "format": "pdf", "language": "en"}""")).containsEntry("framework", "Choose the framework of the report.");
        assertThat(problems(secretariat, """
                        {"kind": "FUND_ANNUAL_REPORT", "fund": "SLW00", "period": "2145:2146", "format": "pdf",
                         "language": "en"}""")).containsOnlyKeys("period");
        assertThat(problems(secretariat, """
                        {"kind": "POA_REPORT", "period": "2146", "format": "pdf", "language": "en"}""")).containsOnlyKeys("jurisdiction");
        assertThat(problems(secretariat, """
                        {"kind": "LETTER", "period": "2145S3", "format": "doc", "language": "en"}""")).containsOnlyKeys("kind", "period", "format");
    }

    @Test
    void aPoaReportIsAskedForWithoutAFramework() {
        var editor = fixture.as("editor.rs@demo");
        var started = editor.post("/api/v1/poa-reports", "{\"jurisdiction\": \"RS\", \"cycle\": 2146}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long id = fixture.request(editor, """
                {"kind": "POA_REPORT", "period": "2146", "jurisdiction": "RS", "format": "json", "language": "en"}""");
        JsonNode done = fixture.await(editor, id);
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.path("framework").isNull() || done.path("framework").isMissingNode())
                .isTrue();
    }

    @Test
    void aKeptReportIsIssuedAgainInFrenchXlsxWithTheFiguresItUsedAfterAValueChanged() throws Exception {
        var secretariat = fixture.as("secretariat@demo");
        long original = regional("2145S1", "pdf", "en");
        String kpi = values.keySet().iterator().next();
        String key = kpi + "/RS/2145";
        String before = figures(secretariat, original).get(key);
        assertThat(before).isNotNull();

        fixture.correctSerbia("2145", kpi, "9999");
        long fresh = regional("2145S1", "pdf", "en");
        assertThat(Double.parseDouble(figures(secretariat, fresh).get(key)))
                .as("a new report shows the corrected value")
                .isEqualTo(9999d);

        var res = secretariat.post(
                "/api/v1/publications/" + original + "/reissue", "{\"format\": \"xlsx\", \"language\": \"fr\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long again = JSON.readTree(res.body()).get("id").asLong();
        JsonNode status = fixture.await(secretariat, again);
        assertThat(status.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(status.get("reissueOf").asLong()).isEqualTo(original);
        assertThat(status.get("format").asString()).isEqualTo("xlsx");
        assertThat(status.get("language").asString()).isEqualTo("fr");
        assertThat(status.get("number").asInt())
                .isEqualTo(JSON.readTree(secretariat
                                .get("/api/v1/publications/" + original)
                                .body())
                        .get("number")
                        .asInt());
        assertThat(figures(secretariat, again)).isEqualTo(figures(secretariat, original));

        Map<String, List<String>> sheets = cells(fixture.file(secretariat, again));
        assertThat(sheets.values().iterator().next()).contains("Période : 2145S1", "Valeurs des ICP : 2145");
        assertThat(numbers(sheets.get("RS")))
                .anySatisfy(n -> assertThat(n).isEqualByComparingTo(before))
                .noneSatisfy(n -> assertThat(n).isEqualByComparingTo("9999"));

        var page = Http.browser(port);
        page.signIn("secretariat@demo", "demo");
        assertThat(page.get("/publications/" + original).body())
                .contains("/publications/" + original + "/reissue", "Issue again");
        assertThat(page.get("/publications/" + again).body()).contains("Issued again from publication " + original);
        assertThat(fixture.as("editor.rs@demo")
                        .post("/api/v1/publications/" + original + "/reissue", "{\"format\": \"pdf\"}")
                        .statusCode())
                .as("someone else's document does not exist for them")
                .isEqualTo(404);
        assertThat(problems(
                        secretariat,
                        "/api/v1/publications/" + original + "/reissue",
                        "{\"format\": \"doc\", \"language\": \"de\"}"))
                .containsOnlyKeys("format", "language");
    }

    @Test
    void aKeptJurisdictionReportIsIssuedAgainWithTheValuesItPrintedAfterACorrection() throws Exception {
        var editor = fixture.as("editor.rs@demo");
        long original = fixture.request(editor, """
                {"kind": "JURISDICTION_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2146",
                 "jurisdiction": "RS", "format": "pdf", "language": "en"}""");
        assertThat(fixture.await(editor, original).get("state").asString()).isEqualTo("SUCCEEDED");
        String kpi = values.keySet().iterator().next();
        Map<String, String> before = figures(editor, original);
        assertThat(before).containsKey(kpi + "/RS/2146");

        fixture.correctSerbia("2146", kpi, "8888");
        var res = editor.post(
                "/api/v1/publications/" + original + "/reissue", "{\"format\": \"xlsx\", \"language\": \"es\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long again = JSON.readTree(res.body()).get("id").asLong();
        assertThat(fixture.await(editor, again).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(figures(editor, again)).isEqualTo(before);
        Map<String, List<String>> sheets = cells(fixture.file(editor, again));
        assertThat(sheets.values().iterator().next()).contains("Período: 2146");
        assertThat(numbers(sheets.get("RS 2146")))
                .anySatisfy(n -> assertThat(n).isEqualByComparingTo(before.get(kpi + "/RS/2146")))
                .noneSatisfy(n -> assertThat(n).isEqualByComparingTo("8888"));
    }

    private Map<String, String> figures(Http http, long id) {
        Map<String, String> used = new HashMap<>();
        JSON.readTree(http.get("/api/v1/publications/" + id + "/figures").body())
                .forEach(f -> used.put(f.get("key").asString(), f.get("value").asString()));
        return used;
    }

    private static Map<String, String> problems(Http http, String body) {
        return problems(http, "/api/v1/publications", body);
    }

    /** The 400's problems by field. */
    private static Map<String, String> problems(Http http, String path, String body) {
        var res = http.post(path, body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        Map<String, String> byField = new HashMap<>();
        JSON.readTree(res.body())
                .get("problems")
                .forEach(p ->
                        byField.put(p.get("path").asString(), p.get("message").asString()));
        return byField;
    }

    private static List<BigDecimal> numbers(List<String> texts) {
        return texts.stream()
                .filter(t -> t.matches("-?\\d+(\\.\\d+)?"))
                .map(BigDecimal::new)
                .toList();
    }

    /** Every cell's text, by sheet, in the workbook's order. */
    private static Map<String, List<String>> cells(byte[] xlsx) throws Exception {
        Map<String, List<String>> sheets = new java.util.LinkedHashMap<>();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : wb.getSheets().toList()) {
                var texts = new ArrayList<String>();
                try (var rows = sheet.openStream()) {
                    rows.forEach(r -> r.forEach(c -> {
                        if (c != null && c.getText() != null) {
                            texts.add(c.getText());
                        }
                    }));
                }
                sheets.put(sheet.getName(), texts);
            }
        }
        return sheets;
    }
}
