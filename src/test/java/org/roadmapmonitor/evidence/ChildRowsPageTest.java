package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's child rows (an incident's people) and the records that belong to it (an event's weapons) are
 * added, corrected and removed on its page by whoever may edit it, through the same checks as the API.
 */
@IntegrationTest
class ChildRowsPageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long created(java.net.http.HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    /** The revision a page shows the record with (its forms' hidden field). */
    private String revision(String table, long id) {
        return String.valueOf(count("select revision from " + table + " where id = ?", id));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void anEditorAddsCorrectsAndRemovesAnIncidentsPeopleOnItsPage() {
        long incident = created(Http.api(port).basic("editor.rs@demo", "demo").post("/api/v1/evidence/incidents", """
                {"jurisdiction": "RS", "incidentRef": "CHILD-IN-1", "occurredOn": "2022-02-02", "incidentType": "CRIMINAL",
                 "persons": [{"role": "VICTIM", "sex": "FEMALE", "ageGroup": "19-35", "outcome": "INJURED"}]}"""));
        String page = "/evidence/records/incidents/" + incident;
        String action = page + "/children/persons";
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        assertThat(editor.get(page).body()).contains("Victims and perpetrators").contains("edit=persons:0");

        var added = editor.submit(
                page + "?edit=persons:new",
                action,
                Map.of(
                        "f_role",
                        "PERPETRATOR",
                        "f_sex",
                        "MALE",
                        "f_ageGroup",
                        "36-60",
                        "revision",
                        revision("incident", incident)));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from incident_person where incident_id = ?", incident))
                .isEqualTo(2);

        var refused = editor.submit(
                page + "?edit=persons:0",
                action,
                Map.of(
                        "index",
                        "0",
                        "f_role",
                        "VICTIM",
                        "f_sex",
                        "WOMAN",
                        "f_ageGroup",
                        "19-35",
                        "revision",
                        revision("incident", incident)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("persons[0].sex");
        assertThat(count("select count(*) from incident_person where incident_id = ? and sex = 'FEMALE'", incident))
                .isEqualTo(1);

        var corrected = editor.submit(
                page + "?edit=persons:0",
                action,
                Map.of(
                        "index",
                        "0",
                        "f_role",
                        "VICTIM",
                        "f_sex",
                        "UNKNOWN",
                        "f_ageGroup",
                        "61+",
                        "f_outcome",
                        "KILLED",
                        "revision",
                        revision("incident", incident)));
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(count(
                        "select count(*) from incident_person where incident_id = ? and sex = 'UNKNOWN' and outcome = 'KILLED'",
                        incident))
                .isEqualTo(1);

        var removed = editor.submit(
                page + "?edit=persons:1",
                action,
                Map.of(
                        "index",
                        "1",
                        "remove",
                        "true",
                        "f_role",
                        "PERPETRATOR",
                        "revision",
                        revision("incident", incident)));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from incident_person where incident_id = ?", incident))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from audit_event where entity_type = 'evidence.incidents' and entity_id = ?",
                        String.valueOf(incident)))
                .isEqualTo(4);

        var approver = Http.browser(port);
        approver.signIn("approver.rs@demo", "demo");
        assertThat(approver.get(page + "?edit=persons:0").body())
                .contains("Victims and perpetrators")
                .doesNotContain("id=\"edit-persons\"")
                .doesNotContain("children/persons");
        assertThat(approver.submit(page, action, Map.of("index", "0", "remove", "true"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anEditorAddsAndDeletesAWeaponOfAnEventFromTheEventsPage() {
        long event = created(Http.api(port).basic("editor.rs@demo", "demo").post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "CHILD-EV-2", "eventType": "FOUND", "eventDate": "2022-03-03"}"""));
        String page = "/evidence/records/arms-events/" + event;
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        var added = editor.submit(
                page + "?edit=weapon-items:new",
                "/evidence/records/weapon-items/new",
                Map.of(
                        "back", page,
                        "f_eventId", String.valueOf(event),
                        "f_category", "RIFLE",
                        "f_serialNumber", "CHILD-SN-2",
                        "f_markingStatus", "UNMARKED"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(page);
        long item = count("select id from weapon_item where serial_number = 'CHILD-SN-2'");
        assertThat(editor.get(page).body()).contains("CHILD-SN-2").contains("edit=weapon-items:" + item);

        var other = Http.browser(port);
        other.signIn("editor.xk@demo", "demo");
        assertThat(other.submit(page, "/evidence/records/weapon-items/" + item + "/delete", Map.of("back", page))
                        .statusCode())
                .isEqualTo(404);
        var deleted = editor.submit(
                page + "?edit=weapon-items:" + item,
                "/evidence/records/weapon-items/" + item + "/delete",
                Map.of("back", page, "revision", revision("weapon_item", item)));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from weapon_item where id = ?", item)).isZero();
    }
}
