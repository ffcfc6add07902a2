package org.roadmapmonitor.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * National action plans through the API on real PostgreSQL: scoped like reports (a plan not yet approved is
 * seen by its jurisdiction and the secretariat only), kept by the jurisdiction's editors, with national
 * indicators that must name KPIs of the plan's framework version and funding checked against the fund.
 */
@IntegrationTest
class ActionPlanApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    @Test
    void aDraftPlanIsSeenOnlyByItsJurisdictionAndTheSecretariat() {
        var anonymous = JSON.readTree(Http.api(port)
                .get("/api/v1/action-plans?framework=WB-SALW-ROADMAP")
                .body());
        assertThat(anonymous.findValuesAsString("jurisdiction")).contains("RS").doesNotContain("XK");
        JsonNode xk = JSON.readTree(as("editor.xk@demo")
                        .get("/api/v1/action-plans?jurisdiction=XK")
                        .body())
                .get(0);
        assertThat(xk.get("status").asString()).isEqualTo("DRAFTED");
        assertThat(xk.get("demo").asBoolean()).isTrue();
        long id = xk.get("id").asLong();
        assertThat(as("secretariat@demo").get("/api/v1/action-plans/" + id).statusCode())
                .isEqualTo(200);
        assertThat(Http.api(port).get("/api/v1/action-plans/" + id).statusCode())
                .isEqualTo(404);
        assertThat(as("editor.rs@demo").get("/api/v1/action-plans/" + id).statusCode())
                .isEqualTo(404);
        long activity = xk.get("activities").get(0).get("id").asLong();
        assertThat(Http.api(port).get("/api/v1/activities/" + activity).statusCode())
                .as("nor its activities")
                .isEqualTo(404);
        assertThat(Http.api(port).get("/api/v1/activities?jurisdiction=XK").body())
                .doesNotContain("Border police");
        assertThat(as("editor.xk@demo")
                        .get("/api/v1/activities?jurisdiction=XK")
                        .body())
                .contains("Border police");
    }

    @Test
    void onlyTheJurisdictionsEditorsKeepItsPlanAndBadInputIsNamedFieldByField() {
        String plan = "{\"framework\": \"WB-SALW-ROADMAP\", \"version\": \"2024\", \"jurisdiction\": \"RS\","
                + " \"title\": \"Roadmap 2024 plan\", \"status\": \"APPROVED\", \"adoptedOn\": \"2019-05-01\"}";
        assertThat(as("editor.xk@demo").post("/api/v1/action-plans", plan).statusCode())
                .isEqualTo(403);
        var bad = as("editor.rs@demo")
                .post(
                        "/api/v1/action-plans",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"version\": \"1999\", \"jurisdiction\": \"RS\","
                                + " \"status\": \"SIGNED\", \"adoptedOn\": \"May 2019\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(bad.body()).get("problems").findValuesAsString("path"))
                .containsExactlyInAnyOrder("title", "status", "adoptedOn", "version");

        var created = as("editor.rs@demo").post("/api/v1/action-plans", plan);
        assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
        long id = JSON
                .readTree(as("editor.rs@demo")
                        .get("/api/v1/action-plans?jurisdiction=RS")
                        .body())
                .findParents("version")
                .stream()
                .filter(p -> p.get("version").asString().equals("2024"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(as("editor.rs@demo").post("/api/v1/action-plans", plan).statusCode())
                .as("one plan per jurisdiction and framework version")
                .isEqualTo(409);

        var unknownKpi = as("editor.rs@demo")
                .post(
                        "/api/v1/action-plans/" + id + "/indicators",
                        "{\"code\": \"NI-9\", \"title\": \"Seizures\", \"feeds\": [\"KPI-1\", \"KPI-99\"]}");
        assertThat(unknownKpi.statusCode()).isEqualTo(422);
        assertThat(unknownKpi.body()).contains("feeds[1]").contains("KPI-99");
        var indicator = as("editor.rs@demo")
                .post(
                        "/api/v1/action-plans/" + id + "/indicators",
                        "{\"code\": \"NI-9\", \"title\": \"Seizures\", \"unit\": \"count\", \"feeds\": [\"KPI-1\"]}");
        assertThat(indicator.statusCode()).as(indicator.body()).isEqualTo(201);
        assertThat(as("editor.rs@demo").get("/api/v1/action-plans/" + id).body())
                .contains("NI-9");

        var noProject = as("editor.rs@demo")
                .post(
                        "/api/v1/activities",
                        "{\"plan\": " + id + ", \"objective\": \"G9\", \"organisation\": \"Police\", \"title\": \"T\","
                                + " \"start\": \"2020-02-01\", \"end\": \"2020-01-01\", \"budget\": {\"amount\": \"-5\","
                                + " \"currency\": \"EUR\"}, \"funding\": {\"source\": \"TRUST_FUND\", \"fund\": \"SLW00\","
                                + " \"project\": \"NO-SUCH\"}, \"status\": \"ONGOING\"}");
        assertThat(noProject.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(noProject.body()).get("problems").findValuesAsString("path"))
                .containsExactlyInAnyOrder("objective", "end", "budget", "project");
        assertThat(as("editor.rs@demo").get("/api/v1/action-plans/" + id).body())
                .as("nothing was saved")
                .doesNotContain("\"organisation\":\"Police\"");
    }

    @Test
    void anActivityFundedByATrustFundProjectNamesARealProjectAndKeepsItsBudgetExact() {
        var projects =
                JSON.readTree(Http.api(port).get("/api/v1/funds/SLW00/projects").body());
        String project = projects.get(0).get("code").asString();
        var res = as("secretariat@demo")
                .post(
                        "/api/v1/activities",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"version\": \"2030\", \"objective\": \"G6\","
                                + " \"jurisdiction\": \"ME\", \"organisation\": \"UNDP Montenegro\", \"title\":"
                                + " \"Ammunition depot upgrade\", \"start\": \"2026-01-01\", \"end\": \"2027-12-31\","
                                + " \"budget\": {\"amount\": 1234567.8912, \"currency\": \"USD\"}, \"funding\":"
                                + " {\"source\": \"TRUST_FUND\", \"fund\": \"SLW00\", \"project\": \"" + project
                                + "\"},"
                                + " \"status\": \"ONGOING\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode a = JSON.readTree(res.body());
        assertThat(a.get("kind").asString()).isEqualTo("PARTNER");
        assertThat(a.get("budget").get("amount").asString()).isEqualTo("1234567.8912");
        assertThat(a.get("funding").get("project").asString()).isEqualTo(project);
        var changed =
                as("editor.xk@demo").put("/api/v1/activities/" + a.get("id").asLong(), "{\"status\": \"COMPLETED\"}");
        assertThat(changed.statusCode())
                .as("another jurisdiction's people may not change it")
                .isEqualTo(403);
    }
}
