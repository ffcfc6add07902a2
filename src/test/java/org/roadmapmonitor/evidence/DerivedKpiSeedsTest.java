package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Western Balkans KPIs that evidence records can serve are shipped as derived, and the demo reports agree
 * with the demo evidence: a published demo report holds the figures computed from the demo records.
 */
@IntegrationTest
class DerivedKpiSeedsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Map<String, String> formulas(String version) {
        JsonNode doc = JSON.readTree(Http.api(port)
                .get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/" + version)
                .body());
        var out = new HashMap<String, String>();
        for (JsonNode o : doc.get("objectives")) {
            for (JsonNode i : o.get("indicators")) {
                if ("DERIVED".equals(i.path("valueSource").asString())) {
                    out.put(i.get("code").asString(), i.get("formula").asString());
                }
            }
        }
        return out;
    }

    @Test
    void theRoadmapKpisThatRecordsServeAreComputedFromThem() {
        var kpis = Map.of(
                "KPI-6", "evidence:sdg_16_4_2",
                "KPI-8", "evidence:firearm_victims",
                "KPI-9", "evidence:weapons_recovered",
                "KPI-11", "evidence:weapons_destroyed");
        assertThat(formulas("2030")).containsExactlyInAnyOrderEntriesOf(kpis);
        assertThat(formulas("2024")).containsExactlyInAnyOrderEntriesOf(kpis);
    }

    @Test
    void aPublishedDemoReportHoldsTheKpisComputedFromTheDemoEvidence() throws InterruptedException {
        var secretariat = Http.api(port).basic("secretariat@demo", "demo");
        JsonNode list = JSON.readTree(secretariat
                .get("/api/v1/reports?framework=WB-SALW-ROADMAP&jurisdiction=AL&period=2018")
                .body());
        long id = list.get(0).get("id").asLong();
        BigDecimal computed = null;
        BigDecimal published = null;
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            for (JsonNode c : JSON.readTree(secretariat
                            .get("/api/v1/indicators/WB-SALW-ROADMAP/KPI-9/values?jurisdiction=AL&period=2018")
                            .body())
                    .get("values")) {
                if (c.get("disaggregationKey").asString().isEmpty()) {
                    computed = c.get("value").decimalValue();
                }
            }
            published = publishedTotal(id, "KPI-9");
            if (published != null && computed.signum() > 0 && published.compareTo(computed) == 0) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(computed).isPositive();
        assertThat(published).as("KPI-9 of the published AL 2018 demo report").isEqualByComparingTo(computed);
    }

    private BigDecimal publishedTotal(long report, String indicator) {
        for (JsonNode v : JSON.readTree(
                        Http.api(port).get("/api/v1/reports/" + report).body())
                .get("values")) {
            if (v.get("indicator").asString().equals(indicator)
                    && v.get("disaggregation").isEmpty()) {
                return new BigDecimal(v.get("value").asString());
            }
        }
        return null;
    }
}
