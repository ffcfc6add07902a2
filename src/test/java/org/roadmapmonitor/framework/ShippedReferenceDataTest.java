package org.roadmapmonitor.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shipped frameworks as the public record has them (domain.md, "Corrections (verified 2026-12-01)"). */
@IntegrationTest
class ShippedReferenceDataTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode version(String code, String version) {
        return JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/" + code + "/versions/" + version)
                .body());
    }

    private static JsonNode indicator(JsonNode doc, String code) {
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if (i.get("code").asString().equals(code)) {
                    return i;
                }
            }
        }
        throw new AssertionError(code + " is missing");
    }

    @Test
    void theEuActionPlanHasEndedLinksToRoadmap2024AndListsItsActionsBetweenPrioritiesAndKpis() {
        JsonNode eu = version("EU-FIREARMS-ACTION-PLAN", "2020-2025");
        assertThat(eu.get("status").asString()).isEqualTo("ENDED");
        for (JsonNode crosswalk : eu.findValues("crosswalks")) {
            for (JsonNode c : crosswalk) {
                if (c.get("framework").asString().equals("WB-SALW-ROADMAP")) {
                    assertThat(c.get("version").asString()).as(c.toString()).isEqualTo("2024");
                }
            }
        }
        JsonNode action = eu.get("objectives").get(0).get("actions").get(0);
        assertThat(action.get("code").asString()).isEqualTo("1.1");
        assertThat(action.get("indicators").get(0).asString()).isEqualTo("KPI-1");
        assertThat(eu.get("objectives").findValues("actions")).hasSize(4);
        assertThat(Http.browser(port)
                        .get("/frameworks/EU-FIREARMS-ACTION-PLAN?lang=en")
                        .body())
                .contains("Action 1.1", "ended");
    }

    @Test
    void actionsRoundTripThroughExportAndImportAndMayOnlyTagTheVersionsOwnIndicators() {
        ObjectNode copy = (ObjectNode) version("EU-FIREARMS-ACTION-PLAN", "2020-2025");
        copy.put("code", "TEST-ACTIONS");
        Http secretariat = Http.api(port).basic("secretariat@demo", "demo");
        assertThat(secretariat
                        .post("/api/v1/frameworks", JSON.writeValueAsString(copy))
                        .statusCode())
                .isEqualTo(201);
        assertThat(version("TEST-ACTIONS", "2020-2025")).isEqualTo(copy);

        copy.put("code", "TEST-ACTIONS-BAD");
        ObjectNode action =
                (ObjectNode) copy.get("objectives").get(0).get("actions").get(0);
        ((ArrayNode) action.get("indicators")).add("KPI-99");
        var refused = secretariat.post("/api/v1/frameworks", JSON.writeValueAsString(copy));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("problems").findValuesAsString("path"))
                .containsExactly("objectives[0].actions[0].indicators[1]");
    }

    @Test
    void theInventedRoadmapBaselinesAreDemoDataNotPartOfTheStandardSeed() throws Exception {
        JsonNode seed =
                JSON.readTree(new ClassPathResource("seed/frameworks/wb-salw-roadmap-2024.json").getInputStream());
        assertThat(seed.findValues("baselines"))
                .allSatisfy(b -> assertThat(b.isEmpty()).isTrue());
        // the tests run in demo mode, where the illustrative ones are loaded through the catalogue
        assertThat(indicator(version("WB-SALW-ROADMAP", "2024"), "KPI-1").get("baselines"))
                .hasSize(6);
    }

    @Test
    void sdg1642AndKpi6BreakDownAsTheUnMetadataSays() {
        JsonNode sdg = version("SDG", "2030");
        JsonNode indicator = indicator(sdg, "SDG-16.4.2");
        assertThat(indicator.get("definition").asString())
                .contains("manufactured before 1900", "splits the denominator", "per cent");
        assertThat(indicator.get("unit").asString()).contains("per cent");
        for (JsonNode doc :
                new JsonNode[] {sdg, version("WB-SALW-ROADMAP", "2024"), version("WB-SALW-ROADMAP", "2030")}) {
            JsonNode kpi = indicator(doc, doc.get("code").asString().equals("SDG") ? "SDG-16.4.2" : "KPI-6");
            assertThat(kpi.get("disaggregations").valueStream().map(JsonNode::asString))
                    .containsExactly("event", "tracing_level", "method", "marking");
            for (JsonNode dimension : doc.get("dimensions")) {
                switch (dimension.get("code").asString()) {
                    case "tracing_level" ->
                        assertThat(dimension.get("name").asString()).contains("splits the denominator");
                    case "method" ->
                        assertThat(dimension.findValuesAsString("code")).contains("tracing", "competent_authority");
                    case "marking" ->
                        assertThat(dimension.findValuesAsString("code")).contains("uniquely_marked");
                    default -> {}
                }
            }
        }
    }
}
