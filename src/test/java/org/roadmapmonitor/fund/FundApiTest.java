package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fund API through the real server on PostgreSQL, against the demo fund SLW00. */
@IntegrationTest
class FundApiTest {
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static final String FUND = "/api/v1/funds/SLW00";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http admin;

    @BeforeEach
    void client() {
        admin = Http.api(port).basic("fund.admin@demo", "demo");
    }

    static JsonNode json(HttpResponse<String> res) {
        return JSON.readTree(res.body());
    }

    static BigDecimal dec(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asString());
    }

    JsonNode status() {
        return json(Http.api(port).get(FUND + "/status"));
    }

    @Test
    void listsTheDemoFundWithItsAgentAndParticipatingOrganisations() {
        JsonNode funds = json(Http.api(port).get("/api/v1/funds"));
        JsonNode slw = funds.get(0);
        assertThat(slw.get("code").asString()).isEqualTo("SLW00");
        assertThat(slw.get("name").asString())
                .isEqualTo("Western Balkans SALW Control Roadmap Multi-Partner Trust Fund");
        assertThat(slw.get("framework").asString()).isEqualTo("WB-SALW-ROADMAP");
        assertThat(slw.get("organisations").findValuesAsString("code")).contains("MPTFO", "UNDP", "UNODC");
        assertThat(json(Http.api(port).get(FUND + "/donors")).findValuesAsString("code"))
                .containsExactlyInAnyOrder("DE", "UK", "NL", "SE", "FR", "NO");
        assertThat(json(Http.api(port).get(FUND + "/projects")).size()).isEqualTo(12);
    }

    @Test
    void aDepositOfAMillionEurosAt10850CountsExactlyAsTheIssueSays() {
        JsonNode before = status();
        var res = admin.post(
                FUND + "/deposits",
                "{\"donor\":\"NL\",\"date\":\"" + LocalDate.now()
                        + "\",\"amount\":\"1000000.00\",\"currency\":\"EUR\",\"usdRate\":1.0850}");

        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        JsonNode entry = json(res);
        assertThat(entry.get("type").asString()).isEqualTo("CONTRIBUTION");
        assertThat(entry.get("usd").asString()).isEqualTo("1085000.00");
        assertThat(entry.get("linked").get(0).get("type").asString()).isEqualTo("ADMINISTRATIVE_AGENT_FEE");
        assertThat(entry.get("linked").get(0).get("usd").asString()).isEqualTo("10850.00");
        assertThat(res.headers().firstValue("Location"))
                .hasValue(FUND + "/ledger/" + entry.get("id").asLong());
        JsonNode after = status();
        assertThat(dec(after, "contributions").subtract(dec(before, "contributions")))
                .isEqualByComparingTo("1085000.00");
        assertThat(dec(after, "administrativeAgentFee").subtract(dec(before, "administrativeAgentFee")))
                .isEqualByComparingTo("10850.00");
        assertThat(dec(after, "balanceWithAgent").subtract(dec(before, "balanceWithAgent")))
                .isEqualByComparingTo("1074150.00");
        BigDecimal stored = jdbc.sql("select usd_amount from ledger_entry where id = ?")
                .param(entry.get("id").asLong())
                .query(BigDecimal.class)
                .single();
        assertThat(stored).isEqualByComparingTo("1085000.00");
    }

    @Test
    void amountsWithMoreDigitsThanADoubleHoldAreKeptExactly() {
        var res = admin.post(
                FUND + "/interest",
                "{\"date\":\"" + LocalDate.now() + "\",\"amount\":12345678901234.57,\"currency\":\"USD\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(json(res).get("amount").asString()).isEqualTo("12345678901234.57");
        assertThat(json(res).get("usd").asString()).isEqualTo("12345678901234.57");
        var reversal =
                admin.post(FUND + "/ledger/" + json(res).get("id").asLong() + "/reversal", "{\"reason\":\"test\"}");
        assertThat(reversal.statusCode()).isEqualTo(201);
    }

    @Test
    void anUnknownCurrencyOrTenthsOfACentAreRefused() {
        var res = admin.post(
                FUND + "/deposits",
                "{\"donor\":\"DE\",\"date\":\"" + LocalDate.now()
                        + "\",\"amount\":\"100.123\",\"currency\":\"EUR\",\"usdRate\":\"1.08\"}");
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.body()).contains("more decimals than EUR has (2)");
        var xyz = admin.post(
                FUND + "/deposits",
                "{\"donor\":\"DE\",\"date\":\"" + LocalDate.now()
                        + "\",\"amount\":\"100\",\"currency\":\"XYZ\",\"usdRate\":\"1\"}");
        assertThat(xyz.statusCode()).isEqualTo(422);
        assertThat(xyz.body()).contains("not an ISO 4217 currency code");
    }

    @Test
    void theStatementReconcilesAndFollowsTheAsOfDate() {
        JsonNode now = status();
        assertThat(dec(now, "totalBalance"))
                .isEqualByComparingTo(
                        dec(now, "balanceWithAgent").add(dec(now.get("participatingOrganisations"), "balance")));
        assertThat(now.get("currency").asString()).isEqualTo("USD");
        JsonNode early = json(Http.api(port).get(FUND + "/status?asOf=2020-06-10"));
        // Germany EUR 4.45M and the UK GBP 2M had arrived by June 2020, with France and the Netherlands
        assertThat(dec(early, "contributions")).isEqualByComparingTo("10230400.00");
        assertThat(dec(early, "transfers")).isPositive();
        assertThat(dec(now, "contributions")).isGreaterThan(dec(early, "contributions"));
        JsonNode march2023 = json(Http.api(port).get(FUND + "/status?asOf=2023-03-31"));
        assertThat(dec(march2023, "contributions")).isBetween(new BigDecimal("24000000"), new BigDecimal("24400000"));
        assertThat(Http.api(port).get(FUND + "/status?asOf=yesterday").statusCode())
                .isEqualTo(400);
    }
}
