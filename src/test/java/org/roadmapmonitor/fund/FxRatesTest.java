package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.identity.UserAdministration;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** USD rates imported as CSV, then used by a deposit recorded without a rate. */
@IntegrationTest
class FxRatesTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration users;

    @Test
    void anotherFundsAdministratorCannotChangeTheRateThisFundBooksAt() {
        jdbc.sql("""
                insert into fund (code, name, administrative_agent, chair, start_date)
                values ('FXT01', 'Rates test fund', 'Agent', 'Chair', date '2020-01-01')""").update();
        SystemActor.run(() -> users.createUser(
                new UserAdministration.NewUser("other.fund@test", "Other fund", "a-long-password-1", null)));
        jdbc.sql("""
                insert into role_assignment (user_id, role, scope_code)
                select id, 'FUND_ADMIN', 'FXT01' from app_user where email = 'other.fund@test'""").update();
        var own = Http.api(port).basic("fund.admin@demo", "demo");
        var other = Http.api(port).basic("other.fund@test", "a-long-password-1");
        String day = LocalDate.now().minusDays(4).toString();
        String rate = "currency,date,usdRate\nISK," + day + ",";

        assertThat(own.sendRaw("/api/v1/funds/SLW00/fx-rates", "text/csv", rate + "1.1000\n")
                        .statusCode())
                .isEqualTo(200);
        assertThat(other.sendRaw("/api/v1/funds/SLW00/fx-rates", "text/csv", rate + "0.0100\n")
                        .statusCode())
                .isEqualTo(403);
        assertThat(other.sendRaw("/api/v1/funds/FXT01/fx-rates", "text/csv", rate + "0.0100\n")
                        .statusCode())
                .isEqualTo(200);

        var deposit = own.post(
                "/api/v1/funds/SLW00/deposits",
                "{\"donor\":\"SE\",\"date\":\"" + day + "\",\"amount\":\"1000\",\"currency\":\"ISK\"}");
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
        var entry = FundApiTest.json(deposit);
        assertThat(entry.get("usd").asString()).isEqualTo("1100.00");
        assertThat(entry.get("usdRateSource").get("kind").asString()).isEqualTo("TABLE");
        assertThat(entry.get("usdRateSource").get("enteredBy").asString()).isEqualTo("fund.admin@demo");
        assertThat(Http.api(port).get("/api/v1/funds/FXT01/fx-rates").body()).contains("0.01");
        assertThat(Http.api(port).get("/api/v1/funds/SLW00/fx-rates").body()).doesNotContain("0.01");
    }

    @Test
    void everyRateChangeIsAuditedWithTheRateItReplaces() {
        var admin = Http.api(port).basic("fund.admin@demo", "demo");
        String day = LocalDate.now().minusDays(6).toString();
        admin.sendRaw("/api/v1/funds/SLW00/fx-rates", "text/csv", "currency,date,usdRate\nJPY," + day + ",0.0067\n");
        admin.sendRaw("/api/v1/funds/SLW00/fx-rates", "text/csv", "currency,date,usdRate\nJPY," + day + ",0.0068\n");
        admin.sendRaw("/api/v1/funds/SLW00/fx-rates", "text/csv", "currency,date,usdRate\nJPY," + day + ",0.0068\n");
        var audit = jdbc.sql("""
                select actor, action, coalesce(before_state->>'usdRate', '-') || '>' || (after_state->>'usdRate')
                from audit_event where entity_type = 'fx-rate' and entity_id = ? order by id""")
                .param("SLW00/JPY/" + day)
                .query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
        assertThat(audit).containsExactly("fund.admin@demo CREATE ->0.0067", "fund.admin@demo UPDATE 0.0067>0.0068");
    }

    @Test
    void aDepositShowsWhoEnteredTheRateItWasBookedAt() {
        var admin = Http.api(port).basic("fund.admin@demo", "demo");
        var deposit = admin.post(
                "/api/v1/funds/SLW00/deposits",
                "{\"donor\":\"SE\",\"date\":\"" + LocalDate.now().minusDays(7)
                        + "\",\"amount\":\"500.00\",\"currency\":\"DKK\",\"usdRate\":\"0.1450\"}");
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
        var entry = FundApiTest.json(deposit);
        assertThat(entry.get("usdRateSource").get("kind").asString()).isEqualTo("POSTING");
        assertThat(entry.get("linked")
                        .get(0)
                        .get("usdRateSource")
                        .get("enteredBy")
                        .asString())
                .isEqualTo("fund.admin@demo");
        long id = entry.get("id").asLong();
        assertThat(admin.get("/api/v1/funds/SLW00/ledger/" + id).body()).contains("\"enteredBy\":\"fund.admin@demo\"");
        var signedIn = Http.browser(port);
        signedIn.signIn("fund.admin@demo", "demo");
        var page = signedIn.get("/funds/SLW00/ledger").body();
        int row = page.indexOf("id=\"entry-" + id + "\"");
        assertThat(page.substring(row, page.indexOf("</tr>", row))).contains("given with the entry by fund.admin@demo");
        // The public sees where the rate came from, never which member of staff entered it.
        assertThat(Http.api(port).get("/api/v1/funds/SLW00/ledger/" + id).body())
                .contains("\"kind\":\"POSTING\"")
                .doesNotContain("fund.admin@demo");
        var publicPage = Http.browser(port).get("/funds/SLW00/ledger").body();
        int publicRow = publicPage.indexOf("id=\"entry-" + id + "\"");
        assertThat(publicPage.substring(publicRow, publicPage.indexOf("</tr>", publicRow)))
                .contains("given with the entry")
                .doesNotContain("fund.admin@demo");
        assertThat(Http.api(port).get("/api/v1/funds/SLW00/fx-rates").body()).doesNotContain("@demo");
    }

    @Test
    void importedRatesAreUsedByADepositWithoutARate() {
        var admin = Http.api(port).basic("fund.admin@demo", "demo");
        String day = LocalDate.now().minusDays(2).toString();
        var imported = admin.sendRaw(
                "/api/v1/funds/SLW00/fx-rates",
                "text/csv",
                "currency,date,usdRate\nSEK," + day + ",0.0950\nNOK," + day + ",0.0930\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"imported\":2");
        var deposit = admin.post(
                "/api/v1/funds/SLW00/deposits",
                "{\"donor\":\"SE\",\"date\":\"" + day + "\",\"amount\":\"1000000.00\",\"currency\":\"SEK\"}");
        assertThat(deposit.statusCode()).as(deposit.body()).isEqualTo(201);
        assertThat(deposit.body()).contains("\"usd\":\"95000.00\"");
    }

    @Test
    void aBadRateFileListsEveryProblemWithRowAndColumnAndImportsNothing() {
        var admin = Http.api(port).basic("fund.admin@demo", "demo");
        var res = admin.sendRaw(
                "/api/v1/funds/SLW00/fx-rates",
                "text/csv",
                "currency,date,usdRate\nXYZ,2024-01-01,1\nEUR,2024-13-01,1.1\nGBP,2024-02-01,-1\nCHF,2024-02-01,1.12\n");
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.body())
                .contains("row 2, column currency")
                .contains("row 3, column date")
                .contains("row 4, column usdRate");
        assertThat(Http.api(port).get("/api/v1/funds/SLW00/fx-rates").body()).doesNotContain("CHF");
    }

    @Test
    void theRatesPageShowsTheImportFormToTheAdministratorInEveryLanguage() {
        var admin = Http.browser(port);
        admin.signIn("fund.admin@demo", "demo");
        for (String lang : new String[] {"en", "fr", "es"}) {
            var page = admin.get("/funds/SLW00/fx-rates?lang=" + lang);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("??").contains("currency,date,usdRate");
        }
        assertThat(Http.browser(port).get("/funds/SLW00/fx-rates").body()).doesNotContain("name=\"text\"");
    }

    @Test
    void onlyTheFundAdministratorImportsRates() {
        var donor = Http.api(port).basic("donor@demo", "demo");
        assertThat(donor.sendRaw(
                                "/api/v1/funds/SLW00/fx-rates",
                                "text/csv",
                                "currency,date,usdRate\nEUR,2024-01-01,1.1\n")
                        .statusCode())
                .isEqualTo(403);
    }
}
