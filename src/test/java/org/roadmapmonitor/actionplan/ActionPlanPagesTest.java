package org.roadmapmonitor.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages a user reaches from the jurisdiction and framework pages: the plans (a draft only for its own
 * people), a plan with its forms, and who does what where with its partner form; posts refuse bad input
 * naming the field and change nothing.
 */
@IntegrationTest
class ActionPlanPagesTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long plan(String jurisdiction) {
        return jdbc.sql("select id from action_plan where jurisdiction_code = ? and version = '2030'")
                .param(jurisdiction)
                .query(Long.class)
                .single();
    }

    @Test
    void theJurisdictionAndFrameworkPagesLeadToThePlansAndTheGaps() {
        var anonymous = Http.browser(port);
        assertThat(anonymous.get("/jurisdictions/RS").body()).contains("/action-plans?jurisdiction=RS");
        assertThat(anonymous.get("/frameworks/WB-SALW-ROADMAP").body())
                .contains("/activities?framework=WB-SALW-ROADMAP");
        String plans = anonymous.get("/action-plans?framework=WB-SALW-ROADMAP").body();
        assertThat(plans)
                .contains("National SALW Control Action Plan 2025–2030 (demo)")
                .doesNotContain(
                        "(demo)</a> <span class=\"badge warn\">Demo data</span></td>\n      <td><a href=\"/jurisdictions/XK\"");
        assertThat(plans).doesNotContain("SALW Control Strategy and Action Plan 2025–2030 (demo)");
        assertThat(anonymous.get("/action-plans/" + plan("XK")).statusCode()).isEqualTo(404);

        var xk = Http.browser(port);
        xk.signIn("editor.xk@demo", "demo");
        assertThat(xk.get("/action-plans").body()).contains("SALW Control Strategy and Action Plan 2025–2030 (demo)");
        String page = xk.get("/action-plans/" + plan("XK")).body();
        assertThat(page)
                .contains("Border police detection training (demo)")
                .contains("NI-XK-1")
                .contains("KPI-9");
    }

    @Test
    void anEditorAddsAnActivityToThePlanAndABadDateIsNamed() {
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        String path = "/action-plans/" + plan("RS");
        var fields = new java.util.HashMap<>(Map.of(
                "title", "Marking machines for the police (page)",
                "organisation", "Ministry of Interior",
                "objective", "G7",
                "start", "2027-01-01",
                "end", "1 March 2027",
                "budget", "15000",
                "currency", "EUR",
                "fundingSource", "NATIONAL",
                "status", "PLANNED"));
        var refused = editor.submit(path, path + "/activities", fields);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("“1 March 2027” is not a date");
        assertThat(editor.get(path).body()).doesNotContain("Marking machines for the police (page)");

        fields.put("end", "2027-12-31");
        var saved = editor.submit(path, path + "/activities", fields);
        assertThat(saved.statusCode()).isIn(302, 303);
        assertThat(editor.get(path).body()).contains("Marking machines for the police (page)");

        var other = Http.browser(port);
        other.signIn("editor.xk@demo", "demo");
        assertThat(other.submit("/action-plans", path + "/activities", fields).statusCode())
                .as("another jurisdiction's editor")
                .isEqualTo(403);
    }

    @Test
    void thePartnerFormRecordsAnActivityThatClosesAGapOnThePage() {
        var sec = Http.browser(port);
        sec.signIn("secretariat@demo", "demo");
        String page = "/activities?framework=WB-SALW-ROADMAP&version=2030&jurisdiction=ME&objective=G1";
        assertThat(sec.get(page).body()).contains("No activity");
        var saved = sec.submit(
                page,
                "/activities",
                Map.ofEntries(
                        Map.entry("framework", "WB-SALW-ROADMAP"),
                        Map.entry("version", "2030"),
                        Map.entry("jurisdiction", "ME"),
                        Map.entry("objective", "G1"),
                        Map.entry("title", "Legal gap analysis (page)"),
                        Map.entry("organisation", "UNODC"),
                        Map.entry("start", "2026-01-01"),
                        Map.entry("end", "2026-12-31"),
                        Map.entry("fundingSource", "DONOR"),
                        Map.entry("funder", "France"),
                        Map.entry("status", "ONGOING")));
        assertThat(saved.statusCode()).isIn(302, 303);
        assertThat(sec.get(page).body()).contains("1 activity<").contains("Legal gap analysis (page)");
    }
}
