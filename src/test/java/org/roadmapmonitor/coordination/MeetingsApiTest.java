package org.roadmapmonitor.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Meetings through the API as the contract names them: who plans what, who sees what, counts by sex. */
@IntegrationTest
class MeetingsApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    private static String regional(boolean isPublic, String title) {
        return """
                {"type": "REGIONAL_COORDINATION", "title": "%s", "start": "2121-07-05T09:00",
                 "end": "2121-07-06T17:00", "timeZone": "Europe/Sarajevo", "venue": "Sarajevo",
                 "framework": "WB-SALW-ROADMAP", "public": %s, "agenda": "KPI data for 2120",
                 "participants": [
                   {"name": "A. Woman", "organisation": "SALW Commission RS", "function": "Chair", "sex": "WOMAN"},
                   {"name": "B. Woman", "organisation": "SEESAC", "function": "Analyst", "sex": "WOMAN"},
                   {"name": "C. Man", "organisation": "UNDP", "function": "Adviser", "sex": "MAN"},
                   {"name": "D. Someone", "organisation": "OSCE", "function": "Observer", "sex": "NOT_RECORDED"}]}""".formatted(title, isPublic);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    @Test
    void theSecretariatPlansARegionalMeetingAndParticipationIsCountedBySex() {
        var created = as("secretariat@demo").post("/api/v1/meetings", regional(true, "12th RCM (test)"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode m = json(created.body());
        assertThat(m.get("type").asString()).isEqualTo("REGIONAL_COORDINATION");
        assertThat(m.get("start").asString()).isEqualTo("2121-07-05T09:00:00");
        assertThat(m.get("timeZone").asString()).isEqualTo("Europe/Sarajevo");
        assertThat(m.get("public").asBoolean()).isTrue();
        assertThat(m.get("participants")).hasSize(4);
        JsonNode p = m.get("participation");
        assertThat(p.get("women").asLong()).isEqualTo(2);
        assertThat(p.get("men").asLong()).isEqualTo(1);
        assertThat(p.get("notRecorded").asLong()).isEqualTo(1);
        assertThat(p.get("total").asLong()).isEqualTo(4);
        assertThat(p.get("womenShare").decimalValue()).isEqualByComparingTo("66.7");

        var read = Http.api(port).get("/api/v1/meetings/" + m.get("id").asLong());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read.body()).get("title").asString()).isEqualTo("12th RCM (test)");
    }

