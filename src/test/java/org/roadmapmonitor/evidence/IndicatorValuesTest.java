package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Derived KPIs of the Western Balkans Roadmap computed from records as they are recorded. */
@IntegrationTest
class IndicatorValuesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Http secretariat() {
        return Http.api(port).basic("secretariat@demo", "demo");
    }

    private Map<String, JsonNode> cells(String indicator, String jurisdiction, String period) {
        var res = secretariat()
                .get("/api/v1/indicators/WB-SALW-ROADMAP/" + indicator + "/values?jurisdiction=" + jurisdiction
                        + "&period=" + period);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        var out = new HashMap<String, JsonNode>();
        JSON.readTree(res.body())
                .get("values")
                .forEach(v -> out.put(v.get("disaggregationKey").asString(), v));
        return out;
    }

    @Test
    void kpi6IsSdg1642AsARatioWithItsPartsAndKpi11CountsDestroyedWeapons() throws InterruptedException {
        var res = secretariat().sendRaw("/api/v1/imports?type=weapon-items", "text/csv", """
                        event_ref,event_type,criminal_offence,event_date,jurisdiction,category,serial_number,marking_status,tracing_status,origin_established,origin_method
                        MK-K1,SEIZED,true,2015-02-01,MK,PISTOL,K1,UNIQUELY_MARKED,TRACED,true,TRACING
                        MK-K1,SEIZED,true,2015-02-01,MK,PISTOL,K2,UNIQUELY_MARKED,PENDING,false,
                        MK-K2,FOUND,,2015-03-01,MK,RIFLE,K3,UNMARKED,NOT_ATTEMPTED,false,
                        MK-K3,SEIZED,false,2015-04-01,MK,RIFLE,K4,UNMARKED,TRACED,true,TRACING
                        """);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!secretariat().get("/api/v1/imports/" + id).body().contains("SUCCEEDED")) {
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(200);
        }
        var kpi6 = cells("KPI-6", "MK", "2015");
        assertThat(kpi6.get("").get("numerator").decimalValue()).isEqualByComparingTo("1");
        assertThat(kpi6.get("").get("denominator").decimalValue()).isEqualByComparingTo("3");
        assertThat(kpi6.get("").get("value").decimalValue()).isEqualByComparingTo("0.333333");
        assertThat(kpi6.get("event=found").get("denominator").decimalValue()).isEqualByComparingTo("1");
        assertThat(kpi6.get("tracing_level=pending").get("denominator").decimalValue())
                .isEqualByComparingTo("1");

        var created = secretariat().post("/api/v1/evidence/destructions", """
                {"jurisdiction": "MK", "destructionRef": "MK-D1", "destroyedOn": "2015-06-01", "method": "SMELTING",
                 "smallArms": 120, "lightWeapons": 3}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var kpi11 = cells("KPI-11", "MK", "2015");
        assertThat(kpi11.get("").get("value").decimalValue()).isEqualByComparingTo("123");
        assertThat(kpi11.get("weapon_category=light_weapons").get("value").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(cells("KPI-11", "WB", "2015").get("").get("value").decimalValue())
                .isEqualByComparingTo("123");
    }

    @Test
    void aTypedIndicatorHasNoComputedValues() {
        assertThat(secretariat()
                        .get("/api/v1/indicators/WB-SALW-ROADMAP/KPI-5/values?jurisdiction=MK&period=2015")
                        .statusCode())
                .isEqualTo(400);
    }
}
