package org.roadmapmonitor.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.publication.PublishedFixture.JSON;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
 * The secretariat's numbered regional progress report: its figures are the analytics API's, it carries the
 * secretariat's introduction and commentary, and it is kept with the figures it used.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalReportTest {
    private static final String NARRATIVE = "A regional firearms focal point network met twice in 2114.";

    @LocalServerPort
    int port;

    PublishedFixture fixture;

    @BeforeAll
    void publish() {
        fixture = new PublishedFixture(port);
        fixture.publishSerbia(2114, 4800, NARRATIVE);
    }

    private long generate(String format, String language) {
        var secretariat = fixture.as("secretariat@demo");
        long id = fixture.request(secretariat, """
                {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2114S1", "kpiPeriod": "2114",
                 "format": "%s", "language": "%s", "introduction": "This is the report of the first half of 2114.",
                 "commentary": {"G3": "Seizures rose along the border crossings."}}""".formatted(format, language));
        assertThat(fixture.await(secretariat, id).get("state").asString()).isEqualTo("SUCCEEDED");
        return id;
    }

    @Test
    void theReportsFiguresAreTheAnalyticsApisForTheSameFrameworkAndPeriod() throws Exception {
        long id = generate("pdf", "en");
        var secretariat = fixture.as("secretariat@demo");
        Map<String, String> used = new HashMap<>();
        JSON.readTree(secretariat.get("/api/v1/publications/" + id + "/figures").body())
                .forEach(f -> used.put(f.get("key").asString(), f.get("value").asString()));
        JsonNode analytics = JSON.readTree(Http.api(port)
                .get("/api/v1/analytics?framework=WB-SALW-ROADMAP&period=2114")
                .body());
        int compared = 0;
        String region = null;
        for (JsonNode row : analytics) {
            if (row.get("value").isNull()) {
                continue;
            }
            String key = row.get("indicator").asString() + "/"
                    + row.get("jurisdiction").asString() + "/2114";
            assertThat(new BigDecimal(used.get(key)))
                    .as(key)
                    .isEqualByComparingTo(row.get("value").asString());
            compared++;
            if (row.get("source").asString().equals("aggregate")) {
                region = row.get("jurisdiction").asString();
            }
        }
        assertThat(compared).isGreaterThan(5);
        assertThat(region).as("a regional value among them").isNotNull();

        byte[] pdf = fixture.file(secretariat, id);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/regional-report.pdf"), pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains("Regional progress report no.", "Period: 2114S1", "KPI values: 2114")
                    .contains("This is the report of the first half of 2114.")
                    .contains("Seizures rose along the border crossings.")
                    .contains(NARRATIVE, "Contents", "Gender", "Annex")
                    .contains("Sex: Female")
                    .contains("Kosovo: References to Kosovo", "resolution 1244 (1999)");
            for (JsonNode row : analytics) {
                if (row.get("jurisdiction").asString().equals(region)
                        && !row.get("value").isNull()
                        && row.get("numerator").isNull()) {
                    assertThat(flat)
                            .as(row.get("indicator").asString())
                            .contains(JurisdictionReportTest.ENGLISH.format(
                                    new BigDecimal(row.get("value").asString())));
                }
            }
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void theWorkbookHasATableSheetPerGoalAndTheFileIsKeptAsItWasGenerated() throws Exception {
        long id = generate("xlsx", "es");
        var secretariat = fixture.as("secretariat@demo");
        byte[] first = fixture.file(secretariat, id);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(first))) {
            var names = wb.getSheets().map(s -> s.getName()).toList();
            assertThat(names).contains("G1", "G7", "Género", "Anexo", "RS");
        }
        JsonNode status =
                JSON.readTree(secretariat.get("/api/v1/publications/" + id).body());
        assertThat(status.get("number").asInt()).isPositive();
        assertThat(fixture.file(secretariat, id)).as("issued again identically").isEqualTo(first);

        var editor = fixture.as("editor.rs@demo");
        var refused = editor.post("/api/v1/publications", """
                {"kind": "REGIONAL_REPORT", "framework": "WB-SALW-ROADMAP", "period": "2114", "format": "pdf",
                 "language": "en"}""");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(fixture.as("donor@demo").get("/api/v1/publications/" + id).statusCode())
                .as("someone else's document does not exist for them")
                .isEqualTo(404);
    }
}