    @Test
    void onlyTheSecretariatPlansRegionalMeetingsAndAJurisdictionOnlyItsOwnLocalOnes() {
        assertThat(as("editor.rs@demo")
                        .post("/api/v1/meetings", regional(true, "Not mine"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.api(port)
                        .post("/api/v1/meetings", regional(true, "Anonymous"))
                        .statusCode())
                .isEqualTo(401);
        String local = """
                {"type": "LOCAL_COORDINATION", "title": "LCM %s (test)", "start": "2121-06-01T10:00",
                 "end": "2121-06-01T15:00", "timeZone": "Europe/Belgrade", "jurisdiction": "%s", "public": false}""";
        assertThat(as("editor.rs@demo")
                        .post("/api/v1/meetings", local.formatted("RS", "RS"))
                        .statusCode())
                .isEqualTo(201);
        var other = as("editor.rs@demo").post("/api/v1/meetings", local.formatted("XK", "XK"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("XK");
        assertThat(as("fund.admin@demo").post("/api/v1/meetings", """
                {"type": "STEERING_COMMITTEE", "title": "SC (test)", "start": "2121-01-28T10:00",
                 "end": "2121-01-28T12:00", "timeZone": "Europe/Belgrade", "fund": "SLW00"}""").statusCode())
                .isEqualTo(201);
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingSaved() {
        long before = jdbc.sql("select count(*) from meeting").query(Long.class).single();
        var refused = as("secretariat@demo").post("/api/v1/meetings", """
                {"type": "LOCAL_COORDINATION", "title": " ", "start": "2121-06-02T10:00", "end": "2121-06-01T10:00",
                 "timeZone": "Mars/Olympus", "participants": [{"name": "", "sex": "WOMAN"}]}""");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("title")
                .contains("end")
                .contains("timeZone")
                .contains("jurisdiction")
                .contains("participants[0].name");
        assertThat(jdbc.sql("select count(*) from meeting").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aMeetingThatIsNotPublicIsHiddenFromThePublicAndFromOtherJurisdictions() {
        var created = as("editor.rs@demo").post("/api/v1/meetings", """
                {"type": "LOCAL_COORDINATION", "title": "Closed LCM RS (test)", "start": "2122-06-01T10:00",
                 "end": "2122-06-01T15:00", "timeZone": "Europe/Belgrade", "jurisdiction": "RS", "public": false}""");
        long id = json(created.body()).get("id").asLong();
        assertThat(Http.api(port).get("/api/v1/meetings/" + id).statusCode()).isEqualTo(404);
        assertThat(as("editor.xk@demo").get("/api/v1/meetings/" + id).statusCode())
                .isEqualTo(404);
        assertThat(as("secretariat@demo").get("/api/v1/meetings/" + id).statusCode())
                .isEqualTo(200);
        assertThat(Http.api(port)
                        .get("/api/v1/meetings?from=2122-01-01&to=2122-12-31")
                        .body())
                .doesNotContain("Closed LCM RS (test)");
        assertThat(Http.api(port).get("/calendar.ics").body()).doesNotContain("Closed LCM RS (test)");
        assertThat(Http.browser(port).get("/meetings/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void actionPointsPastTheirDueDateAreOverduePerOwnerAndPerJurisdiction() {
        var created = as("editor.rs@demo").post("/api/v1/meetings", """
                {"type": "LOCAL_COORDINATION", "title": "LCM RS with action points (test)", "start": "2020-06-01T10:00",
                 "end": "2020-06-01T15:00", "timeZone": "Europe/Belgrade", "jurisdiction": "RS", "public": false}""");
        long id = json(created.body()).get("id").asLong();
        var point = as("editor.rs@demo").post("/api/v1/meetings/" + id + "/action-points", """
                {"title": "Send the 2119 KPI data (test)", "owner": "approver.rs@demo",
                 "organisation": "SALW Commission RS", "due": "2020-07-01"}""");
        assertThat(point.statusCode()).as(point.body()).isEqualTo(201);
        assertThat(json(point.body()).get("overdue").asBoolean()).isTrue();
        as("editor.rs@demo").post("/api/v1/meetings/" + id + "/action-points", """
                {"title": "Not due yet (test)", "owner": "Someone", "due": "2124-01-01"}""");

        String overdue = as("editor.rs@demo")
                .get("/api/v1/action-points?overdue=true&jurisdiction=RS")
                .body();
        assertThat(overdue).contains("Send the 2119 KPI data (test)").doesNotContain("Not due yet (test)");
        assertThat(as("editor.xk@demo")
                        .get("/api/v1/action-points?overdue=true&jurisdiction=RS")
                        .body())
                .doesNotContain("Send the 2119 KPI data (test)");
        JsonNode counts =
                json(as("secretariat@demo").get("/api/v1/action-points/overdue").body());
        assertThat(counts.get("perOwner").get("approver.rs@demo").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("perJurisdiction").get("RS").asLong()).isGreaterThanOrEqualTo(1);

        // The owner sees it as theirs, and closes it.
        var owner = as("approver.rs@demo");
        String mine = owner.get("/api/v1/action-points?mine=true").body();
        assertThat(mine).contains("Send the 2119 KPI data (test)");
        long pointId = json(point.body()).get("id").asLong();
        var done = owner.put("/api/v1/action-points/" + pointId, "{\"status\": \"DONE\", \"note\": \"Sent\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done.body()).get("overdue").asBoolean()).isFalse();
        assertThat(as("editor.xk@demo")
                        .put("/api/v1/action-points/" + pointId, "{\"status\": \"OPEN\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSteeringCommitteeDecisionIsTheFundsAllocationDecisionLinkedBothWays() {
        // The committee decides on one of the demo fund's proposals waiting for a decision.
        String open = jdbc.sql("""
                select p.code from proposal p where p.fund_code = 'SLW00' and p.state in ('SUBMITTED', 'DEFERRED')
                order by p.id limit 1""").query(String.class).optional().orElse(null);
        assertThat(open)
                .as("a proposal of the demo fund waiting for a decision")
                .isNotNull();
        var sc = as("fund.admin@demo").post("/api/v1/meetings", """
                {"type": "STEERING_COMMITTEE", "title": "SC deciding (test)", "start": "2121-02-10T10:00",
                 "end": "2121-02-10T12:00", "timeZone": "Europe/Belgrade", "fund": "SLW00"}""");
        long id = json(sc.body()).get("id").asLong();
        var decided = as("fund.admin@demo").post("/api/v1/meetings/" + id + "/decisions", """
                {"text": "Deferred until the revised budget is in", "allocation":
                  {"proposal": "%s", "outcome": "DEFERRED", "reason": "Budget to be revised"}}""".formatted(open));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        long fundDecision = json(decided.body()).get("fundDecisionId").asLong();
        assertThat(jdbc.sql("select meeting_link from committee_decision where id = ?")
                        .param(fundDecision)
                        .query(String.class)
                        .single())
                .isEqualTo("/meetings/" + id);
        var admin = Http.browser(port);
        admin.signIn("fund.admin@demo", "demo");
        assertThat(admin.get("/funds/SLW00/proposals").body()).contains("href=\"/meetings/" + id + "\"");
        assertThat(json(as("fund.admin@demo").get("/api/v1/meetings/" + id).body())
                        .get("decisions")
                        .get(0)
                        .get("fundDecisionId")
                        .asLong())
                .isEqualTo(fundDecision);
    }

    @Test
    void thePublicCalendarIsValidICalendarWithMeetingsInTheirOwnTimeZone() throws Exception {
        as("secretariat@demo")
                .post(
                        "/api/v1/meetings",
                        regional(true, "Calendar RCM (test)")
                                .replace("2121-07-05T09:00", "2027-07-05T09:00")
                                .replace("2121-07-06T17:00", "2027-07-06T17:00"));
        var res = Http.api(port).get("/calendar.ics");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(res.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent rcm = events.stream()
                .filter(e -> e.getSummary().getValue().equals("Calendar RCM (test)"))
                .findFirst()
                .orElseThrow();
        // Sarajevo's rules are Belgrade's (a link in the tz database): the feed names the zone that defines them.
        String tzid = rcm.getDateTimeStart().getParameter("TZID").orElseThrow().getValue();
        assertThat(tzid).isIn("Europe/Sarajevo", "Europe/Belgrade");
        assertThat(res.body()).contains("BEGIN:VTIMEZONE\r\nTZID:" + tzid);
        var start = java.time.ZonedDateTime.from(rcm.getDateTimeStart().getDate());
        assertThat(start.toOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(start.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2027-07-05T09:00"));
    }

    @Test
    void aPersonalFeedShowsTheOwnersActionPointsAndStopsWorkingWhenRevoked() throws Exception {
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        var m = as("editor.rs@demo").post("/api/v1/meetings", """
                {"type": "LOCAL_COORDINATION", "title": "LCM RS feed (test)", "start": "2027-03-01T10:00",
                 "end": "2027-03-01T12:00", "timeZone": "Europe/Belgrade", "jurisdiction": "RS"}""");
        long id = json(m.body()).get("id").asLong();
        as("editor.rs@demo").post("/api/v1/meetings/" + id + "/action-points", """
                {"title": "Feed action point (test)", "owner": "editor.rs@demo", "due": "2027-04-01"}""");
        var page = editor.submit("/account/calendar", "/account/calendar", java.util.Map.of());
        String shown = editor.get("/account/calendar").body();
        var matcher = java.util.regex.Pattern.compile("/calendar/([A-Za-z0-9_-]{40,})\\.ics")
                .matcher(shown);
        assertThat(matcher.find())
                .as("the feed's address is shown once after creating it")
                .isTrue();
        String url = "/calendar/" + matcher.group(1) + ".ics";
        assertThat(page.statusCode()).isIn(200, 302);
        assertThat(jdbc.sql("select count(*) from calendar_feed where secret_hash = ?")
                        .param(matcher.group(1))
                        .query(Long.class)
                        .single())
                .as("only a hash of the secret is stored")
                .isZero();

        var feed = Http.api(port).get(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        assertThat(feed.body())
                .contains("Feed action point (test)")
                .contains("LCM RS feed (test)")
                .as("the report due dates of the frameworks Serbia reports on")
                .contains("SUMMARY:Western Balkans SALW Control Roadmap: reports for");
        assertThat(editor.get("/account/calendar").body()).doesNotContain(matcher.group(1));

        editor.submit("/account/calendar", "/account/calendar/revoke", java.util.Map.of());
        assertThat(Http.api(port).get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void aFundAdministratorsFeedCarriesTheFundsDeadlinesAndCalls() throws Exception {
        var admin = Http.browser(port);
        admin.signIn("fund.admin@demo", "demo");
        admin.submit("/account/calendar", "/account/calendar", java.util.Map.of());
        var matcher = java.util.regex.Pattern.compile("/calendar/([A-Za-z0-9_-]{40,})\\.ics")
                .matcher(admin.get("/account/calendar").body());
        assertThat(matcher.find()).isTrue();
        var feed = Http.api(port).get("/calendar/" + matcher.group(1) + ".ics");
        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        calendar.validate();
        List<String> summaries = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getSummary().getValue())
                .toList();
        assertThat(summaries)
                .contains("Western Balkans SALW Control Roadmap Multi-Partner Trust Fund:"
                        + " annual financial and final reports due")
                .as("its steering committee meetings")
                .anyMatch(t -> t.contains("Steering Committee"));
        assertThat(Http.api(port).get("/calendar/not-a-secret.ics").statusCode())
                .isEqualTo(404);
    }
}
