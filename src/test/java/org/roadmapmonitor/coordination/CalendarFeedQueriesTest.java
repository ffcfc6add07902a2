package org.roadmapmonitor.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The iCalendar feeds ask the database the same number of statements however many frameworks and funds they
 * cover: nothing is asked per framework (its reporting calendar) or per fund (its calls for proposals).
 */
@IntegrationTest
class CalendarFeedQueriesTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicAndPersonalFeedsAskAFixedNumberOfQueries() {
        String personal = secretariatFeed();
        var anonymous = Http.api(port);
        Map<String, Long> before = counts(anonymous, personal);

        for (int n = 1; n <= 3; n++) {
            addFrameworkWithAnOpenPeriod("FEED-FW-" + n);
            addFundWithACall("FEED-F" + n);
        }
        Map<String, Long> after = counts(anonymous, personal);

        assertThat(anonymous.get("/calendar.ics").body()).contains("FEED-F3");
        assertThat(anonymous.get(personal).body()).contains("Feed framework FEED-FW-3", "FEED-F3");
        assertThat(after).isEqualTo(before);
    }

    private Map<String, Long> counts(Http anonymous, String personal) {
        anonymous.get("/calendar.ics");
        anonymous.get(personal);
        return Map.of(
                "public feed", StatementCounter.during(() -> anonymous.get("/calendar.ics")),
                "secretariat's feed", StatementCounter.during(() -> anonymous.get(personal)));
    }

    private String secretariatFeed() {
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        secretariat.submit("/account/calendar", "/account/calendar", Map.of());
        var matcher = Pattern.compile("/calendar/([A-Za-z0-9_-]{40,})\\.ics")
                .matcher(secretariat.get("/account/calendar").body());
        assertThat(matcher.find()).isTrue();
        return "/calendar/" + matcher.group(1) + ".ics";
    }

    private void addFrameworkWithAnOpenPeriod(String code) {
        var created =
                Http.api(port).basic("secretariat@demo", "demo").post("/api/v1/frameworks", """
                {"code": "%s", "name": "Feed framework %s", "objectiveLabel": "GOAL", "region": "WB",
                 "reportingPeriodType": "YEARLY", "version": "1", "status": "ACTIVE",
                 "objectives": [{"code": "G1", "number": 1, "title": "Goal one", "indicators": [
                   {"code": "K1", "title": "People trained", "type": "COUNT", "aggregation": "SUM",
                    "valueSource": "REPORTED"}]}]}""".formatted(code, code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // Due within the feed's window (a year back, two ahead), so that the feed shows it.
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        var opened = secretariat.submit(
                "/frameworks/" + code + "/calendar",
                "/frameworks/" + code + "/calendar",
                Map.of(
                        "period",
                        "2155",
                        "opensOn",
                        "2020-01-01",
                        "closesOn",
                        LocalDate.now().plusDays(60).toString()));
        assertThat(opened.statusCode()).as(opened.body()).isIn(200, 302, 303);
    }

    private void addFundWithACall(String code) {
        jdbc.sql("""
                insert into fund (code, name, administrative_agent, chair, start_date)
                values (?, ?, 'UNDP MPTF Office', 'A chair', date '2025-01-01')""").params(code, code + " fund").update();
        jdbc.sql("""
                insert into call_for_proposals (fund_code, number, title, opens_on, closes_on, eligible)
                values (?, 1, 'Feed call', current_date, current_date + 30, 'Anyone')""").param(code).update();
    }
}
