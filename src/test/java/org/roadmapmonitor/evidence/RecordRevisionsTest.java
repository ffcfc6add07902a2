package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's PUT and DELETE name the revision the caller read (If-Match with the ETag of its GET): 428 without
 * it, 412 when someone changed the record since (the API, a page, an import), and nothing changes then.
 * Records are dated 1963–1966 (this class's years, 2163–2166, lie in the future, which a record may not).
 */
@IntegrationTest
class RecordRevisionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http editor() {
        return Http.api(port).basic("editor.rs@demo", "demo");
    }

    private static String etag(HttpResponse<String> res) {
        return res.headers().firstValue("ETag").orElseThrow();
    }

    private String agency(long id) {
        return jdbc.sql("select agency from arms_event where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void aWriteWithoutIfMatchIsA428AndAStaleOneA412AndNeitherChangesAnything() {
        var created = editor().post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "EVFIX-REV-1", "eventType": "FOUND", "eventDate": "1963-01-02",
                 "agency": "First"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(etag(created)).isEqualTo("\"1\"");
        long id = JSON.readTree(created.body()).get("id").asLong();
        String path = "/api/v1/evidence/arms-events/" + id;
        var read = editor().get(path);
        assertThat(etag(read)).isEqualTo("\"1\"");
        assertThat(JSON.readTree(read.body()).get("revision").asLong()).isEqualTo(1);
        String body = read.body().replace("\"First\"", "\"Second\"");

        var without = editor().put(path, body);
        assertThat(without.statusCode()).as(without.body()).isEqualTo(428);
        assertThat(without.body()).contains("If-Match");
        assertThat(agency(id)).isEqualTo("First");

        var saved = editor().put(path, body, "If-Match", etag(read));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(etag(saved)).isEqualTo("\"2\"");
        assertThat(agency(id)).isEqualTo("Second");

        var stale = editor().put(path, read.body().replace("\"First\"", "\"Third\""), "If-Match", etag(read));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(stale.body()).contains("was changed by someone else");
        assertThat(agency(id)).isEqualTo("Second");

        assertThat(editor().send("DELETE", path, null).statusCode()).isEqualTo(428);
        assertThat(editor().send("DELETE", path, null, "If-Match", etag(read)).statusCode())
                .isEqualTo(412);
        assertThat(agency(id)).isEqualTo("Second");
        assertThat(editor().send("DELETE", path, null, "If-Match", "W/" + etag(saved))
                        .statusCode())
                .isEqualTo(204);
        assertThat(editor().get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void anImportOfTheSameRecordsRaisesTheirRevisionSoAnEarlierReadIsStale() throws Exception {
        var http = Http.api(port).basic("secretariat@demo", "demo");
        String csv = """
                event_ref,event_type,event_date,jurisdiction,category,serial_number,marking_status
                EVFIX-REV-2,FOUND,1964-03-04,RS,PISTOL,EVFIX-REV-SN-2,UNIQUELY_MARKED
                """;
        assertThat(importFile(http, csv).get("state").asString()).isEqualTo("SUCCEEDED");
        long item = jdbc.sql("select id from weapon_item where serial_number = 'EVFIX-REV-SN-2'")
                .query(Long.class)
                .single();
        long event = jdbc.sql("select id from arms_event where event_ref = 'EVFIX-REV-2'")
                .query(Long.class)
                .single();
        var itemRead = http.get("/api/v1/evidence/weapon-items/" + item);
        var eventRead = http.get("/api/v1/evidence/arms-events/" + event);
        assertThat(etag(itemRead)).isEqualTo("\"1\"");

        assertThat(importFile(http, csv.replace("PISTOL", "REVOLVER"))
                        .get("state")
                        .asString())
                .isEqualTo("SUCCEEDED");
        var stale = http.put(
                "/api/v1/evidence/weapon-items/" + item,
                itemRead.body().replace("\"REVOLVER\"", "\"RIFLE\""),
                "If-Match",
                etag(itemRead));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(http.put("/api/v1/evidence/arms-events/" + event, eventRead.body(), "If-Match", etag(eventRead))
                        .statusCode())
                .isEqualTo(412);
        var fresh = http.get("/api/v1/evidence/weapon-items/" + item);
        assertThat(etag(fresh)).isEqualTo("\"2\"");
        assertThat(JSON.readTree(fresh.body()).get("category").asString()).isEqualTo("REVOLVER");
    }

    private JsonNode importFile(Http http, String csv) throws InterruptedException {
        var res = http.postFile("/api/v1/imports?type=weapon-items", "revisions.csv", csv.getBytes(), Map.of());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job;
        do {
            Thread.sleep(200);
            job = JSON.readTree(http.get("/api/v1/imports/" + id).body());
        } while (!job.get("state").asString().matches("SUCCEEDED|FAILED") && System.nanoTime() < until);
        return job;
    }
}
