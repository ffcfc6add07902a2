package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The weapon-item CSV export is the import's own file: scoped like the records list, formula-looking text
 * neutralised, and imported again it updates the same weapons (with or without serial numbers), never adds.
 */
@IntegrationTest
class WeaponItemExportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RANGE = "jurisdiction=RS&from=2012-07-01&to=2012-07-31";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http as(String user) {
        return Http.api(port).basic(user, "demo");
    }

    private void imported(String csv) throws InterruptedException {
        var res = as("secretariat@demo").sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String body;
        while (!(body = as("secretariat@demo").get("/api/v1/imports/" + id).body()).contains("SUCCEEDED")) {
            assertThat(body).doesNotContain("FAILED");
            assertThat(System.nanoTime()).isLessThan(until);
            Thread.sleep(200);
        }
    }

    private List<String> rows() {
        return jdbc.sql("""
                        select e.event_ref || '|' || w.item_key || '|' || coalesce(w.model, '') || '|'
                               || coalesce(e.agency, '') || '|' || w.tracing_status
                        from weapon_item w join arms_event e on e.id = w.event_id
                        where e.jurisdiction_code = 'RS' and e.event_date between '2012-07-01' and '2012-07-31'
                        order by 1""").query(String.class).list();
    }

    @Test
    void anExportedFileImportedAgainChangesNothingAndAddsNothing() throws InterruptedException {
        imported("""
                event_ref,event_type,criminal_offence,event_date,jurisdiction,agency,category,serial_number,model,marking_status,tracing_status
                RT-1,SEIZED,true,2012-07-03,RS,"=HYPERLINK(""x"")",PISTOL,RT-SN-1,-M70,UNIQUELY_MARKED,PENDING
                RT-1,SEIZED,true,2012-07-03,RS,"=HYPERLINK(""x"")",RIFLE,,M48,UNMARKED,NOT_ATTEMPTED
                RT-2,FOUND,,2012-07-09,RS,Police,PISTOL,RT-SN-2,"CZ, 99",ALTERED,TRACED
                """);
        long event = jdbc.sql("select id from arms_event where jurisdiction_code = 'RS' and event_ref = 'RT-2'")
                .query(Long.class)
                .single();
        var added = as("editor.rs@demo").post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "REVOLVER", "markingStatus": "UNMARKED"}""".formatted(event));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        List<String> before = rows();
        assertThat(before).hasSize(4);

        var res = as("editor.rs@demo").get("/api/v1/evidence/weapon-items.csv?" + RANGE);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String csv = res.body();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFevent_ref,event_type,criminal_offence,event_date,jurisdiction,agency,municipality,"
                        + "category,manufacturer,country_of_manufacture,serial_number,model,calibre,"
                        + "year_of_manufacture,import_marking,marking_status,conversion,legal_status,antique,"
                        + "disposition,destroyed_on,tracing_status,origin_established,origin_method,"
                        + "point_of_diversion,last_legal_record,item_key");
        assertThat(lines).hasSize(5);
        assertThat(csv).contains("'-M70").contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("\"CZ, 99\"");

        assertThat(as("editor.xk@demo")
                        .get("/api/v1/evidence/weapon-items.csv?" + RANGE)
                        .body()
                        .lines())
                .as("another jurisdiction's editor gets the header only")
                .hasSize(1);
        assertThat(Http.api(port)
                        .get("/api/v1/evidence/weapon-items.csv?" + RANGE)
                        .statusCode())
                .as("records are never public")
                .isEqualTo(403);

        imported(csv);
        assertThat(rows()).as("the same weapons, the same text, nothing added").isEqualTo(before);

        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        assertThat(browser.get("/evidence/records/weapon-items?" + RANGE).body())
                .contains("/evidence/records/weapon-items.csv?jurisdiction=RS&amp;from=2012-07-01&amp;to=2012-07-31");
        assertThat(browser.get("/evidence/records/weapon-items.csv?" + RANGE)
                        .body()
                        .lines())
                .containsExactlyInAnyOrderElementsOf(lines);
    }
}
