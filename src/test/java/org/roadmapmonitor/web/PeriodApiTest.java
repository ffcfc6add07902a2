package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PeriodApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aPeriodCodeIsParsedWithItsDates() {
        JsonNode p = JSON.readTree(Http.api(port).get("/api/v1/periods/2024S2").body());
        assertThat(p.get("code").asString()).isEqualTo("2024S2");
        assertThat(p.get("type").asString()).isEqualTo("SIX_MONTHLY");
        assertThat(p.get("start").asString()).isEqualTo("2024-07-01");
        assertThat(p.get("end").asString()).isEqualTo("2024-12-31");
        JsonNode month =
                JSON.readTree(Http.api(port).get("/api/v1/periods/202402").body());
        assertThat(month.get("end").asString()).isEqualTo("2024-02-29");
    }

    @Test
    void anInvalidCodeIsABadRequestSayingWhy() {
        var res = Http.api(port).get("/api/v1/periods/2024Q5");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("2024Q5").contains("Q1").doesNotContain("Exception");
    }

    @Test
    void thePeriodExplorerPageExplainsACode() {
        String page = Http.api(port).get("/periods?code=2024Q3").body();
        assertThat(page).contains("2024Q3").contains("2024S2").contains("202407");
    }
}
