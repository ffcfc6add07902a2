package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.fund.FundApiTest.json;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fund administrator sets up a fund of their own, with its own fee rate. */
@IntegrationTest
class FundSetupApiTest {
    static final String FUND = """
            {"code":"CFR01","name":"Caribbean Firearms Roadmap Trust Fund (test)","framework":"CARIBBEAN-FIREARMS-ROADMAP",
             "administrativeAgent":"Test agent","chair":"Test chair","startDate":"2024-01-01","endDate":"2030-12-31",
             "feeRate":0.02,"participatingOrganisations":[{"code":"UNLIREC","name":"UNLIREC"}]}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFundAdministratorSetsUpTheFundTheirRoleNamesWithItsOwnFeeRate() {
        Http admin = Http.api(port).basic("fund.admin@demo", "demo");
        assertThat(admin.post("/api/v1/funds", FUND).statusCode()).isEqualTo(403);
        jdbc.sql("""
                insert into role_assignment (user_id, role, scope_code)
                select id, 'FUND_ADMIN', 'CFR01' from app_user where email = 'fund.admin@demo'""").update();

        var res = admin.post("/api/v1/funds", FUND);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(json(res).get("feeRate").asString()).isEqualTo("0.02");
        assertThat(json(res).get("indirectRate").asString()).isEqualTo("0.07");
        assertThat(admin.post("/api/v1/funds", FUND).statusCode()).isEqualTo(409);

        jdbc.sql("insert into donor (fund_code, code, name) values ('CFR01', 'CA', 'Canada (test)')")
                .update();
        var deposit = admin.post(
                "/api/v1/funds/CFR01/deposits",
                "{\"donor\":\"CA\",\"date\":\"2024-05-02\",\"amount\":\"100000\",\"currency\":\"CAD\",\"usdRate\":\"0.7310\"}");
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
        assertThat(json(deposit).get("linked").get(0).get("usd").asString()).isEqualTo("1462.00");

        var shared = admin.post(
                "/api/v1/funds",
                FUND.replace("\"chair\"", "\"administrativeAgentIatiRef\":\"XM-DAC-41114\",\"chair\"")
                        .replace("\"name\":\"UNLIREC\"", "\"name\":\"UNDP\",\"iatiRef\":\"XM-DAC-41114\""));
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(422);
        assertThat(json(shared).get("problems").findValuesAsString("path")).contains("administrativeAgentIatiRef");

        var bad =
                admin.post("/api/v1/funds", "{\"code\":\"x\",\"startDate\":\"soon\",\"feeRate\":\"1.5\",\"colour\":1}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(json(bad).get("problems").findValuesAsString("path")).contains("colour", "startDate");
    }
}
