package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roadmapmonitor.fund.FundApiTest.FUND;
import static org.roadmapmonitor.fund.FundApiTest.dec;
import static org.roadmapmonitor.fund.FundApiTest.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every posting type, the ledger's refusals and who may post, through the real server on PostgreSQL. */
@IntegrationTest
class FundPostingsApiTest {
    static final String TODAY = LocalDate.now().toString();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http admin;

    @BeforeEach
    void client() {
        admin = Http.api(port).basic("fund.admin@demo", "demo");
    }

    JsonNode status() {
        return json(Http.api(port).get(FUND + "/status"));
    }

    JsonNode post(Http who, String path, String body, int expected) {
        var res = who.post(FUND + path, body);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(expected);
        return json(res);
    }

    @Test
    void otherIncomeRefundsToDonorsAndTransfersToOtherMdtfsAreRecordedAndShownAsTheGatewayShowsThem() {
        JsonNode before = status();
        post(admin, "/other-income", "{\"date\":\"" + TODAY + "\",\"amount\":\"700\",\"currency\":\"USD\"}", 201);
        post(
                admin,
                "/donor-refunds",
                "{\"donor\":\"UK\",\"date\":\"" + TODAY + "\",\"amount\":\"300\",\"currency\":\"USD\"}",
                201);
        var noFund = post(
                admin, "/mdtf-transfers", "{\"date\":\"" + TODAY + "\",\"amount\":\"200\",\"currency\":\"USD\"}", 422);
        assertThat(noFund.get("problems").findValuesAsString("path")).containsExactly("memo");
        post(
                admin,
                "/mdtf-transfers",
                "{\"date\":\"" + TODAY
                        + "\",\"amount\":\"200\",\"currency\":\"USD\",\"memo\":\"Peacebuilding Fund (PBF)\"}",
                201);
        post(
                admin,
                "/donor-refunds",
                "{\"donor\":\"UK\",\"date\":\"" + TODAY + "\",\"amount\":\"900000000\",\"currency\":\"USD\"}",
                409);
        assertThat(Http.api(port)
                        .basic("puno.undp@demo", "demo")
                        .post(
                                FUND + "/other-income",
                                "{\"date\":\"" + TODAY + "\",\"amount\":\"1\",\"currency\":\"USD\"}")
                        .statusCode())
                .isEqualTo(403);

        JsonNode after = status();
        assertThat(dec(after, "otherIncome").subtract(dec(before, "otherIncome")))
                .isEqualByComparingTo("700");
        assertThat(dec(after, "refundsToDonors").subtract(dec(before, "refundsToDonors")))
                .isEqualByComparingTo("300");
        assertThat(dec(after, "transfersToMdtfs").subtract(dec(before, "transfersToMdtfs")))
                .isEqualByComparingTo("200");
        assertThat(dec(after, "totalSources").subtract(dec(before, "totalSources")))
                .isEqualByComparingTo("200");
        assertThat(after.get("administrativeAgent").asString())
                .isEqualTo("United Nations Multi-Partner Trust Fund Office (hosted by UNDP)");
        JsonNode line = null;
        for (JsonNode l : after.get("lines")) {
            if (l.get("key").asString().equals("otherIncome")) {
                line = l;
            }
        }
        assertThat(line).isNotNull();
        assertThat(new BigDecimal(line.get("currentYear").asString())
                        .add(new BigDecimal(line.get("priorYears").asString())))
                .isEqualByComparingTo(line.get("cumulative").asString());

        String page = Http.browser(port).get("/funds/SLW00").body();
        assertThat(page)
                .contains(
                        "Other income",
                        "Transfers to other MDTFs",
                        "Refunds by the administrative agent to donors",
                        "Net funded amount",
                        "Prior years (to " + (LocalDate.now().getYear() - 1) + "-12-31)",
                        "Current year (" + LocalDate.now().getYear() + ")",
                        "Cumulative",
                        "United Nations Multi-Partner Trust Fund Office (hosted by UNDP)");
    }

