package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.fund.FundApiTest.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The fund administrator sets up a fund, extends it and changes its fee rates through the pages. */
@IntegrationTest
class FundSetupPagesTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void grantTheTestFunds() {
        for (String code : new String[] {"PGT01", "PGT02", "PGT03"}) {
            jdbc.sql("""
                    insert into role_assignment (user_id, role, scope_code)
                    select id, 'FUND_ADMIN', ? from app_user where email = 'fund.admin@demo'
                    and not exists (select 1 from role_assignment r join app_user u on u.id = r.user_id
                                    where u.email = 'fund.admin@demo' and r.role = 'FUND_ADMIN' and r.scope_code = ?)""").params(code, code).update();
        }
    }

    private Http admin() {
        var admin = Http.browser(port);
        admin.signIn("fund.admin@demo", "demo");
        return admin;
    }

    private static Map<String, String> fund(String code) {
        var f = new LinkedHashMap<String, String>();
        f.put("code", code);
        f.put("name", "Page test fund " + code);
        f.put("framework", "WB-SALW-ROADMAP");
        f.put("administrativeAgent", "MPTF Office (test)");
        f.put("chair", "Test chair");
        f.put("organisations", "UNDP; United Nations Development Programme; ; UNDP\r\nunicef; UNICEF");
        f.put("startDate", "2024-01-01");
        f.put("endDate", "2028-12-31");
        f.put("feePercent", "1.5");
        f.put("indirectPercent", "7");
        f.put("iatiIdentifier", "");
        return f;
    }

    @Test
    void theFundAdministratorSetsUpAFundThroughThePageAndSeesItListed() {
        var admin = admin();
        assertThat(admin.get("/funds").body()).contains("href=\"/funds/new\"");
        var form = admin.get("/funds/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body())
                .doesNotContain("??")
                .contains("name=\"feePercent\"", "value=\"1\"", "value=\"7\"", "value=\"WB-SALW-ROADMAP\"");

        for (String lang : new String[] {"en", "fr", "es"}) {
            for (String page : new String[] {"/funds/new", "/funds/SLW00/extension", "/funds/SLW00/rates"}) {
                var res = admin.get(page + "?lang=" + lang);
                assertThat(res.statusCode()).as(page).isEqualTo(200);
                assertThat(res.body())
                        .as(page + " " + lang)
                        .doesNotContain("??")
                        .contains("lang=\"" + lang + "\"");
            }
        }

        admin.get("/funds?lang=en");
        var res = admin.submit("/funds/new", "/funds", fund("PGT01"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(302);
        assertThat(res.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/funds/PGT01"));
        assertThat(admin.get("/funds/PGT01").body()).contains("Fund PGT01 is set up.", "Page test fund PGT01");
        assertThat(admin.get("/funds").body()).contains("Page test fund PGT01");

        var api = json(Http.api(port).get("/api/v1/funds/PGT01"));
        assertThat(api.get("feeRate").asString()).isEqualTo("0.015");
        assertThat(api.get("indirectRate").asString()).isEqualTo("0.07");
        assertThat(api.get("framework").asString()).isEqualTo("WB-SALW-ROADMAP");
        assertThat(api.get("organisations").findValuesAsString("code"))
                .containsExactlyInAnyOrder("AA", "UNDP", "UNICEF");

        var again = admin.submit("/funds/new", "/funds", fund("PGT01"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("form-errors", "exists already");
    }

    @Test
    void aBadCodeAndAMissingNameAreBothListedAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from fund").query(Long.class).single();
        var fields = fund("x");
        fields.put("name", "  ");
        fields.put("indirectPercent", "107");
        var res = admin().submit("/funds/new", "/funds", fields);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body())
                .contains("form-errors", ">Code</span>", ">Name</span>", ">Indirect-cost rate</span>")
                .contains("value=\"MPTF Office (test)\"", "value=\"x\"", "value=\"107\"");
        assertThat(jdbc.sql("select count(*) from fund").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void anExtensionMovesTheEndDateAndIsAudited() {
        var admin = admin();
        assertThat(admin.submit("/funds/new", "/funds", fund("PGT02")).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/funds/PGT02").body()).contains("href=\"/funds/PGT02/extension\"");
        assertThat(admin.get("/funds/PGT02/extension").statusCode()).isEqualTo(200);

        var early = admin.submit(
                "/funds/PGT02/extension",
                "/funds/PGT02/extension",
                Map.of("endDate", "2027-12-31", "decidedOn", "2027-06-01", "note", "Too early"));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains("form-errors", "<span class=\"problem-field\">End date</span>", "Too early");

        var res = admin.submit(
                "/funds/PGT02/extension",
                "/funds/PGT02/extension",
                Map.of("endDate", "2030-06-30", "decidedOn", "2028-11-20", "note", "Steering committee decision 7"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(302);
        assertThat(json(Http.api(port).get("/api/v1/funds/PGT02"))
                        .get("endDate")
                        .asString())
                .isEqualTo("2030-06-30");
        assertThat(admin.get("/funds/PGT02").body())
                .contains("Steering committee decision 7", "Nov 20, 2028", "(extended once)")
                .doesNotContain("time(s)");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where entity_type = 'fund' and entity_id = 'PGT02'
                        and summary_key = 'audit.summary.fund.extended' and summary_args ->> 1 = '2030-06-30'""").query(Long.class).single()).isEqualTo(1);

        var rates = admin.submit(
                "/funds/PGT02/rates", "/funds/PGT02/rates", Map.of("feePercent", "2", "indirectPercent", "6,5"));
        assertThat(rates.statusCode()).as(rates.body()).isEqualTo(302);
        var api = json(Http.api(port).get("/api/v1/funds/PGT02"));
        assertThat(api.get("feeRate").asString()).isEqualTo("0.02");
        assertThat(api.get("indirectRate").asString()).isEqualTo("0.065");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_id = 'PGT02' and summary_key = 'audit.summary.fund.feeRates'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theApiExtendsAndChangesRatesLikeThePages() {
        var api = Http.api(port).basic("fund.admin@demo", "demo");
        assertThat(admin().submit("/funds/new", "/funds", fund("PGT03")).statusCode())
                .isEqualTo(302);
        var ext =
                api.post("/api/v1/funds/PGT03/extensions", "{\"endDate\":\"2029-12-31\",\"decidedOn\":\"2028-10-01\"}");
        assertThat(ext.statusCode()).as(ext.body()).isEqualTo(201);
        assertThat(json(ext).get("endDate").asString()).isEqualTo("2029-12-31");
        assertThat(api.post("/api/v1/funds/PGT03/extensions", "{\"endDate\":\"2029-01-01\"}")
                        .statusCode())
                .isEqualTo(422);
        var rates = api.put("/api/v1/funds/PGT03/rates", "{\"feeRate\":0.03}");
        assertThat(rates.statusCode()).as(rates.body()).isEqualTo(200);
        assertThat(json(rates).get("feeRate").asString()).isEqualTo("0.03");
        assertThat(json(rates).get("indirectRate").asString()).isEqualTo("0.07");
        assertThat(api.put("/api/v1/funds/PGT03/rates", "{\"indirectRate\":1.2}")
                        .statusCode())
                .isEqualTo(422);
        var donor = Http.api(port).basic("donor@demo", "demo");
        assertThat(donor.put("/api/v1/funds/SLW00/rates", "{\"feeRate\":0.5}").statusCode())
                .isEqualTo(403);
        assertThat(donor.post("/api/v1/funds/SLW00/extensions", "{\"endDate\":\"2099-12-31\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aDonorCanNeitherOpenNorSubmitTheseForms() {
        var donor = Http.browser(port);
        donor.signIn("donor@demo", "demo");
        assertThat(donor.get("/funds").body()).doesNotContain("href=\"/funds/new\"");
        assertThat(donor.get("/funds/SLW00").body()).doesNotContain("/funds/SLW00/extension");
        for (String page : new String[] {"/funds/new", "/funds/SLW00/extension", "/funds/SLW00/rates"}) {
            assertThat(donor.get(page).statusCode()).as(page).isEqualTo(403);
        }
        long audit =
                jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        var fields = fund("DE01");
        assertThat(donor.submit("/funds", "/funds", fields).statusCode()).isEqualTo(403);
        assertThat(donor.submit("/funds/SLW00", "/funds/SLW00/extension", Map.of("endDate", "2099-12-31"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(donor.submit(
                                "/funds/SLW00",
                                "/funds/SLW00/rates",
                                Map.of("feePercent", "50", "indirectPercent", "50"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(audit);

        var anonymous = Http.browser(port);
        int status = anonymous.get("/funds/new").statusCode();
        assertThat(status == 403 || status == 302 || status == 401)
                .as("answered " + status)
                .isTrue();
    }
}
