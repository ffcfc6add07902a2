package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page renders for the people who use it, in every language, with no untranslated key left. */
@IntegrationTest
class PagesTest {
    private static final String[] PUBLIC = {
        "/",
        "/frameworks",
        "/frameworks/WB-SALW-ROADMAP",
        "/frameworks/WB-SALW-ROADMAP/versions/2024",
        "/frameworks/WB-SALW-ROADMAP/versions/2030/indicators/KPI-1",
        "/frameworks/SDG/versions/2030/indicators/SDG-16.4.2",
        "/frameworks/CENTRAL-AMERICA-ROADMAP",
        "/frameworks/WB-SALW-ROADMAP/calendar",
        "/jurisdictions",
        "/jurisdictions/XK",
        "/jurisdictions/WB",
        "/frameworks/WB-SALW-ROADMAP/map?kpi=KPI-9",
        "/frameworks/WB-SALW-ROADMAP/kpis/KPI-8",
        "/frameworks/WB-SALW-ROADMAP/jurisdictions/XK",
        "/frameworks/WB-SALW-ROADMAP/gender",
        "/frameworks/CARIBBEAN-FIREARMS-ROADMAP/gender",
        "/periods",
        "/periods?code=2024S1",
        "/frameworks/WB-SALW-ROADMAP/dashboard",
        "/frameworks/CARIBBEAN-FIREARMS-ROADMAP/dashboard",
        "/frameworks/WB-SALW-ROADMAP/status-scale",
        "/open-data",
        "/meetings",
        "/meetings?type=REGIONAL_COORDINATION&jurisdiction=",
        "/action-points",
        "/action-plans",
        "/action-plans/1",
        "/activities",
        "/activities?framework=CARIBBEAN-FIREARMS-ROADMAP",
        "/activities/1",
        "/login"
    };
    private static final String[] SECRETARIAT = {
        "/admin/users",
        "/admin/users/1",
        "/admin/organisations",
        "/admin/audit",
        "/national-reports",
        "/publications",
        "/publications?framework=CENTRAL-AMERICA-ROADMAP",
        "/account",
        "/frameworks/import",
        "/frameworks/WB-SALW-ROADMAP/versions/2030/edit",
        "/frameworks/WB-SALW-ROADMAP/versions/2030/objectives/G1/edit",
        "/frameworks/WB-SALW-ROADMAP/versions/2030/objectives/new",
        "/frameworks/WB-SALW-ROADMAP/versions/2030/indicators/KPI-1/edit",
        "/frameworks/WB-SALW-ROADMAP/versions/2030/indicators/new?objective=G2",
        "/frameworks/WB-SALW-ROADMAP/jurisdictions/RS",
        "/frameworks/WB-SALW-ROADMAP/gender?jurisdiction=RS",
        "/evidence/records/tracing-requests",
        "/evidence/records/counted-items",
        "/evidence/imports/new",
        "/frameworks/WB-SALW-ROADMAP/dashboard",
        "/frameworks/WB-SALW-ROADMAP/status-scale",
        "/frameworks/WB-SALW-ROADMAP/tracing-response-time",
        "/meetings/new",
        "/meetings/1",
        "/action-points/mine",
        "/account/calendar",
        "/action-plans/2",
        "/activities?framework=WB-SALW-ROADMAP&version=2030&period=2026"
    };

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void publicPagesRenderInEveryLanguage(String lang) {
        var browser = Http.browser(port);
        for (String path : PUBLIC) {
            var res = browser.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.body()).as(path).doesNotContain("??").contains("lang=\"" + lang + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void secretariatPagesRenderInEveryLanguage(String lang) {
        var browser = Http.browser(port);
        browser.signIn("secretariat@demo", "demo");
        for (String path : SECRETARIAT) {
            var res = browser.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.body()).as(path).doesNotContain("??");
        }
    }

    @Test
    void theHomePageSaysWhatThisIsAndShowsTheDemoBanner() {
        String home = Http.api(port).get("/").body();
        assertThat(home)
                .contains("Run your regional arms-control roadmap")
                .contains("Demo data.")
                .contains("Western Balkans SALW Control Roadmap");
    }

    @Test
    void anUnknownPageIsAFriendly404WithoutInternals() {
        var res = Http.api(port).get("/frameworks/NOPE");
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(res.body()).contains("Not found").doesNotContain("Exception").doesNotContain("at org.");
    }
}