    @Test
    void everyPostingTypeMovesItsLineOfTheStatement() {
        JsonNode before = status();
        post(
                admin,
                "/transfers",
                "{\"project\":\"SLW-C3-AL-02\",\"date\":\"" + TODAY + "\",\"amount\":\"100000\",\"currency\":\"USD\"}",
                201);
        post(
                admin,
                "/expenditures",
                "{\"project\":\"SLW-C3-AL-02\",\"date\":\"" + TODAY
                        + "\",\"amount\":\"40000.50\",\"currency\":\"USD\",\"kind\":\"INTERIM\",\"year\":"
                        + LocalDate.now().getYear() + "}",
                201);
        post(
                admin,
                "/refunds",
                "{\"project\":\"SLW-C3-AL-02\",\"date\":\"" + TODAY + "\",\"amount\":\"5000\",\"currency\":\"USD\"}",
                201);
        post(admin, "/interest", "{\"date\":\"" + TODAY + "\",\"amount\":\"1000\",\"currency\":\"USD\"}", 201);
        post(
                admin,
                "/interest",
                "{\"organisation\":\"UNDP\",\"date\":\"" + TODAY + "\",\"amount\":\"200\",\"currency\":\"USD\"}",
                201);
        post(
                admin,
                "/direct-costs",
                "{\"organisation\":\"UNDP\",\"date\":\"" + TODAY + "\",\"amount\":\"3000\",\"currency\":\"USD\"}",
                201);
        post(admin, "/bank-charges", "{\"date\":\"" + TODAY + "\",\"amount\":\"12.34\",\"currency\":\"USD\"}", 201);

        JsonNode after = status();
        assertThat(diff(after, before, "transfers")).isEqualByComparingTo("100000");
        assertThat(diff(
                        after.get("participatingOrganisations"),
                        before.get("participatingOrganisations"),
                        "expenditure"))
                .isEqualByComparingTo("40000.50");
        assertThat(diff(after, before, "refunds")).isEqualByComparingTo("5000");
        assertThat(diff(after, before, "fundInterest")).isEqualByComparingTo("1000");
        assertThat(diff(after, before, "organisationInterest")).isEqualByComparingTo("200");
        assertThat(diff(after, before, "directCosts")).isEqualByComparingTo("3000");
        assertThat(diff(after, before, "bankCharges")).isEqualByComparingTo("12.34");
        assertThat(diff(after, before, "totalBalance"))
                .isEqualByComparingTo("-41812.84"); // 1200 - 3000 - 12.34 - 40000.50
        JsonNode project = find(json(Http.api(port).get(FUND + "/projects")), "SLW-C3-AL-02");
        assertThat(project.get("status").asString()).isEqualTo("ACTIVE"); // its first transfer activated it
        assertThat(project.get("netFunded").asString()).isEqualTo("95000.00");
    }

    @Test
    void problemsAreListedTogetherWithTheirFieldsAndNothingIsRecorded() {
        long entries = count();
        var res = admin.post(
                FUND + "/deposits",
                "{\"donor\":\"XX\",\"date\":\"31/12/2024\",\"amount\":\"12,5\",\"currency\":\"euro\",\"colour\":\"red\"}");
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json(res).get("problems").findValuesAsString("path")).containsExactly("colour");

