package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each caller reads of a published report that is being corrected: the public never sees the notes. */
@IntegrationTest
class ReportReadingTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTE = "The seizure figure contradicts the police register";

    @LocalServerPort
    int port;

    @Test
    void aReopenedAndReturnedPublishedReportShowsThePublicNoNotesButItsOwnPeopleDo() {
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var approver = Http.api(port).basic("approver.rs@demo", "demo");
        var sec = Http.api(port).basic("secretariat@demo", "demo");
        long id = published(editor, approver, sec, "2077");

        transition(sec, id, "{\"action\": \"REOPEN\", \"reason\": \"New seizure data\"}");
        transition(editor, id, "{\"action\": \"SUBMIT\"}");
        transition(approver, id, "{\"action\": \"APPROVE\"}");
        var returned = transition(
                sec,
                id,
                "{\"action\": \"RETURN\", \"reason\": \"Please check KPI-5\", \"flagged\": [{\"indicator\": \"KPI-5\","
                        + " \"note\": \"" + NOTE + "\"}]}");
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");

        var anonymous = Http.api(port).get("/api/v1/reports/" + id);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonNode publicCopy = JSON.readTree(anonymous.body());
        assertThat(publicCopy.get("flagged")).isEmpty();
        assertThat(anonymous.body())
                .doesNotContain(NOTE)
                .doesNotContain("Please check KPI-5")
                .as("names stay inside")
                .doesNotContain("editor.rs@demo");
        assertThat(Http.api(port).get("/api/v1/reports?jurisdiction=RS").body()).doesNotContain("@demo");
        assertThat(publicCopy.get("availableActions")).isEmpty();
        var otherJurisdiction = Http.api(port).basic("editor.xk@demo", "demo").get("/api/v1/reports/" + id);
        assertThat(otherJurisdiction.body()).doesNotContain(NOTE);
        assertThat(Http.api(port).get("/reports/" + id).body())
                .as("the public page")
                .doesNotContain(NOTE)
                .doesNotContain("Please check KPI-5");
        assertThat(Http.api(port).get("/api/v1/reports/" + id + "/history").statusCode())
                .isEqualTo(404);

        for (var team : new Http[] {editor, sec}) {
            var own = team.get("/api/v1/reports/" + id);
            assertThat(JSON.readTree(own.body()).get("flagged").findValuesAsString("note"))
                    .containsExactly(NOTE);
        }
        var page = Http.browser(port);
        page.signIn("editor.rs@demo", "demo");
        assertThat(page.get("/reports/" + id).body()).contains("Please check KPI-5");
    }

    private long published(Http editor, Http approver, Http sec, String period) {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", period);
        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"" + period + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        fillAll(editor, id);
        transition(editor, id, "{\"action\": \"SUBMIT\"}");
        transition(approver, id, "{\"action\": \"APPROVE\"}");
        transition(sec, id, "{\"action\": \"VALIDATE\"}");
        transition(sec, id, "{\"action\": \"PUBLISH\"}");
        return id;
    }

    private void fillAll(Http editor, long id) {
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030")
                .body());
        var values = JSON.createArrayNode();
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if ("DERIVED".equals(i.path("valueSource").asString())) {
                    continue; // computed from the records, never typed
                }
                var v = values.addObject().put("indicator", i.get("code").asString());
                switch (i.get("type").asString()) {
                    case "RATIO" -> v.put("numerator", "1").put("denominator", "2");
                    case "ORDINAL" ->
                        v.put("value", i.get("levels").get(0).get("value").asString());
                    case "YES_NO" -> v.put("value", "1");
                    case "PERCENTAGE" -> v.put("value", "50");
                    case "NARRATIVE" -> v.put("value", "Text");
                    default -> v.put("value", "10");
                }
            }
        }
        String etag =
                editor.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
        var res = editor.put("/api/v1/reports/" + id + "/values", JSON.writeValueAsString(values), "If-Match", etag);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    private static JsonNode transition(Http http, long id, String body) {
        var res = http.post("/api/v1/reports/" + id + "/transitions", body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }
}
