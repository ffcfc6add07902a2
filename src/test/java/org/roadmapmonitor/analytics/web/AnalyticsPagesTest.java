package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KPI page, the jurisdiction profile, the gender view and the map's swapped panel, on a report of Serbia
 * for 2106 (a period no other test uses): nothing of it is public before it is published, its own people see
 * it as working values meanwhile, and once published everyone sees each value with its source and the
 * breakdowns it left out.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsPagesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FW = "WB-SALW-ROADMAP";

    @LocalServerPort
    int port;

    private long report;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    @BeforeAll
    void serbiaReports2106AndSubmitsIt() {
        OpenPeriods.open(port, FW, "2106");
        var created = as("editor.rs@demo")
                .post(
                        "/api/v1/reports",
                        "{\"framework\": \"" + FW + "\", \"jurisdiction\": \"RS\", \"period\": \"2106\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        report = JSON.readTree(created.body()).get("id").asLong();
        var values = JSON.createArrayNode();
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/" + FW + "/versions/2030")
                .body());
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if ("DERIVED".equals(i.path("valueSource").asString())) {
                    continue; // computed from the evidence records, never typed
                }
                var v = values.addObject().put("indicator", i.get("code").asString());
                switch (i.get("type").asString()) {
                    case "RATIO" -> v.put("numerator", "1").put("denominator", "2");
                    case "ORDINAL" ->
                        v.put("value", i.get("levels").get(0).get("value").asString());
                    case "YES_NO" -> v.put("value", "1");
                    case "NARRATIVE" -> v.put("value", "Text");
                    default -> v.put("value", i.get("code").asString().equals("KPI-5") ? "20" : "10");
                }
            }
        }
        values.addObject()
                .put("indicator", "KPI-5")
                .put("value", "8")
                .putObject("disaggregation")
                .put("sex", "female");
        values.addObject()
                .put("indicator", "KPI-5")
                .put("value", "10")
                .putObject("disaggregation")
                .put("sex", "male");
        values.addObject()
                .put("indicator", "KPI-5")
                .put("value", "2")
                .putObject("disaggregation")
                .put("sex", "unknown");
        values.addObject()
                .put("indicator", "KPI-7")
                .put("value", "4")
                .putObject("disaggregation")
                .put("sex", "female");
        var editor = as("editor.rs@demo");
        String etag = editor.get("/api/v1/reports/" + report)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        var saved =
                editor.put("/api/v1/reports/" + report + "/values", JSON.writeValueAsString(values), "If-Match", etag);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        transition(editor, "SUBMIT");
        transition(as("approver.rs@demo"), "APPROVE");
    }

    @Test
    void aSubmittedReportIsAWorkingValueForItsPeopleAndInvisibleToThePublicUntilPublished() {
        String path = "/frameworks/" + FW + "/kpis/KPI-7?lang=en";
        assertThat(Http.browser(port).get(path).body()).doesNotContain(">2106<");
        var serbia = Http.browser(port);
        serbia.signIn("editor.rs@demo", "demo");
        assertThat(row(serbia.get(path).body(), "2106", "Serbia")).contains(">10<", "working");

        var secretariat = as("secretariat@demo");
        transition(secretariat, "VALIDATE");
        transition(secretariat, "PUBLISH");

        String published = Http.browser(port).get(path).body();
        assertThat(row(published, "2106", "Serbia"))
                .contains(">10<", "reported")
                .doesNotContain("working");
        String gaps = published.substring(published.indexOf("Totals reported without a breakdown by Sex"));
        assertThat(gaps.substring(0, gaps.indexOf("</ul>")))
                .containsPattern("(?s)Serbia.*?2106.*?not reported: Male, Unknown / not reported");
        assertThat(published).doesNotContain("??");
        assertThat(Http.browser(port)
                        .get("/frameworks/" + FW + "/kpis/KPI-11?lang=en")
                        .body())
                .contains("derived from the evidence records");

        String profile = Http.browser(port)
                .get("/frameworks/" + FW + "/jurisdictions/RS?lang=en")
                .body();
        // Other tests publish Serbia's later years, so the latest period is 2106 or after; 2106 is in the trends.
        assertThat(profile)
                .containsPattern("Latest \\((2106|21[1-9]\\d)\\)")
                .contains(">2106<")
                .contains(">published<");

        String gender = Http.browser(port)
                .get("/frameworks/" + FW + "/gender?jurisdiction=RS&lang=en")
                .body();
        String kpi5 = gender.substring(gender.indexOf("KPI-5 · "));
        int at = kpi5.indexOf("<th scope=\"row\">2106</th>");
        assertThat(at).isPositive();
        assertThat(kpi5.substring(at, kpi5.indexOf("</tr>", at))).contains("40 %", "50 %", "10 %", ">20<");
    }

    @Test
    void theMapSendsOnlyItsPanelToHtmxAndAWholePageOtherwise() {
        var panel = Http.browser(port).get("/frameworks/" + FW + "/map?kpi=KPI-9&lang=en", "HX-Request", "true");
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body().strip()).startsWith("<div class=\"map-panel\"").doesNotContain("<html");
        assertThat(panel.body())
                .contains("KPI-9 · ")
                .contains("data-code=\"XK\"")
                .contains("Kosovo*");
        assertThat(panel.body().split("<tr data-code=", -1)).hasSize(7);

        var page = Http.browser(port).get("/frameworks/" + FW + "/map?kpi=KPI-9&lang=fr");
        assertThat(page.body())
                .contains("<html")
                .contains("Carte")
                .contains("Natural Earth")
                .doesNotContain("??");
        assertThat(Http.browser(port).get("/frameworks/" + FW + "/map?kpi=NOPE").statusCode())
                .isEqualTo(404);
        assertThat(Http.browser(port)
                        .get("/frameworks/" + FW + "/jurisdictions/CR")
                        .statusCode())
                .isEqualTo(404);
    }

    private void transition(Http http, String action) {
        HttpResponse<String> res =
                http.post("/api/v1/reports/" + report + "/transitions", "{\"action\": \"" + action + "\"}");
        assertThat(res.statusCode()).as(action + ": " + res.body()).isEqualTo(200);
    }

    /** The values table's row of a period and jurisdiction. */
    private static String row(String page, String period, String jurisdiction) {
        int table = page.indexOf("Each value and where it comes from</caption>");
        assertThat(table).isPositive();
        String inRow = "(?:(?!</tr>).)*?";
        var m = java.util.regex.Pattern.compile(
                        "<tr[^>]*>\\s*<td>" + period + "</td>\\s*<th scope=\"row\">" + inRow + jurisdiction + inRow
                                + "</tr>",
                        java.util.regex.Pattern.DOTALL)
                .matcher(page.substring(table));
        assertThat(m.find()).as(period + " " + jurisdiction).isTrue();
        return m.group();
    }
}
