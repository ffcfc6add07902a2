package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value is in the next analytics answer the moment its report is published, and not a moment before for the
 * public; its own people and the secretariat see it while it is worked on, marked as working, and another
 * jurisdiction never does.
 */
@IntegrationTest
class FreshnessTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUERY =
            "/api/v1/analytics?framework=WB-SALW-ROADMAP&indicator=KPI-10&jurisdiction=RS,WB&period=2101";

    @LocalServerPort
    int port;

    private JsonNode rows(Http http) {
        var res = http.get(QUERY);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private static JsonNode row(JsonNode rows, String jurisdiction) {
        for (JsonNode r : rows) {
            if (r.get("jurisdiction").asString().equals(jurisdiction)) {
                return r;
            }
        }
        throw new AssertionError(jurisdiction + " not in " + rows);
    }

    private static JsonNode transition(Http http, long id, String action) {
        var res = http.post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"" + action + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    /** A valid value for every indicator of Roadmap 2030 (so that the report can be submitted), KPI-10 = 4321. */
    private static String everyValue(Http http) {
        JsonNode doc = JSON.readTree(
                http.get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030").body());
        var values = JSON.createArrayNode();
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if ("DERIVED".equals(i.path("valueSource").asString())) {
                    continue; // computed from the records, never typed
                }
                String code = i.get("code").asString();
                var v = values.addObject().put("indicator", code);
                switch (i.get("type").asString()) {
                    case "RATIO" -> v.put("numerator", "1").put("denominator", "2");
                    case "ORDINAL" ->
                        v.put("value", i.get("levels").get(0).get("value").asString());
                    case "YES_NO" -> v.put("value", "1");
                    case "PERCENTAGE" -> v.put("value", "50");
                    case "NARRATIVE" -> v.put("value", "Text");
                    default -> v.put("value", code.equals("KPI-10") ? "4321" : "10");
                }
            }
        }
        return JSON.writeValueAsString(values);
    }

    @Test
    void aPublishedValueIsInTheNextAnswerAndAnUnpublishedOneIsNotPublic() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2101");
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var approver = Http.api(port).basic("approver.rs@demo", "demo");
        var secretariat = Http.api(port).basic("secretariat@demo", "demo");
        var otherJurisdiction = Http.api(port).basic("editor.xk@demo", "demo");
        var visitor = Http.api(port);

        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2101\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        var saved = editor.put(
                "/api/v1/reports/" + id + "/values",
                everyValue(visitor),
                "If-Match",
                created.headers().firstValue("ETag").orElseThrow());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        assertThat(row(rows(visitor), "RS").get("value").isNull())
                .as("a draft is not public")
                .isTrue();
        assertThat(row(rows(visitor), "WB").get("missing").toString()).contains("RS");
        assertThat(row(rows(otherJurisdiction), "RS").get("value").isNull())
                .as("another jurisdiction never sees a draft")
                .isTrue();
        JsonNode mine = row(rows(editor), "RS");
        assertThat(mine.get("value").decimalValue()).isEqualByComparingTo("4321");
        assertThat(mine.get("working").asBoolean()).isTrue();
        JsonNode secretariatSees = row(rows(secretariat), "WB");
        assertThat(secretariatSees.get("missing").toString()).doesNotContain("RS");
        assertThat(secretariatSees.get("working").asBoolean()).isTrue();

        String state = transition(editor, id, "SUBMIT").get("state").asString();
        if (state.equals("AWAITING_APPROVAL")) {
            transition(approver, id, "APPROVE");
        }
        transition(secretariat, id, "VALIDATE");
        assertThat(row(rows(visitor), "RS").get("value").isNull())
                .as("validated is not yet published")
                .isTrue();
        transition(secretariat, id, "PUBLISH");

        JsonNode published = row(rows(visitor), "RS");
        assertThat(published.get("value").decimalValue()).isEqualByComparingTo("4321");
        assertThat(published.get("working").asBoolean()).isFalse();
        assertThat(published.get("disaggregation").isEmpty()).isTrue();
        assertThat(row(rows(visitor), "WB").get("missing").toString()).doesNotContain("RS");
        // The KPI page (every period; the dashboard shows the latest 40, and other tests publish later years).
        assertThat(visitor.get("/frameworks/WB-SALW-ROADMAP/kpis/KPI-10").body())
                .as("the pages read the same values at once")
                .contains("4,321");

        // Reopened for a correction: the public keeps the published figure, the team works on the new one, and
        // the region counts RS once (its only member with 2101 data), never the two copies together.
        var reopened = secretariat.post(
                "/api/v1/reports/" + id + "/transitions", "{\"action\": \"REOPEN\", \"reason\": \"New data\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        var corrected = editor.put(
                "/api/v1/reports/" + id + "/values",
                "[{\"indicator\": \"KPI-10\", \"value\": \"5000\"}]",
                "If-Match",
                editor.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(row(rows(visitor), "RS").get("value").decimalValue()).isEqualByComparingTo("4321");
        assertThat(row(rows(visitor), "WB").get("value").decimalValue()).isEqualByComparingTo("4321");
        JsonNode team = row(rows(secretariat), "WB");
        assertThat(team.get("value").decimalValue()).isEqualByComparingTo("5000");
        assertThat(team.get("working").asBoolean()).isTrue();
        assertThat(row(rows(otherJurisdiction), "WB").get("value").decimalValue())
                .isEqualByComparingTo("4321");
    }
}
