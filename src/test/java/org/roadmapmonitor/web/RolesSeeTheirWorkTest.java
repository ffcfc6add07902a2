package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each role lands on its work after signing in, and nobody is offered an action the server would refuse. */
@IntegrationTest
class RolesSeeTheirWorkTest {
    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
        "secretariat@demo, /reports/board",
        "editor.rs@demo, /reports",
        "approver.rs@demo, /reports",
        "puno.undp@demo, /funds/SLW00",
        "donor@demo, /funds/SLW00#status"
    })
    void eachRoleLandsOnItsWorkAfterSigningIn(String email, String landing) {
        var res = Http.browser(port).signIn(email, "demo");
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(res.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(landing));
    }

    @Test
    void aFundAdministratorLandsOnTheFundOrOnTheListWhenTheyKeepSeveral() {
        var res = Http.browser(port).signIn("fund.admin@demo", "demo");
        assertThat(res.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).matches(".*/funds(/SLW00)?"));
    }

    @Test
    void aDonorIsOfferedNeitherRecordingMoneyNorStartingAReport() {
        var donor = Http.browser(port);
        donor.signIn("donor@demo", "demo");
        assertThat(donor.get("/funds/SLW00").body()).doesNotContain("/funds/SLW00/post/");
        assertThat(donor.get("/funds/SLW00/post/deposits").statusCode()).isEqualTo(403);
        assertThat(donor.get("/reports").body()).doesNotContain("action=\"/reports\" method=\"post\"");
        var undp = Http.browser(port);
        undp.signIn("puno.undp@demo", "demo");
        assertThat(undp.get("/reports").body()).doesNotContain("action=\"/reports\" method=\"post\"");
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        assertThat(editor.get("/reports").body()).contains("action=\"/reports\" method=\"post\"");
    }

    @Test
    void theSecretariatIsNotOfferedToChangeAReportThatIsBackWithItsJurisdiction() {
        JsonNode returned = JsonMapper.builder()
                .build()
                .readTree(Http.api(port)
                        .basic("secretariat@demo", "demo")
                        .get("/api/v1/reports?jurisdiction=XK&state=RETURNED")
                        .body())
                .get(0);
        long id = returned.get("id").asLong();
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        var page = secretariat.get("/reports/" + id).body();
        assertThat(page).doesNotContain("id=\"report-form\"", "/reports/" + id + "/upload");
        var put = Http.api(port)
                .basic("secretariat@demo", "demo")
                .put(
                        "/api/v1/reports/" + id + "/values",
                        "[]",
                        "If-Match",
                        "\"" + returned.get("revision").asLong() + "\"");
        assertThat(put.statusCode()).isEqualTo(403);
        var editor = Http.browser(port);
        editor.signIn("editor.xk@demo", "demo");
        assertThat(editor.get("/reports/" + id).body()).contains("id=\"report-form\"");
    }

    @Test
    void thePeriodBoardShowsEachReportsDueDateAndDaysLeft() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        var board = secretariat.get("/reports/board?lang=en").body();
        assertThat(board).containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">");
        assertThat(board).containsPattern("days? (left|overdue)|due today");
    }
}
