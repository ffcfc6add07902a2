package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every fund page renders in every language for the public and for the people who keep the books. */
@IntegrationTest
class FundPagesTest {
    private static final String[] PUBLIC = {
        "/funds",
        "/funds/SLW00",
        "/funds/SLW00?asOf=2020-06-10",
        "/funds/SLW00/donors",
        "/funds/SLW00/projects",
        "/funds/SLW00/projects/SLW-C1-XK-01",
        "/funds/SLW00/projects/SLW-C3-AL-02",
        "/funds/SLW00/proposals",
        "/funds/SLW00/committee",
        "/funds/SLW00/results",
        "/funds/SLW00/reports",
        "/funds/SLW00/ledger"
    };
    private static final String[] KINDS = {
        "deposits", "transfers", "refunds", "expenditures", "interest", "direct-costs", "bank-charges"
    };

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es"})
    void fundPagesRenderInEveryLanguage(String lang) {
        var admin = Http.browser(port);
        admin.signIn("fund.admin@demo", "demo");
        for (String path : PUBLIC) {
            var res = Http.browser(port).get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(res.statusCode()).as(path).isEqualTo(200);
            assertThat(res.body()).as(path).doesNotContain("??").contains("lang=\"" + lang + "\"");
        }
        for (String kind : KINDS) {
            var res = admin.get("/funds/SLW00/post/" + kind + "?lang=" + lang);
            assertThat(res.statusCode()).as(kind).isEqualTo(200);
            assertThat(res.body()).as(kind).doesNotContain("??");
        }
    }

    @Test
    void theStatementShowsTheGatewayLinesAndTheCommitteeItsVotingDonors() {
        var page = Http.browser(port).get("/funds/SLW00").body();
        assertThat(page)
                .contains(
                        "Contributions from donors",
                        "Balance with the administrative agent",
                        "Balance with participating organisations",
                        "Total balance of funds",
                        "Delivery rate");
        var committee =
                Http.browser(port).get("/funds/SLW00/committee?asOf=2023-03-31").body();
        assertThat(committee).contains("United Kingdom", "European Union", "One of the top three other donors");
        var missing = Http.browser(port).get("/funds/SLW00/reports").body();
        assertThat(missing).contains("SLW-C1-ME-01", "SLW-C2-BA-02", "Overdue");
    }

    @Test
    void aParticipatingOrganisationReportsExpenditureThroughTheFormAndSeesWhatIsWrong() {
        var undp = Http.browser(port);
        undp.signIn("puno.undp@demo", "demo");
        var bad = undp.submit(
                "/funds/SLW00/post/expenditures",
                "/funds/SLW00/post/expenditures",
                Map.of(
                        "project",
                        "SLW-C2-AL-01",
                        "date",
                        LocalDate.now().toString(),
                        "amount",
                        "12,5",
                        "currency",
                        "USD",
                        "kind",
                        "FINAL",
                        "year",
                        "2025"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("form-errors", "amount");
        var good = undp.submit(
                "/funds/SLW00/post/expenditures",
                "/funds/SLW00/post/expenditures",
                Map.of(
                        "project",
                        "SLW-C2-AL-01",
                        "date",
                        LocalDate.now().toString(),
                        "amount",
                        "1250.00",
                        "currency",
                        "USD",
                        "kind",
                        "FINAL",
                        "year",
                        "2025"));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(good.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/funds/SLW00"));
        var ledger = Http.api(port).get("/api/v1/funds/SLW00/ledger").body();
        assertThat(ledger).contains("\"amount\":\"1250.00\"", "\"project\":\"SLW-C2-AL-01\"");
    }
}
