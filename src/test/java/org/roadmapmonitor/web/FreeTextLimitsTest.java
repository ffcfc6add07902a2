package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** No free text is stored at any length: JSON and forms alike are refused past the limit, naming the field. */
@IntegrationTest
class FreeTextLimitsTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHugeCommentSentAsJsonIsRefusedNamingItsPlace() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2074");
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2074\"}");
        long id =
                JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
        String comment = "x".repeat(1_000_000);
        var res = editor.put(
                "/api/v1/reports/" + id + "/values",
                "[{\"indicator\": \"KPI-5\", \"value\": \"3\", \"comment\": \"" + comment + "\"}]",
                "If-Match",
                created.headers().firstValue("ETag").orElseThrow());
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.body()).contains("$[0].comment").contains("10000").contains("1000000");
        assertThat(jdbc.sql("select count(*) from data_value where report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aLongMemoOnAPostingIsRefused() {
        var res = Http.api(port)
                .basic("fund.admin@demo", "demo")
                .post(
                        "/api/v1/funds/SLW00/bank-charges",
                        "{\"date\":\"2026-11-20\",\"amount\":\"10\",\"memo\":\"" + "m".repeat(10_001) + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(422);
        assertThat(res.body()).contains("\"path\":\"memo\"");
    }

    @Test
    void aFormNameOverItsLimitIsSentBackSayingWhy() {
        var admin = Http.browser(port);
        admin.signIn("secretariat@demo", "demo");
        var res = admin.submit(
                "/admin/users",
                "/admin/users",
                Map.of(
                        "email",
                        "long.name@test",
                        "displayName",
                        "N".repeat(301),
                        "password",
                        "violet tractor under lantern"));
        assertThat(res.statusCode()).isEqualTo(422);
        // The problem names the field by its label, as the form shows it.
        assertThat(res.body()).contains("Display name").contains("300");
        assertThat(jdbc.sql("select count(*) from app_user where email = 'long.name@test'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
