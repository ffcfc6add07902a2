package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gender views: evidence measures as shares of women, men and unknown, to those who may read the records
 * and to no one else. The records are dated 2105, a year no other test uses.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenderPageTest {
    private static final String PAGE = "/frameworks/WB-SALW-ROADMAP/gender?jurisdiction=RS&lang=en";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void recordIncidentsAndTrainingsInSerbia() {
        var rs = Http.api(port).basic("editor.rs@demo", "demo");
        // Records are never dated after today (the API refuses them), so these of a future test year are written
        // directly, as a later year's would have been once it came.
        long incident = jdbc.sql("""
                        insert into incident (jurisdiction_code, incident_ref, occurred_on, incident_type, context,
                                              settlement_type, updated_by)
                        values ('RS', 'GENDER-2105-1', '2105-03-04', 'DOMESTIC_VIOLENCE', 'INTIMATE_PARTNER', 'URBAN',
                                'editor.rs@demo') returning id""").query(Long.class).single();
        jdbc.sql("""
                        insert into incident_person (incident_id, role, sex, age_group, outcome) values
                            (?, 'VICTIM', 'FEMALE', '36-60', 'INJURED'), (?, 'VICTIM', 'FEMALE', '0-18', 'THREATENED'),
                            (?, 'VICTIM', 'UNKNOWN', 'UNKNOWN', null), (?, 'PERPETRATOR', 'MALE', '19-35', null)""").params(incident, incident, incident, incident).update();
        jdbc.sql("""
                        insert into training (jurisdiction_code, training_ref, title, topic, started_on, ended_on,
                                              participants_female, participants_male, participants_unknown, updated_by)
                        values ('RS', 'GENDER-2105-T', 'Tracing', 'TRACING', '2105-05-01', '2105-05-03', 1, 2, 0,
                                'editor.rs@demo')""").update();
        for (boolean open : new boolean[] {true, false}) {
            var meeting = rs.post("/api/v1/meetings", """
                    {"type": "LOCAL_COORDINATION", "title": "LCM 2105 %s", "start": "2105-06-01T10:00",
                     "end": "2105-06-01T13:00", "timeZone": "Europe/Belgrade", "venue": "Belgrade",
                     "framework": "WB-SALW-ROADMAP", "jurisdiction": "RS", "public": %s,
                     "participants": [{"name": "A", "organisation": "MoI", "function": "Chair", "sex": "WOMAN"},
                                      {"name": "B", "organisation": "MoI", "function": "Officer", "sex": "WOMAN"},
                                      {"name": "C", "organisation": "MoD", "function": "Officer", "sex": "MAN"},
                                      {"name": "D", "organisation": "UNDP", "function": "Observer", "sex": "NOT_RECORDED"}]}""".formatted(open ? "public" : "internal", open));
            assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
        }
    }

    @Test
    void meetingParticipantsShowAsSharesAndThePublicCountsOnlyPublicMeetings() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        String all = row(section(secretariat.get(PAGE).body(), "Meeting participants"), "2105");
        assertThat(all).contains("50 %", "25 %", ">8<");
        String open = row(section(Http.browser(port).get(PAGE).body(), "Meeting participants"), "2105");
        assertThat(open).contains("50 %", "25 %", ">4<");
    }

    @Test
    void theSecretariatSeesVictimsPerpetratorsAndParticipantsAsSharesThatAddUp() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        String page = secretariat.get(PAGE).body();

        String victims = section(page, "Victims of firearm incidents");
        assertThat(row(victims, "2105")).contains("66.7 %", "0 %", "33.3 %");
        String trainings = section(page, "Training participants");
        assertThat(row(trainings, "2105")).contains("33.3 %", "66.7 %", ">3<");
        assertThat(row(section(page, "Perpetrators of firearm incidents"), "2105"))
                .contains("100 %");
    }

    @Test
    void theJurisdictionsOwnEditorSeesThemAndAnotherJurisdictionDoesNot() {
        var rs = Http.browser(port);
        rs.signIn("editor.rs@demo", "demo");
        assertThat(records(rs.get(PAGE).body())).contains("<th scope=\"row\">2105</th>");

        var xk = Http.browser(port);
        xk.signIn("editor.xk@demo", "demo");
        assertThat(records(xk.get(PAGE).body()))
                .doesNotContain("<th scope=\"row\">2105</th>")
                .contains("The evidence records are not public");
    }

    @Test
    void thePublicNeverSeesCountsFromTheRecords() {
        var res = Http.browser(port).get(PAGE);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(records(res.body()))
                .doesNotContain("<th scope=\"row\">2105</th>")
                .contains("The evidence records are not public");
        assertThat(Http.browser(port)
                        .get("/frameworks/WB-SALW-ROADMAP/gender?jurisdiction=NOPE")
                        .statusCode())
                .isEqualTo(404);
    }

    /** The part of the page from a heading to the next heading of the same level. */
    /** The page up to the meetings' section: what the evidence records (and the KPIs) show. */
    private static String records(String page) {
        int meetings = page.indexOf(">Meeting participants");
        return meetings < 0 ? page : page.substring(0, meetings);
    }

    private static String section(String page, String heading) {
        int start = page.indexOf(">" + heading);
        assertThat(start).as(heading).isPositive();
        int end = page.indexOf("<h3", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static String row(String section, String period) {
        int start = section.indexOf("<th scope=\"row\">" + period + "</th>");
        assertThat(start).as(period).isPositive();
        return section.substring(start, section.indexOf("</tr>", start));
    }
}
