package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports start only for periods the calendar has opened; the secretariat can open one early for a single
 * jurisdiction with a reason; a draft started by mistake can be deleted, and nothing else can.
 */
@IntegrationTest
class ReportCalendarTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A guarded write, with the report's current ETag as If-Match. */
    private java.net.http.HttpResponse<String> write(Http who, String method, long id, String path, String json) {
        String etag =
                who.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow();
        return who.send(method, "/api/v1/reports/" + id + path, json, "If-Match", etag);
    }

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    private java.net.http.HttpResponse<String> start(String framework, String jurisdiction, String period) {
        return editor().post(
                        "/api/v1/reports",
                        "{\"framework\": \"" + framework + "\", \"jurisdiction\": \"" + jurisdiction
                                + "\", \"period\": \"" + period + "\"}");
    }

    @Test
    void aReportCannotStartForAPeriodTheCalendarHasNotOpened() {
        var notInCalendar = start("WB-SALW-ROADMAP", "RS", "2071");
        assertThat(notInCalendar.statusCode()).isEqualTo(422);
        assertThat(notInCalendar.body()).contains("2071 is not in the reporting calendar");

        int next = LocalDate.now().getYear() + 1;
        var sec = Http.browser(port);
        sec.signIn("secretariat@demo", "demo");
        sec.submit(
                "/frameworks/WB-SALW-ROADMAP/calendar",
                "/frameworks/WB-SALW-ROADMAP/calendar",
                Map.of("period", String.valueOf(next + 50)));
        var upcoming = start("WB-SALW-ROADMAP", "RS", String.valueOf(next + 50));
        assertThat(upcoming.statusCode()).isEqualTo(422);
        assertThat(upcoming.body()).contains("is not open for reporting yet: it opens on " + (next + 51) + "-01-01");
        assertThat(jdbc.sql("select count(*) from progress_report where period_code = ?")
                        .param(String.valueOf(next + 50))
                        .query(Long.class)
                        .single())
                .isZero();

        var fr = Http.api(port).basic("editor.rs@demo", "demo");
        var inFrench = fr.send(
                "POST",
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2071\"}",
                "Accept-Language",
                "fr");
        assertThat(inFrench.body()).contains("ne figure pas dans le calendrier");

        var page = Http.browser(port);
        page.signIn("editor.rs@demo", "demo");
        page.submit(
                "/reports", "/reports", Map.of("framework", "WB-SALW-ROADMAP", "jurisdiction", "RS", "period", "2071"));
        assertThat(page.get("/reports").body())
                .as("the page names the refusal too")
                .contains("The report was not created.")
                .contains("2071 is not in the reporting calendar");
    }

    @Test
    void aSemesterReportIsRefusedOnAYearlyFrameworkVersion() {
        OpenPeriods.open(port, "CARIBBEAN-FIREARMS-ROADMAP", "2026S1");
        var semester = Http.api(port)
                .basic("secretariat@demo", "demo")
                .post(
                        "/api/v1/reports",
                        "{\"framework\": \"CARIBBEAN-FIREARMS-ROADMAP\", \"jurisdiction\": \"BB\", \"period\": \"2026S1\"}");
        assertThat(semester.statusCode()).as(semester.body()).isEqualTo(422);
        assertThat(semester.body()).contains("2026S1 is not a period that version 2030 of");
        assertThat(jdbc.sql("select count(*) from progress_report where jurisdiction_code = 'BB'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSecretariatOpensAPeriodEarlyForOneJurisdictionWithAReasonAndItIsAudited() {
        String period = String.valueOf(LocalDate.now().getYear() + 60);
        var sec = Http.browser(port);
        sec.signIn("secretariat@demo", "demo");
        sec.submit(
                "/frameworks/WB-SALW-ROADMAP/calendar",
                "/frameworks/WB-SALW-ROADMAP/calendar",
                Map.of("period", period));
        String board = "/reports/board?framework=WB-SALW-ROADMAP&period=" + period;
        assertThat(sec.get(board).body()).contains("Open this period early for one jurisdiction");
        var noReason = sec.submit(
                board,
                "/reports/board/openings",
                Map.of("framework", "WB-SALW-ROADMAP", "period", period, "jurisdiction", "RS", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("say why the period opens early");
        assertThat(start("WB-SALW-ROADMAP", "RS", period).statusCode()).isEqualTo(422);

        sec.submit(
                board,
                "/reports/board/openings",
                Map.of(
                        "framework",
                        "WB-SALW-ROADMAP",
                        "period",
                        period,
                        "jurisdiction",
                        "RS",
                        "reason",
                        "Data ready before the regional meeting"));
        assertThat(sec.get(board).body()).contains("Data ready before the regional meeting");
        assertThat(start("WB-SALW-ROADMAP", "RS", period).statusCode()).isEqualTo(201);
        var xk = Http.api(port)
                .basic("editor.xk@demo", "demo")
                .post(
                        "/api/v1/reports",
                        "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"XK\", \"period\": \"" + period
                                + "\"}");
        assertThat(xk.statusCode()).as("only the one jurisdiction").isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_id = ?")
                        .param("WB-SALW-ROADMAP/" + period + "/RS")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var editorTries = Http.browser(port);
        editorTries.signIn("editor.rs@demo", "demo");
        assertThat(editorTries
                        .submit(
                                "/reports",
                                "/reports/board/openings",
                                Map.of(
                                        "framework",
                                        "WB-SALW-ROADMAP",
                                        "period",
                                        period,
                                        "jurisdiction",
                                        "XK",
                                        "reason",
                                        "x"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aDraftStartedByMistakeCanBeDeletedButNotASubmittedReport() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2072", "2073");
        JsonNode draft = JSON.readTree(start("WB-SALW-ROADMAP", "RS", "2072").body());
        long id = draft.get("id").asLong();
        assertThat(Http.api(port)
                        .basic("editor.xk@demo", "demo")
                        .send("DELETE", "/api/v1/reports/" + id, null, "If-Match", "\"1\"")
                        .statusCode())
                .isEqualTo(404);
        assertThat(editor().send("DELETE", "/api/v1/reports/" + id, null).statusCode())
                .as("If-Match is required")
                .isEqualTo(428);
        assertThat(write(editor(), "DELETE", id, "", null).statusCode()).isEqualTo(204);
        assertThat(editor().get("/api/v1/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where entity_type = 'report' and entity_id = ? and action = 'DELETE'")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long published = jdbc.sql(
                        "select id from progress_report where jurisdiction_code = 'RS' and state = 'PUBLISHED' limit 1")
                .query(Long.class)
                .single();
        var refused = write(Http.api(port).basic("secretariat@demo", "demo"), "DELETE", published, "", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Only a draft that was never submitted can be deleted");
        assertThat(editor().get("/api/v1/reports/" + published).statusCode()).isEqualTo(200);
    }
}
