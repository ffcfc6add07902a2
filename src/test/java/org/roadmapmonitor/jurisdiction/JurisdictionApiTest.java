package org.roadmapmonitor.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void kosovoCarriesTheUnWordingOnUnHostedFrameworksAndTheEuWordingOnTheEuActionPlanInEachLanguage() {
        JsonNode xk =
                JSON.readTree(Http.api(port).get("/api/v1/jurisdictions/XK").body());
        assertThat(xk.get("footnote").asString())
                .isEqualTo("References to Kosovo shall be understood to be in the context of Security Council"
                        + " resolution 1244 (1999).");
        assertThat(xk.get("footnotes").get("EU").get("en").asString()).contains("without prejudice", "ICJ Opinion");
        assertThat(xk.get("footnotes").get("UN").get("fr").asString())
                .contains("résolution 1244 (1999) du Conseil de sécurité");

        Http browser = Http.browser(port);
        for (String unHosted : new String[] {"/frameworks/WB-SALW-ROADMAP", "/funds/SLW00/projects/SLW-C1-XK-01"}) {
            assertThat(browser.get(unHosted).body())
                    .as(unHosted)
                    .contains("Security Council resolution 1244 (1999)")
                    .doesNotContain("ICJ Opinion");
        }
        assertThat(browser.get("/jurisdictions/XK").body())
                .as("Kosovo's own page shows both wordings")
                .contains("Security Council resolution 1244 (1999)", "ICJ Opinion");
        assertThat(browser.get("/frameworks/WB-SALW-ROADMAP?lang=es").body())
                .contains("Toda referencia a Kosovo debe entenderse");
        assertThat(browser.get("/frameworks/EU-FIREARMS-ACTION-PLAN?lang=en").body())
                .contains("ICJ Opinion on the Kosovo declaration of independence")
                .doesNotContain("Security Council resolution 1244 (1999).");
        assertThat(browser.get("/frameworks/EU-FIREARMS-ACTION-PLAN?lang=fr").body())
                .contains("avis de la CIJ sur la déclaration d&#39;indépendance du Kosovo");
    }

    @Test
    void kosovoAndMontserratAreMarkedAsNotUnMemberStatesAndLeftOutOfUnOutputs() {
        JsonNode all = JSON.readTree(Http.api(port).get("/api/v1/jurisdictions").body());
        for (JsonNode j : all) {
            String code = j.get("code").asString();
            switch (j.get("kind").asString()) {
                case "REGION" -> assertThat(j.get("unMember").isNull()).as(code).isTrue();
                case "JURISDICTION" ->
                    assertThat(j.get("unMember").asBoolean())
                            .as(code)
                            .isEqualTo(!code.equals("XK") && !code.equals("MS"));
                default -> {}
            }
        }
        assertThat(directory.isUnMember("BA-SRP")).as("a sub-unit as its state").isTrue();
        assertThat(directory.isUnMember("WB")).isFalse();
        assertThat(directory.unMemberStatesOnly(List.of("RS", "XK", "MS", "JM", "WB", "BA-BIH"), c -> c))
                .containsExactly("RS", "JM", "BA-BIH");
        assertThat(directory.forFramework("SDG")).extracting(Jurisdiction::code).doesNotContain("XK", "MS");
        assertThat(directory.forFramework("WB-SALW-ROADMAP"))
                .extracting(Jurisdiction::code)
                .contains("XK");
        assertThat(directory.forFramework("CARIBBEAN-FIREARMS-ROADMAP"))
                .extracting(Jurisdiction::code)
                .contains("MS");
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
