package org.roadmapmonitor.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class JurisdictionApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JurisdictionDirectory directory;

    @Test
    void westernBalkansMembersAreTheSixWithTheirRegion() {
        JsonNode list = JSON.readTree(Http.api(port)
                .get("/api/v1/jurisdictions?framework=WB-SALW-ROADMAP")
                .body());
        assertThat(list.findValuesAsString("code")).containsExactlyInAnyOrder("AL", "BA", "XK", "ME", "MK", "RS");
        for (JsonNode j : list) {
            assertThat(j.get("parent").asString()).isEqualTo("WB");
            assertThat(j.has("name")).isTrue();
            assertThat(j.has("footnote")).isTrue();
        }
    }

    @Test
    void kosovoCarriesItsDesignationFootnote() {
        JsonNode xk =
                JSON.readTree(Http.api(port).get("/api/v1/jurisdictions/XK").body());
        assertThat(xk.get("footnote").asString()).contains("UNSCR 1244");
        assertThat(Http.api(port).get("/jurisdictions/XK").body()).contains("UNSCR 1244");
        assertThat(Http.api(port).get("/frameworks/WB-SALW-ROADMAP").body()).contains("UNSCR 1244");
    }

    @Test
    void caribbeanAndCentralAmericanRoadmapsHaveTheirStates() {
        assertThat(directory.forFramework("CARIBBEAN-FIREARMS-ROADMAP")).hasSize(16);
        assertThat(directory.forFramework("CENTRAL-AMERICA-ROADMAP")).hasSize(7);
        assertThat(directory.require("MD").parent()).isEqualTo("SEE");
    }

    @Test
    void theHierarchyRollsUpThroughTheMaterialisedPath() {
        assertThat(directory.subtree("WB")).extracting(Jurisdiction::code).contains("WB", "RS", "BA", "BA-SRP");
        assertThat(directory.subtree("SEE")).extracting(Jurisdiction::code).contains("MD", "XK");
        assertThat(directory.require("BA-SRP").path()).isEqualTo("/WORLD/SEE/WB/BA/BA-SRP/");
    }

    @Test
    void unknownJurisdictionIsA404() {
        assertThat(Http.api(port).get("/api/v1/jurisdictions/ZZ").statusCode()).isEqualTo(404);
    }
}