        res = admin.post(
                FUND + "/deposits",
                "{\"donor\":\"XX\",\"date\":\"31/12/2024\",\"amount\":\"12,5\",\"currency\":\"euro\"}");
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(json(res).get("problems").findValuesAsString("path"))
                .contains("donor", "date", "amount", "currency");
        res = admin.post(
                FUND + "/expenditures",
                "{\"project\":\"SLW-C2-AL-01\",\"date\":\"2099-01-01\",\"amount\":-5,\"kind\":\"SOMETIMES\"}");
        assertThat(json(res).get("problems").findValuesAsString("path")).contains("kind", "year");
        assertThat(count()).isEqualTo(entries);
    }

    @Test
    void ledgerEntriesCannotBeEditedOrDeletedOnlyReversed() {
        JsonNode deposit = post(
                admin,
                "/deposits",
                "{\"donor\":\"NO\",\"date\":\"" + TODAY
                        + "\",\"amount\":\"500000\",\"currency\":\"NOK\",\"usdRate\":\"0.0950\"}",
                201);
        long id = deposit.get("id").asLong();
        String entry = FUND + "/ledger/" + id;

        assertThat(admin.put(entry, "{\"amount\":\"1\"}").statusCode()).isIn(405, 409);
        assertThat(admin.send("DELETE", entry, null).statusCode()).isIn(405, 409);
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount = 1 where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("cannot be changed");

        JsonNode before = status();
        JsonNode reversal = post(admin, "/ledger/" + id + "/reversal", "{\"reason\":\"Keyed twice\"}", 201);
        assertThat(reversal.get("reverses").asLong()).isEqualTo(id);
        assertThat(reversal.get("usd").asString()).isEqualTo("-47500.00");
        assertThat(reversal.get("linked").get(0).get("usd").asString()).isEqualTo("-475.00");
        assertThat(diff(status(), before, "contributions")).isEqualByComparingTo("-47500.00");
        assertThat(json(admin.get(entry)).get("reversedBy").asLong())
                .isEqualTo(reversal.get("id").asLong());
        assertThat(admin.post(FUND + "/ledger/" + id + "/reversal", "{\"reason\":\"again\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(admin.post(FUND + "/ledger/" + id + "/reversal", "{}").statusCode())
                .isEqualTo(422);
    }

    @Test
    void theDemoBooksAreClosedThrough2024AndStayClosed() {
        var res = admin.post(FUND + "/bank-charges", "{\"date\":\"2024-06-30\",\"amount\":\"1\",\"currency\":\"USD\"}");
        assertThat(res.statusCode()).isEqualTo(409);
        assertThat(json(res).get("detail").asString()).contains("closed through Dec 31, 2024");
        assertThat(admin.post(FUND + "/closed-through", "{\"date\":\"2023-12-31\"}")
                        .statusCode())
                .isEqualTo(422);
        assertThatThrownBy(() -> jdbc.sql("update fund set closed_through = null where code = 'SLW00'")
                        .update())
                .hasMessageContaining("cannot be reopened");
        long firstDeposit = jdbc.sql("select min(id) from ledger_entry where entry_type = 'CONTRIBUTION'")
                .query(Long.class)
                .single();
        var reversal = admin.post(
                FUND + "/ledger/" + firstDeposit + "/reversal", "{\"reason\":\"x\",\"date\":\"2020-01-01\"}");
        assertThat(reversal.statusCode()).isEqualTo(409);
    }

    @Test
    void onlyTheFundAdministratorOrTheOwningOrganisationMayPost() {
        String deposit = "{\"donor\":\"DE\",\"date\":\"" + TODAY
                + "\",\"amount\":\"1\",\"currency\":\"EUR\",\"usdRate\":\"1.1\"}";
        assertThat(Http.api(port).post(FUND + "/deposits", deposit).statusCode())
                .isEqualTo(401);
        assertThat(Http.api(port)
                        .basic("donor@demo", "demo")
                        .post(FUND + "/deposits", deposit)
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.api(port)
                        .basic("puno.undp@demo", "demo")
                        .post(FUND + "/deposits", deposit)
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.api(port)
                        .basic("secretariat@demo", "demo")
                        .post(FUND + "/deposits", deposit)
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.post("/api/v1/funds/OTHER1/deposits", deposit).statusCode())
                .isEqualTo(403);

        Http undp = Http.api(port).basic("puno.undp@demo", "demo");
        String spent =
                "{\"date\":\"" + TODAY + "\",\"amount\":\"10\",\"currency\":\"USD\",\"kind\":\"INTERIM\",\"year\":"
                        + LocalDate.now().getYear();
        assertThat(undp.post(FUND + "/expenditures", spent + ",\"project\":\"SLW-C2-RS-02\"}")
                        .statusCode())
                .isEqualTo(201);
        // UNODC's project is not UNDP's to report on
        assertThat(undp.post(FUND + "/expenditures", spent + ",\"project\":\"SLW-C3-RG-02\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(undp.post(
                                FUND + "/transfers",
                                "{\"project\":\"SLW-C2-RS-02\",\"date\":\"" + TODAY + "\",\"amount\":\"1\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(undp.post(FUND + "/ledger/1/reversal", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aTransferBeyondTheApprovedAmountOrTheAgentsCashIsRefused() {
        var res = admin.post(
                FUND + "/transfers",
                "{\"project\":\"SLW-C2-MK-01\",\"date\":\"" + TODAY + "\",\"amount\":\"1\",\"currency\":\"USD\"}");
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(json(res).get("problems").get(0).get("message").asString()).contains("approved");
        res = admin.post(
                FUND + "/transfers", "{\"project\":\"SLW-C1-RG-01\",\"date\":\"" + TODAY + "\",\"amount\":\"1\"}");
        assertThat(json(res).get("problems").get(0).get("message").asString()).contains("closed");
    }

    private long count() {
        return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
    }

    private static java.math.BigDecimal diff(JsonNode after, JsonNode before, String field) {
        return dec(after, field).subtract(dec(before, field));
    }

    static JsonNode find(JsonNode list, String code) {
        for (JsonNode n : list) {
            if (n.get("code").asString().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code);
    }
}
