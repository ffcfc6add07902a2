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
        // The semi-annual reports of Roadmap 2024 hold values (those of Roadmap 2030 hold narratives only).
        var withValues = new java.util.ArrayList<JsonNode>();
        published.forEach(r -> {
            if (r.get("version").asString().equals("2024")) {
                withValues.add(r);
            }
        });
        long latest = withValues.get(0).get("id").asLong();
        JsonNode previous = JSON.readTree(
                visitor.get("/api/v1/reports/" + withValues.get(1).get("id").asLong())
                        .body());
        JsonNode current =
                JSON.readTree(visitor.get("/api/v1/reports/" + latest).body());

        String page = visitor.get("/reports/" + latest).body();
        String kpi5Row = page.substring(page.indexOf(">KPI-5</a>"), page.indexOf(">KPI-6</a>"));
        assertThat(kpi5Row)
                .as("the previous published value beside the value")
                .containsPattern(
                        "<td class=\"num\">\\s*" + Pattern.quote(total(previous, "KPI-5", "value")) + "\\s*</td>");
        assertThat(Pattern.compile("<td class=\"num\">\\s*[^<\\s]")
                        .matcher(kpi5Row)
                        .results()
                        .count())
                .as("the previous value only on the total's row, not on each breakdown's")
                .isEqualTo(1);
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
