package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A saved record is in the next analytics answer of those who may read the working values (WB KPI-9, weapons
 * recovered, computed from the records), never in the public's; publication freezes the figure the public sees,
 * and a later correction of the records moves the working view only.
 */
@IntegrationTest
class WorkingKpisInAnalyticsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    private JsonNode row(Http http, String jurisdiction, String period, String disaggregate) {
        var res = http.get("/api/v1/analytics?framework=WB-SALW-ROADMAP&indicator=KPI-9&jurisdiction=RS,WB&period="
                + period + (disaggregate == null ? "" : "&disaggregate=" + disaggregate));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        for (JsonNode r : JSON.readTree(res.body())) {
            if (r.get("jurisdiction").asString().equals(jurisdiction)) {
                return r;
            }
        }
        throw new AssertionError(jurisdiction + " not in " + res.body());
    }

    private JsonNode total(Http http, String jurisdiction) {
        return row(http, jurisdiction, "2137", null);
    }

    private long created(java.net.http.HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    private void weapon(long event, String serial) {
        created(as("editor.rs@demo").post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "%s", "markingStatus": "UNIQUELY_MARKED",
                 "tracingStatus": "PENDING"}""".formatted(event, serial)));
    }

    private void transition(Http http, long id, String action) {
        var res = http.post(
                "/api/v1/reports/" + id + "/transitions",
                "{\"action\": \"" + action + "\", \"reason\": \"Correction\"}",
                "If-Match",
                http.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    @Test
    void aSavedRecordIsInTheNextWorkingAnswerAndPublicationFreezesWhatThePublicSees() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2137", "2138");
        var editor = as("editor.rs@demo");
        var secretariat = as("secretariat@demo");
        var otherJurisdiction = as("editor.xk@demo");
        var visitor = Http.api(port);

        // The records API refuses a date after today, so the event of this future test year is written directly;
        // its weapons are saved through the API.
        long event = jdbc.sql("""
                        insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                                agency, updated_by)
                        values ('RS', 'LIVE-2137-1', 'SEIZED', true, '2137-05-01', 'Police', 'editor.rs@demo')
                        returning id""").query(Long.class).single();
        weapon(event, "LIVE-SN-1");
        weapon(event, "LIVE-SN-2");

        // No report for 2137 yet: the team sees the records' figure at once, marked working, from the evidence.
        JsonNode mine = total(editor, "RS");
        assertThat(mine.get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(mine.get("working").asBoolean()).isTrue();
        assertThat(mine.get("source").asString()).isEqualTo("evidence:weapons_recovered");
        assertThat(total(secretariat, "RS").get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(total(secretariat, "WB").get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(row(editor, "RS", "2137", "event").get("disaggregation").toString())
                .contains("seized");
        assertThat(total(visitor, "RS").get("value").isNull())
                .as("records are never public")
                .isTrue();
        assertThat(total(otherJurisdiction, "RS").get("value").isNull())
                .as("another jurisdiction never sees them")
                .isTrue();
        assertThat(row(editor, "RS", "2138", null).get("value").isNull())
                .as("a period without records or report has no figure, not a 0")
                .isTrue();
        var editorPages = Http.browser(port);
        editorPages.signIn("editor.rs@demo", "demo");
        assertThat(editorPages.get("/frameworks/WB-SALW-ROADMAP/kpis/KPI-9").body())
                .as("the KPI page reads the same working rows")
                .contains("<td>2137</td>")
                .contains("data-source=\"evidence:weapons_recovered\"");
        assertThat(visitor.get("/frameworks/WB-SALW-ROADMAP/kpis/KPI-9").body()).doesNotContain("<td>2137</td>");

        long report = created(editor.post("/api/v1/reports", """
                {"framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "period": "2137"}"""));
        DerivedValuesInReportsTest.fillTypedValues(port, report);
        transition(editor, report, "SUBMIT");
        transition(as("approver.rs@demo"), report, "APPROVE");
        weapon(event, "LIVE-SN-3");
        assertThat(total(editor, "RS").get("value").decimalValue())
                .as("a record saved after submission is in the working view, counted once")
                .isEqualByComparingTo("3");
        transition(secretariat, report, "VALIDATE");
        transition(secretariat, report, "PUBLISH");

        JsonNode published = total(visitor, "RS");
        assertThat(published.get("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(published.get("working").asBoolean()).isFalse();

        weapon(event, "LIVE-SN-4");
        assertThat(total(visitor, "RS").get("value").decimalValue())
                .as("a correction never rewrites a published figure")
                .isEqualByComparingTo("3");
        assertThat(total(editor, "RS").get("value").decimalValue())
                .as("while the report stands published, its frozen figure is the team's too")
                .isEqualByComparingTo("3");

        transition(secretariat, report, "REOPEN");
        JsonNode reopened = total(editor, "RS");
        assertThat(reopened.get("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(reopened.get("working").asBoolean()).isTrue();
        assertThat(total(secretariat, "WB").get("value").decimalValue())
                .as("the region counts RS once, never its published and working copies together")
                .isEqualByComparingTo("4");
        assertThat(total(visitor, "RS").get("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(total(visitor, "WB").get("value").decimalValue()).isEqualByComparingTo("3");
    }
}
