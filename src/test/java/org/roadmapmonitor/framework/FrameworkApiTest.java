package org.roadmapmonitor.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class FrameworkApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = Http.api(port);
    }

    @Test
    void listsTheShippedFrameworksWithTheirVersions() {
        var res = http.get("/api/v1/frameworks");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(res.body());
        assertThat(list.findValuesAsString("code"))
                .contains(
                        "WB-SALW-ROADMAP",
                        "CARIBBEAN-FIREARMS-ROADMAP",
                        "CENTRAL-AMERICA-ROADMAP",
                        "EU-FIREARMS-ACTION-PLAN",
                        "SDG");
        JsonNode wb = find(list, "WB-SALW-ROADMAP");
        assertThat(wb.get("objectiveLabel").asString()).isEqualTo("GOAL");
        assertThat(wb.get("versions").findValuesAsString("version")).containsExactlyInAnyOrder("2024", "2030");
        assertThat(find(list, "CENTRAL-AMERICA-ROADMAP").get("objectiveLabel").asString())
                .isEqualTo("AXIS");
        assertThat(find(list, "EU-FIREARMS-ACTION-PLAN").get("objectiveLabel").asString())
                .isEqualTo("PRIORITY");
    }

    @Test
    void westernBalkansRoadmapHasSevenGoalsAndFourteenKpisInEachVersion() {
        for (String version : new String[] {"2024", "2030"}) {
            JsonNode doc = JSON.readTree(http.get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/" + version)
                    .body());
            assertThat(doc.get("objectives")).hasSize(7);
            int kpis = 0;
            for (JsonNode o : doc.get("objectives")) {
                assertThat(o.get("indicators").size())
                        .as("goal %s has KPIs", o.get("code"))
                        .isPositive();
                kpis += o.get("indicators").size();
            }
            assertThat(kpis).isEqualTo(14);
        }
        JsonNode v2024 = JSON.readTree(
                http.get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2024").body());
        assertThat(v2024.get("objectives").get(0).get("targetYear").asInt()).isEqualTo(2023);
        assertThat(v2024.get("objectives").get(1).get("targetYear").asInt()).isEqualTo(2024);
    }

    @Test
    void latestVersionIsTheActiveOneWithAnEtag() {
        var res = http.get("/api/v1/frameworks/WB-SALW-ROADMAP");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("ETag")).isPresent();
        JsonNode doc = JSON.readTree(res.body());
        assertThat(doc.get("version").asString()).isEqualTo("2030");
        JsonNode indicator = doc.get("objectives").get(0).get("indicators").get(0);
        assertThat(indicator.has("code")).isTrue();
        assertThat(indicator.has("type")).isTrue();
        assertThat(indicator.has("aggregation")).isTrue();
        assertThat(indicator.get("disaggregations").isArray()).isTrue();
    }

    @Test
    void sdgIndicatorIsCrosswalkedFromTheRoadmaps() {
        Integer links = jdbc.sql(
                        "select count(distinct f.code) from indicator_crosswalk c join indicator i on i.id = c.indicator_id"
                                + " join framework_version v on v.id = i.framework_version_id join framework f on f.id = v.framework_id"
                                + " where c.framework_code = 'SDG' and c.indicator_code = 'SDG-16.4.2'")
                .query(Integer.class)
                .single();
        assertThat(links).isGreaterThanOrEqualTo(2);
    }

    @Test
    void exportThenImportRoundTripsWithoutLoss() {
        String exported =
                http.get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2024").body();
        ObjectNode copy = (ObjectNode) JSON.readTree(exported);
        copy.put("code", "TEST-ROUNDTRIP");
        var created = http.basic("secretariat@demo", "demo").post("/api/v1/frameworks", JSON.writeValueAsString(copy));
        assertThat(created.statusCode()).isEqualTo(201);
        String again = http.anonymous()
                .get("/api/v1/frameworks/TEST-ROUNDTRIP/versions/2024")
                .body();
        assertThat(JSON.readTree(again)).isEqualTo(copy);
    }

    @Test
    void decimalValuesKeepEveryDigit() {
        ObjectNode doc = minimal("TEST-DECIMALS");
        ObjectNode indicator =
                (ObjectNode) doc.get("objectives").get(0).get("indicators").get(0);
        indicator.put("type", "PERCENTAGE").put("aggregation", "AVERAGE");
        indicator
                .putArray("baselines")
                .addObject()
                .put("jurisdiction", "RS")
                .put("year", 2018)
                .put("value", "0.1234567890123");
        assertThat(http.basic("secretariat@demo", "demo")
                        .post("/api/v1/frameworks", JSON.writeValueAsString(doc))
                        .statusCode())
                .isEqualTo(201);
        JsonNode back = JSON.readTree(
                http.anonymous().get("/api/v1/frameworks/TEST-DECIMALS").body());
        assertThat(back.at("/objectives/0/indicators/0/baselines/0/value").asString())
                .isEqualTo("0.1234567890123");
    }

    @Test
    void reportKindsTravelWithTheDocumentAndTwoKindsCannotShareAPeriodType() {
        ObjectNode copy = (ObjectNode) JSON.readTree(
                http.get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030").body());
        assertThat(copy.get("reportKinds").findValuesAsString("periodType")).containsExactly("SIX_MONTHLY", "YEARLY");
        copy.put("code", "TEST-KINDS");
        var created = http.basic("secretariat@demo", "demo").post("/api/v1/frameworks", JSON.writeValueAsString(copy));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(http.anonymous()
                                .get("/api/v1/frameworks/TEST-KINDS/versions/2030")
                                .body())
                        .get("reportKinds"))
                .isEqualTo(copy.get("reportKinds"));

        ObjectNode doc = minimal("TEST-KINDS-BAD");
        var kinds = doc.putArray("reportKinds");
        kinds.addObject()
                .put("code", "a")
                .put("name", "A")
                .put("periodType", "YEARLY")
                .putArray("contents")
                .add("VALUES");
        kinds.addObject()
                .put("code", "b")
                .put("name", "B")
                .put("periodType", "YEARLY")
                .putArray("contents");
        var refused = http.basic("secretariat@demo", "demo").post("/api/v1/frameworks", JSON.writeValueAsString(doc));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("problems").findValuesAsString("path"))
                .contains("reportKinds[1].periodType", "reportKinds[1].contents");
    }

    @Test
    void invalidDocumentIsRefusedWithEveryProblemAndNothingIsStored() {
        ObjectNode doc = minimal("TEST-INVALID");
        doc.put("objectiveLabel", "CHAPTER");
        doc.put("bogus", true);
        ObjectNode indicator =
                (ObjectNode) doc.get("objectives").get(0).get("indicators").get(0);
        indicator.put("type", "RATIO");
        indicator.putArray("disaggregations").add("colour");
        indicator
                .putArray("targets")
                .addObject()
                .put("jurisdiction", "ZZ")
                .put("year", 2024)
                .put("value", "1");
        long auditBefore = auditRows();

        var res = http.basic("secretariat@demo", "demo").post("/api/v1/frameworks", JSON.writeValueAsString(doc));

        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).contains("problem+json"));
        JsonNode problem = JSON.readTree(res.body());
        assertThat(problem.get("detail").asString()).contains("Nothing was stored");
        assertThat(problem.get("problems").findValuesAsString("path"))
                .contains(
                        "bogus",
                        "objectiveLabel",
                        "objectives[0].indicators[0].aggregation",
                        "objectives[0].indicators[0].disaggregations[0]",
                        "objectives[0].indicators[0].targets[0].jurisdiction");
        assertThat(http.anonymous().get("/api/v1/frameworks/TEST-INVALID").statusCode())
                .isEqualTo(404);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void malformedJsonIsABadRequestNamingTheLine() {
        var res = http.basic("secretariat@demo", "demo").post("/api/v1/frameworks", "{\n  \"code\": \"X\",\n  oops\n}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("line 3");
    }

    @Test
    void creatingAnExistingVersionIsAConflictAndReplacingNeedsTheCurrentEtag() {
        String body = JSON.writeValueAsString(minimal("TEST-CONFLICT"));
        var api = http.basic("secretariat@demo", "demo");
        var first = api.post("/api/v1/frameworks", body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(api.post("/api/v1/frameworks", body).statusCode()).isEqualTo(409);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var replaced = api.put("/api/v1/frameworks/TEST-CONFLICT/versions/1", body, "If-Match", etag);
        assertThat(replaced.statusCode()).isEqualTo(200);
        var stale = api.put("/api/v1/frameworks/TEST-CONFLICT/versions/1", body, "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(JSON.readTree(stale.body()).get("detail").asString()).contains("changed by someone else");
    }

    @Test
    void onlyTheSecretariatImports() {
        String body = JSON.writeValueAsString(minimal("TEST-ROLES"));
        assertThat(http.anonymous().post("/api/v1/frameworks", body).statusCode())
                .isEqualTo(401);
        assertThat(http.basic("editor.rs@demo", "demo")
                        .post("/api/v1/frameworks", body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.basic("secretariat@demo", "wrong-password")
                        .post("/api/v1/frameworks", body)
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.anonymous().get("/api/v1/frameworks/TEST-ROLES").statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyImportIsInTheAuditLogWithBeforeAndAfter() {
        var api = http.basic("secretariat@demo", "demo");
        ObjectNode doc = minimal("TEST-AUDIT");
        api.post("/api/v1/frameworks", JSON.writeValueAsString(doc));
        doc.put("name", "Renamed framework");
        String etag = api.get("/api/v1/frameworks/TEST-AUDIT/versions/1")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        api.put("/api/v1/frameworks/TEST-AUDIT/versions/1", JSON.writeValueAsString(doc), "If-Match", etag);
        var row = jdbc.sql(
                        "select actor, action, before_state->>'name' as before_name, after_state->>'name' as after_name"
                                + " from audit_event where entity_id = 'TEST-AUDIT/1' order by id desc limit 1")
                .query()
                .singleRow();
        assertThat(row.get("actor")).isEqualTo("secretariat@demo");
        assertThat(row.get("action")).isEqualTo("UPDATE");
        assertThat(row.get("before_name")).isEqualTo("Test framework");
        assertThat(row.get("after_name")).isEqualTo("Renamed framework");
    }

    @Test
    void unknownFrameworkOrVersionIsA404Problem() {
        var res = http.get("/api/v1/frameworks/NO-SUCH-THING/versions/1");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(res.body()).get("detail").asString()).contains("NO-SUCH-THING");
        assertThat(http.get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/1999").statusCode())
                .isEqualTo(404);
    }

    static ObjectNode minimal(String code) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("code", code)
                .put("name", "Test framework")
                .put("objectiveLabel", "GOAL")
                .put("region", "WB");
        doc.put("reportingPeriodType", "YEARLY").put("version", "1").put("status", "ACTIVE");
        ArrayNode dims = doc.putArray("dimensions");
        ObjectNode sex = dims.addObject().put("code", "sex").put("name", "Sex");
        sex.putArray("categories").addObject().put("code", "female").put("name", "Female");
        ObjectNode o = doc.putArray("objectives")
                .addObject()
                .put("code", "G1")
                .put("number", 1)
                .put("title", "Goal one");
        ObjectNode i = o.putArray("indicators").addObject();
        i.put("code", "K1").put("title", "People trained").put("type", "COUNT").put("aggregation", "SUM");
        i.put("valueSource", "REPORTED").putArray("disaggregations").add("sex");
        return doc;
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.get("code").asString().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code);
    }
}
