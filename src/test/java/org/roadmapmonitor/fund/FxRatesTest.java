package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** USD rates imported as CSV, then used by a deposit recorded without a rate. */
@IntegrationTest
class FxRatesTest {
    @LocalServerPort
    int port;

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
