package org.roadmapmonitor.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who does what where on real PostgreSQL: the filters, the objectives × jurisdictions matrix whose empty cells
 * are the gaps (closing when an activity is recorded), the page, and the CSV and Excel downloads with text
 * that a spreadsheet would run neutralised.
 */
@IntegrationTest
class WhoDoesWhatWhereTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode gaps() {
        var res = Http.api(port).get("/api/v1/activities/gaps?framework=WB-SALW-ROADMAP&version=2030");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private static long cell(JsonNode gaps, String objective, String jurisdiction) {
        for (JsonNode c : gaps.get("cells")) {
            if (c.get("objective").asString().equals(objective)
                    && c.get("jurisdiction").asString().equals(jurisdiction)) {
                return c.get("activities").asLong();
            }
        }
        throw new AssertionError(objective + " × " + jurisdiction + " is not in the matrix");
    }

    @Test
    void theDemoLeavesGapsAndRecordingAnActivityClosesOne() {
        JsonNode before = gaps();
        assertThat(before.get("gaps").asInt()).isPositive();
        assertThat(cell(before, "G3", "BA")).as("UNDP's customs work in BA").isEqualTo(1);
        assertThat(cell(before, "G7", "MK"))
                .as("a cancelled activity supports nothing")
                .isZero();
        assertThat(cell(before, "G4", "BA")).isZero();
        assertThat(cell(before, "G5", "XK"))
                .as("Kosovo*'s draft plan is not counted for the public")
                .isZero();

        var res = Http.api(port)
                .basic("secretariat@demo", "demo")
                .post(
                        "/api/v1/activities",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"version\": \"2030\", \"objective\": \"G4\","
                                + " \"jurisdiction\": \"BA\", \"organisation\": \"=HYPERLINK(\\\"http://x\\\")\","
                                + " \"title\": \"@Outreach in schools\", \"start\": \"2126-01-01\", \"end\": \"2126-12-31\","
                                + " \"funding\": {\"source\": \"DONOR\", \"funder\": \"+Norway\"}, \"status\": \"ONGOING\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode after = gaps();
        assertThat(cell(after, "G4", "BA")).isEqualTo(1);
        assertThat(after.get("gaps").asInt()).isEqualTo(before.get("gaps").asInt() - 1);
        var inPeriod = JSON.readTree(Http.api(port)
                .get("/api/v1/activities/gaps?framework=WB-SALW-ROADMAP&period=2126")
                .body());
        assertThat(cell(inPeriod, "G4", "BA")).isEqualTo(1);
        assertThat(cell(inPeriod, "G3", "BA"))
                .as("UNDP's customs work ends in 2027")
                .isZero();
    }

    @Test
    void activitiesAreFilteredByObjectiveJurisdictionKindAndPeriod() {
        JsonNode page = JSON.readTree(Http.api(port)
                .get("/api/v1/activities?objective=G3&jurisdiction=BA")
                .body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("activities").get(0).get("organisation").asString())
                .isEqualTo("UNDP Bosnia and Herzegovina");
        JsonNode partners = JSON.readTree(Http.api(port)
                .get("/api/v1/activities?jurisdiction=RS&kind=PARTNER")
                .body());
        assertThat(partners.get("activities").findValuesAsString("kind")).containsOnly("PARTNER");
        assertThat(partners.get("total").asLong()).isPositive();
        var bad = Http.api(port).get("/api/v1/activities?status=FINISHED&period=soon");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(bad.body()).get("problems").findValuesAsString("path"))
                .containsExactlyInAnyOrder("status", "period");
        JsonNode paged = JSON.readTree(
                Http.api(port).get("/api/v1/activities?size=2&page=1").body());
        assertThat(paged.get("activities").size()).isEqualTo(2);
        assertThat(paged.get("total").asLong()).isGreaterThan(4);
    }

    @Test
    void thePageShowsTheGapsAndTheDownloadsNeutraliseFormulas() throws Exception {
        var browser = Http.browser(port);
        var page = browser.get("/activities?framework=WB-SALW-ROADMAP");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Who does what where").contains("Gap").contains("/activities.xlsx");
        Http.api(port)
                .basic("secretariat@demo", "demo")
                .post(
                        "/api/v1/activities",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"version\": \"2030\", \"objective\": \"G2\","
                                + " \"jurisdiction\": \"AL\", \"organisation\": \"-Formula partner\","
                                + " \"title\": \"=1+1\", \"start\": \"2127-01-01\", \"end\": \"2127-12-31\","
                                + " \"budget\": {\"amount\": \"2500\", \"currency\": \"EUR\"},"
                                + " \"funding\": {\"source\": \"NATIONAL\"}, \"status\": \"PLANNED\"}");

        var csv = browser.getBytes("/activities.csv?jurisdiction=AL&period=2127");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Jurisdiction,Objective,Organisation").contains("'-Formula partner,'=1+1");
        assertThat(text.lines().count())
                .as("heading and the one activity running in 2127")
                .isEqualTo(2);

        var xlsx = browser.getBytes("/activities.xlsx?jurisdiction=AL&period=2127");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<Row> rows = new ArrayList<>();
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            book.getFirstSheet().openStream().forEach(rows::add);
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getCellText(2)).isEqualTo("'-Formula partner");
        assertThat(rows.get(1).getCellText(3)).isEqualTo("'=1+1");
        assertThat(rows.get(1).getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("2500");
    }
}
