package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a visitor who is not signed in sees on a published report: progress against the past, readable values. */
@IntegrationTest
class PublishedReportPageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static String total(JsonNode report, String indicator, String field) {
        for (JsonNode v : report.get("values")) {
            if (v.get("indicator").asString().equals(indicator)
                    && v.get("disaggregation").isEmpty()) {
                return v.get(field).asString();
            }
        }
        throw new AssertionError(indicator + " has no total");
    }

    @Test
    void thePublicSeesThePreviousPublishedValueAndValuesInWordsAndPercentages() {
        var visitor = Http.api(port);
        JsonNode published =
                JSON.readTree(visitor.get("/api/v1/reports?framework=WB-SALW-ROADMAP&jurisdiction=RS&state=PUBLISHED")
                        .body());
        long latest = published.get(0).get("id").asLong();
        JsonNode previous = JSON.readTree(
                visitor.get("/api/v1/reports/" + published.get(1).get("id").asLong())
                        .body());
        JsonNode current =
                JSON.readTree(visitor.get("/api/v1/reports/" + latest).body());

        String page = visitor.get("/reports/" + latest).body();
        String kpi5Row = page.substring(page.indexOf(">KPI-5</a>"), page.indexOf(">KPI-6</a>"));
        assertThat(kpi5Row)
                .as("the previous published value beside the value")
                .containsPattern(
                        "<td class=\"num\">\\s*" + Pattern.quote(total(previous, "KPI-5", "value")) + "\\s*</td>");
        assertThat(page)
                .as("a ratio as a percentage with its numerator and denominator")
                .contains("(" + total(current, "KPI-6", "numerator") + " / " + total(current, "KPI-6", "denominator")
                        + ")")
                .containsPattern("class=\"figure\">\\d+(\\.\\d)? %");
        assertThat(page).as("yes/no in words").containsPattern("class=\"figure\">(Yes|No)<");
        assertThat(page).as("a level with its label").containsPattern("class=\"figure\">\\d · \\p{L}");
        assertThat(page).doesNotContain("Save");
    }
}
