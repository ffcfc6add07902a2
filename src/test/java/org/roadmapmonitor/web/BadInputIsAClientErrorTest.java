package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Inputs that used to fail with 500 get a 4xx answer that says what is wrong, and change nothing. */
@IntegrationTest
class BadInputIsAClientErrorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LONG_PASSWORD = "correct horse battery staple ".repeat(3); // 87 bytes

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    @Test
    void aPartialDataValueImportStoresTheGoodRowsAndReportsTheBadOne() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2071");
        String set = "{\"dataSet\": \"WB-SALW-ROADMAP\", \"dataValues\": ["
                + "{\"dataElement\": \"KPI-5\", \"orgUnit\": \"RS\", \"period\": \"2071\", \"value\": \"12\"},"
                + "{\"dataElement\": \"KPI-5\", \"orgUnit\": \"RS\", \"period\": \"2071X\", \"value\": \"1\"}]}";
        var res = editor().post("/api/v1/dataValueSets?atomicMode=NONE", set);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(res.body());
        assertThat(summary.get("status").asString()).isEqualTo("WARNING");
        assertThat(summary.at("/importCount/imported").asInt()).isEqualTo(1);
        assertThat(summary.get("conflicts").findValuesAsString("object")).anyMatch(o -> o.contains("2071X"));
        assertThat(jdbc.sql("""
                        select count(*) from data_value v join progress_report r on r.id = v.report_id
                        where r.period_code = '2071' and r.jurisdiction_code = 'RS'""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void flaggedMustBeAList() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2072");
        var created = editor().post(
                        "/api/v1/reports",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2072\"}");
        long id = JSON.readTree(created.body()).get("id").asLong();
        var res = Http.api(port)
                .basic("secretariat@demo", "demo")
                .post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"RETURN\", \"flagged\": {\"a\": 1}}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        assertThat(res.body()).contains("flagged");
    }

    @Test
    void aRateTooLargeToStoreIsRefusedByName() {
        var res = Http.api(port)
                .basic("fund.admin@demo", "demo")
                .post(
                        "/api/v1/funds/SLW00/deposits",
                        "{\"donor\":\"SE\",\"date\":\"" + LocalDate.now().minusDays(10)
                                + "\",\"amount\":\"100.00\",\"currency\":\"EUR\",\"usdRate\":\"1e30\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(422);
        assertThat(res.body()).contains("usdRate").contains("1E+30");
    }

    @Test
    void aMultipartBodyToAJsonEndpointIsUnsupportedMediaType() {
        for (String path : new String[] {"/api/v1/reports", "/api/v1/dataValueSets", "/api/v1/reports/1/transitions"}) {
            var res = editor().postFile(path, "report.json", "{}".getBytes(), Map.of("framework", "x"));
            assertThat(res.statusCode()).as(path + " " + res.body()).isEqualTo(415);
            assertThat(res.body()).contains("application/json");
        }
    }

    /** So that no new endpoint reads a body it did not ask for: each names the media types it reads. */
    @Test
    void everyApiEndpointWithABodyNamesTheMediaTypesItReads() {
        var missing = handlers.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .filter(e -> Arrays.stream(e.getValue().getMethodParameters())
                        .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)))
                .filter(e -> e.getKey().getConsumesCondition().isEmpty())
                .map(e -> e.getKey().toString())
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void putOnAFrameworkItselfReadsTheDocumentAndSaysWhatIsWrong() {
        var res = Http.api(port)
                .basic("secretariat@demo", "demo")
                .put("/api/v1/frameworks/WB-SALW-ROADMAP", "{}", "If-Match", "\"1\"");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(422);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(res.body()).contains("\"path\":\"objectives\"");
    }

    @Test
    void aPasswordLongerThan72BytesIsRefusedOnCreationAndChange() {
        var admin = Http.browser(port);
        admin.signIn("secretariat@demo", "demo");
        var created = admin.submit(
                "/admin/users",
                "/admin/users",
                Map.of("email", "long.password@test", "displayName", "Long", "password", LONG_PASSWORD));
        assertThat(created.statusCode()).isLessThan(500);
        assertThat(created.body()).contains("72 bytes");
        assertThat(jdbc.sql("select count(*) from app_user where email = 'long.password@test'")
                        .query(Long.class)
                        .single())
                .isZero();

        var me = Http.browser(port);
        me.signIn("donor@demo", "demo");
        var changed = me.submit(
                "/account", "/account/password", Map.of("currentPassword", "demo", "newPassword", LONG_PASSWORD));
        assertThat(changed.statusCode()).isLessThan(500);
        assertThat(me.get("/account").body()).contains("72 bytes");
        var wrongCurrent = me.submit(
                "/account", "/account/password", Map.of("currentPassword", LONG_PASSWORD, "newPassword", "x"));
        assertThat(wrongCurrent.statusCode()).isLessThan(500);
        var longSignIn = Http.api(port).basic("donor@demo", LONG_PASSWORD).get("/api/v1/me");
        assertThat(longSignIn.statusCode()).isEqualTo(401);
        assertThat(Http.browser(port).signIn("donor@demo", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }
}
