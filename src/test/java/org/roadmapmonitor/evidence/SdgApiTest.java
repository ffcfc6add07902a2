package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SDG 16.4.2 from imported weapons, through the API: per jurisdiction, per region as a ratio of sums. */
@IntegrationTest
class SdgApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Http secretariat() {
        return Http.api(port).basic("secretariat@demo", "demo");
    }

    private static final String HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,category,"
            + "serial_number,marking_status,antique,tracing_status,origin_established,origin_method\n";

    private void importAndWait(String csv) {
        var res = secretariat().sendRaw("/api/v1/imports?type=weapon-items", "text/csv", HEADER + csv);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String state;
        do {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            state = JSON.readTree(secretariat().get("/api/v1/imports/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.equals("SUCCEEDED") && !state.equals("FAILED") && System.nanoTime() < until);
        assertThat(state).isEqualTo("SUCCEEDED");
    }

    private JsonNode sdg(String jurisdiction, String period) {
        var res = secretariat().get("/api/v1/sdg/16.4.2?jurisdiction=" + jurisdiction + "&period=" + period);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    @Test
    void aRegionIsTheSumOfNumeratorsOverTheSumOfDenominatorsCountingWeaponsInTheYearOfTheEvent() {
        importAndWait("""
                JM-S1,SEIZED,true,2016-03-01,JM,PISTOL,A1,UNIQUELY_MARKED,false,TRACED,true,TRACING
                JM-S1,SEIZED,true,2016-03-01,JM,PISTOL,A2,UNIQUELY_MARKED,false,PENDING,false,
                JM-F1,FOUND,,2016-12-31,JM,RIFLE,,UNMARKED,false,NOT_ATTEMPTED,false,
                JM-A1,SEIZED,false,2016-05-05,JM,PISTOL,A3,UNIQUELY_MARKED,false,TRACED,true,TRACING
                JM-O1,SURRENDERED,,2016-06-06,JM,REVOLVER,A4,UNIQUELY_MARKED,true,TRACED,true,TRACING
                JM-N1,SEIZED,true,2017-01-01,JM,PISTOL,A5,UNIQUELY_MARKED,false,TRACED,true,TRACING
                TT-S1,SEIZED,true,2016-07-07,TT,PISTOL,B1,UNIQUELY_MARKED,false,INSUFFICIENT_INFORMATION,true,COMPETENT_AUTHORITY
                """);
        JsonNode jm = sdg("JM", "2016");
        assertThat(jm.get("numerator").asLong()).isEqualTo(1);
        assertThat(jm.get("denominator").asLong()).isEqualTo(3);
        assertThat(jm.get("value").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(jm.get("excluded").get("antiques").asLong()).isEqualTo(1);
        assertThat(jm.get("excluded").get("administrativeSeizures").asLong()).isEqualTo(1);
        assertThat(jm.get("breakdown")
                        .get("eventType")
                        .get("FOUND")
                        .get("denominator")
                        .asLong())
                .isEqualTo(1);
        assertThat(jm.get("breakdown").get("tracingOutcome").get("PENDING").asLong())
                .isEqualTo(1);

        JsonNode tt = sdg("TT", "2016");
        assertThat(tt.get("value").decimalValue()).isEqualByComparingTo("100.0");

        JsonNode region = sdg("CARIB", "2016");
        assertThat(region.get("numerator").asLong()).isEqualTo(2);
        assertThat(region.get("denominator").asLong()).isEqualTo(4);
        assertThat(region.get("value").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(region.get("breakdown")
                        .get("method")
                        .get("COMPETENT_AUTHORITY")
                        .asLong())
                .isEqualTo(1);
        assertThat(region.get("breakdown")
                        .get("uniquelyMarked")
                        .get("denominator")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void aYearWithoutWeaponsHasNoValueAndSaysWhy() {
        JsonNode r = sdg("GY", "2015");
        assertThat(r.get("value").isNull()).isTrue();
        assertThat(r.get("denominator").asLong()).isZero();
        assertThat(r.get("reason").asString()).contains("no value rather than 0");
    }

    @Test
    void computedFiguresAreForTheSecretariatAndTheJurisdictionItself() {
        assertThat(Http.api(port)
                        .get("/api/v1/sdg/16.4.2?jurisdiction=RS&period=2016")
                        .statusCode())
                .isEqualTo(403);
        var rs = Http.api(port).basic("editor.rs@demo", "demo");
        assertThat(rs.get("/api/v1/sdg/16.4.2?jurisdiction=RS&period=2016").statusCode())
                .isEqualTo(200);
        assertThat(rs.get("/api/v1/sdg/16.4.2?jurisdiction=XK&period=2016").statusCode())
                .isEqualTo(403);
        assertThat(secretariat()
                        .get("/api/v1/sdg/16.4.2?jurisdiction=RS&period=2016S1")
                        .statusCode())
                .isEqualTo(400);
        assertThat(secretariat()
                        .get("/api/v1/sdg/16.4.2?jurisdiction=NOPE&period=2016")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSdgSeriesLeavesOutJurisdictionsThatAreNotUnMemberStatesAlsoFromRegions() {
        importAndWait("""
                XK-U1,SEIZED,true,2012-03-01,XK,PISTOL,U1,UNIQUELY_MARKED,false,TRACED,true,TRACING
                XK-U1,SEIZED,true,2012-03-01,XK,PISTOL,U2,UNIQUELY_MARKED,false,TRACED,true,TRACING
                ME-U1,SEIZED,true,2012-04-01,ME,PISTOL,U3,UNIQUELY_MARKED,false,PENDING,false,
                """);
        JsonNode xk = sdg("XK", "2012");
        assertThat(xk.get("value").isNull()).isTrue();
        assertThat(xk.get("denominator").asLong()).isZero();
        assertThat(xk.get("reason").asString()).contains("only UN Member States");

        JsonNode wb = sdg("WB", "2012");
        assertThat(wb.get("numerator").asLong()).isZero();
        assertThat(wb.get("denominator").asLong()).isEqualTo(1);
    }
}
