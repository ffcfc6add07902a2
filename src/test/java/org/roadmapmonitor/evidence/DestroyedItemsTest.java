package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A destruction lists the weapons it destroyed: in the API ({@code items}, ids of weapons of its jurisdiction,
 * a foreign or unknown one a 422 naming it) and on its page (added and removed one at a time); a weapon listed
 * is destroyed on the destruction's date, one removed stored again. Records dated 1965 (this class's years,
 * 2163–2166, lie in the future, which a record may not).
 */
@IntegrationTest
class DestroyedItemsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    private static long id(HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    private long weapon(Http http, long event, String serial) {
        return id(http.post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "RIFLE", "serialNumber": "%s", "markingStatus": "UNIQUELY_MARKED"}""".formatted(event, serial)));
    }

    private String imported(String csv) {
        var http = as("secretariat@demo");
        var res = http.sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String state;
        do {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            state = JSON.readTree(http.get("/api/v1/imports/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.matches("SUCCEEDED|FAILED") && System.nanoTime() < until);
        return state;
    }

    private String disposition(long weapon) {
        return jdbc.sql("select disposition || ' ' || coalesce(destroyed_on::text, '-') from weapon_item where id = ?")
                .param(weapon)
                .query(String.class)
                .single();
    }

    private long links(long destruction) {
        return jdbc.sql("select count(*) from destruction_item where destruction_id = ?")
                .param(destruction)
                .query(Long.class)
                .single();
    }

    @Test
    void aDestructionListsItsWeaponsWhichAreThenDestroyedOnItsDate() {
        var rs = as("editor.rs@demo");
        long event = id(rs.post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "EVFIX-DI-1", "eventType": "SURRENDERED", "eventDate": "1965-01-10"}"""));
        long first = weapon(rs, event, "EVFIX-DI-SN-1");
        long second = weapon(rs, event, "EVFIX-DI-SN-2");
        var xk = as("editor.xk@demo");
        long xkEvent = id(xk.post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "XK", "eventRef": "EVFIX-DI-2", "eventType": "FOUND", "eventDate": "1965-01-11"}"""));
        long foreign = weapon(xk, xkEvent, "EVFIX-DI-SN-3");

        var created = rs.post("/api/v1/evidence/destructions", """
                {"jurisdiction": "RS", "destructionRef": "EVFIX-DES-1", "destroyedOn": "1965-06-01", "method": "CUTTING",
                 "smallArms": 2, "items": [%d]}""".formatted(first));
        long destruction = id(created);
        JsonNode items = JSON.readTree(created.body()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("weaponItemId").asLong()).isEqualTo(first);
        assertThat(items.get(0).get("serialNumber").asString()).isEqualTo("EVFIX-DI-SN-1");
        assertThat(items.get(0).get("eventRef").asString()).isEqualTo("EVFIX-DI-1");
        assertThat(disposition(first)).isEqualTo("DESTROYED 1965-06-01");

        String path = "/api/v1/evidence/destructions/" + destruction;
        var read = rs.get(path);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        var refused = rs.put(
                path,
                read.body()
                        .replaceFirst("\"items\":\\[.*?\\]", "\"items\":[%d,%d,999999999]".formatted(second, foreign)),
                "If-Match",
                etag);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body())
                .contains("\"path\":\"items[1]\"", "There is no weapon item " + foreign + " in RS")
                .contains("\"path\":\"items[2]\"", "There is no weapon item 999999999 in RS")
                .doesNotContain("items[0]");
        assertThat(links(destruction)).isEqualTo(1);
        assertThat(disposition(first)).isEqualTo("DESTROYED 1965-06-01");
        assertThat(disposition(second)).isEqualTo("STORED -");
        assertThat(rs.get(path).headers().firstValue("ETag").orElseThrow()).isEqualTo(etag);

        var saves = new java.util.ArrayList<HttpResponse<String>>();
        long statements = StatementCounter.during(() -> saves.add(rs.put(
                path,
                read.body()
                        .replaceFirst("\"items\":\\[.*?\\]", "\"items\":[{\"weaponItemId\":%d}]".formatted(second))
                        .replace("1965-06-01", "1965-06-02"),
                "If-Match",
                etag)));
        var saved = saves.get(0);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body())
                        .get("items")
                        .get(0)
                        .get("weaponItemId")
                        .asLong())
                .isEqualTo(second);
        assertThat(disposition(first)).isEqualTo("STORED -");
        assertThat(disposition(second)).isEqualTo("DESTROYED 1965-06-02");

        // The same number of statements for a list of three weapons as for one.
        long third = weapon(rs, event, "EVFIX-DI-SN-4");
        long fourth = weapon(rs, event, "EVFIX-DI-SN-5");
        var again = rs.get(path);
        saves.clear();
        long forThree = StatementCounter.during(() -> saves.add(rs.put(
                path,
                again.body()
                        .replaceFirst("\"items\":\\[.*?\\]", "\"items\":[%d,%d,%d]".formatted(second, third, fourth)),
                "If-Match",
                again.headers().firstValue("ETag").orElseThrow())));
        assertThat(saves.get(0).statusCode()).as(saves.get(0).body()).isEqualTo(200);
        assertThat(forThree).isEqualTo(statements);
        assertThat(disposition(fourth)).isEqualTo("DESTROYED 1965-06-02");

        // A weapon a destruction lists stays destroyed: it is changed there.
        var weaponRead = rs.get("/api/v1/evidence/weapon-items/" + third);
        var stored = rs.put(
                "/api/v1/evidence/weapon-items/" + third,
                weaponRead.body().replace("\"DESTROYED\"", "\"STORED\"").replace("\"1965-06-02\"", "null"),
                "If-Match",
                weaponRead.headers().firstValue("ETag").orElseThrow());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(422);
        assertThat(stored.body()).contains("is listed by destruction " + destruction);
        // Nor does a file undo it: the weapon keeps the destruction's disposition and date.
        assertThat(imported("""
                        event_ref,event_type,event_date,jurisdiction,category,serial_number,marking_status,disposition
                        EVFIX-DI-1,SURRENDERED,1965-01-10,RS,RIFLE,EVFIX-DI-SN-4,UNIQUELY_MARKED,STORED
                        """)).isEqualTo("SUCCEEDED");
        assertThat(disposition(third)).isEqualTo("DESTROYED 1965-06-02");

        // A PUT without items leaves the list as it is; deleting the destruction stores its weapons again.
        var last = rs.get(path);
        var withoutItems = rs.put(
                path,
                last.body().replaceFirst(",?\"items\":\\[.*?\\]", ""),
                "If-Match",
                last.headers().firstValue("ETag").orElseThrow());
        assertThat(withoutItems.statusCode()).as(withoutItems.body()).isEqualTo(200);
        assertThat(links(destruction)).isEqualTo(3);
        assertThat(rs.send(
                                "DELETE",
                                path,
                                null,
                                "If-Match",
                                withoutItems.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(204);
        assertThat(disposition(second)).isEqualTo("STORED -");
        assertThat(disposition(fourth)).isEqualTo("STORED -");
    }

    @Test
    void anEditorAddsAndRemovesAWeaponOnTheDestructionsPage() {
        var rs = as("editor.rs@demo");
        long event = id(rs.post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "EVFIX-DI-3", "eventType": "FOUND", "eventDate": "1965-02-10"}"""));
        long weapon = weapon(rs, event, "EVFIX-DI-SN-6");
        long destruction = id(rs.post("/api/v1/evidence/destructions", """
                {"jurisdiction": "RS", "destructionRef": "EVFIX-DES-2", "destroyedOn": "1965-07-01", "method": "CRUSHING"}"""));
        String page = "/evidence/records/destructions/" + destruction;
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        assertThat(editor.get(page).body())
                .contains("Weapons destroyed", "No weapon is listed one by one.")
                .contains("<option value=\"" + weapon + "\">EVFIX-DI-SN-6 · EVFIX-DI-3</option>");

        var added =
                editor.submit(page, page + "/items", Map.of("weaponItemId", String.valueOf(weapon), "revision", "1"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(disposition(weapon)).isEqualTo("DESTROYED 1965-07-01");
        String shown = editor.get(page).body();
        assertThat(shown)
                .contains("href=\"/evidence/records/weapon-items/" + weapon + "\"")
                .contains("EVFIX-DI-SN-6")
                .doesNotContain("<option value=\"" + weapon + "\"");

        var stale = editor.submit(
                page,
                page + "/items",
                Map.of("weaponItemId", String.valueOf(weapon), "remove", "true", "revision", "1"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(links(destruction)).isEqualTo(1);
        var removed = editor.submit(
                page,
                page + "/items",
                Map.of("weaponItemId", String.valueOf(weapon), "remove", "true", "revision", "2"));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(links(destruction)).isZero();
        assertThat(disposition(weapon)).isEqualTo("STORED -");

        var approver = Http.browser(port);
        approver.signIn("approver.rs@demo", "demo");
        assertThat(approver.get(page).body()).contains("Weapons destroyed").doesNotContain("add-destroyed-item");
    }
}
