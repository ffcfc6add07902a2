package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A weapon-item export imported again as it is, or with rows added: rows of one event reference form one event
 * per jurisdiction (a file across jurisdictions that reuse a reference is not split), and a new row keyed by its
 * line never takes the stored key of an exported weapon ({@code item_key} {@code #<line>}). Events dated 1966
 * (this class's years, 2163–2166, lie in the future, which a record may not).
 */
@IntegrationTest
class ExportReimportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RANGE = "from=1966-03-01&to=1966-03-31";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Http secretariat() {
        return Http.api(port).basic("secretariat@demo", "demo");
    }

    private JsonNode imported(String csv) throws InterruptedException {
        var res = secretariat().sendRaw("/api/v1/imports?type=weapon-items", "text/csv", csv);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        long id = JSON.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode job;
        do {
            Thread.sleep(200);
            job = JSON.readTree(secretariat().get("/api/v1/imports/" + id).body());
        } while (!job.get("state").asString().matches("SUCCEEDED|FAILED") && System.nanoTime() < until);
        return job;
    }

    /** Every weapon of the range: jurisdiction, event, id, key and model. */
    private List<String> weapons() {
        return jdbc.sql("""
                        select e.jurisdiction_code || '|' || e.event_ref || '|' || w.id || '|' || w.item_key || '|'
                               || coalesce(w.model, '')
                        from weapon_item w join arms_event e on e.id = w.event_id
                        where e.event_date between '1966-03-01' and '1966-03-31' order by 1""").query(String.class).list();
    }

    @Test
    void anExportAcrossJurisdictionsWithARowAddedImportsAgainUpdatingTheSameWeaponsAndAddingOne()
            throws InterruptedException {
        assertThat(imported("""
                                event_ref,event_type,event_date,jurisdiction,category,serial_number,model,marking_status
                                EVFIX-SHARED,FOUND,1966-03-02,RS,PISTOL,EVFIX-X-1,M57,UNIQUELY_MARKED
                                EVFIX-SHARED,FOUND,1966-03-02,RS,RIFLE,,M48,UNMARKED
                                EVFIX-SHARED,FOUND,1966-03-02,RS,RIFLE,,M59,UNMARKED
                                EVFIX-SHARED,SURRENDERED,1966-03-05,XK,SHOTGUN,,Zastava,UNMARKED
                                """).get("state").asString()).isEqualTo("SUCCEEDED");
        List<String> before = weapons();
        assertThat(before)
                .hasSize(4)
                .anyMatch(w -> w.startsWith("RS|EVFIX-SHARED|") && w.endsWith("|#3|M48"))
                .anyMatch(w -> w.startsWith("RS|EVFIX-SHARED|") && w.endsWith("|#4|M59"))
                .anyMatch(w -> w.startsWith("XK|EVFIX-SHARED|") && w.endsWith("|#5|Zastava"));

        var export = secretariat().get("/api/v1/evidence/weapon-items.csv?" + RANGE);
        assertThat(export.statusCode()).isEqualTo(200);
        String file = export.body().replace("\uFEFF", "");
        assertThat(file.lines().count()).isEqualTo(5);

        // As it is: one event per jurisdiction, nothing added, nothing changed.
        JsonNode again = imported(file);
        assertThat(again.get("state").asString()).as(again.toString()).isEqualTo("SUCCEEDED");
        assertThat(weapons()).isEqualTo(before);

        // With a new RS weapon without serial number on line 3, where the export names #3 (another weapon's key).
        var lines = new ArrayList<>(file.lines().toList());
        String header = lines.get(0);
        var added = new ArrayList<String>();
        for (String column : header.split(",")) {
            added.add(
                    switch (column) {
                        case "event_ref" -> "EVFIX-SHARED";
                        case "event_type" -> "FOUND";
                        case "event_date" -> "1966-03-02";
                        case "jurisdiction" -> "RS";
                        case "category" -> "CARBINE";
                        case "model" -> "M59/66";
                        case "marking_status" -> "UNMARKED";
                        case "criminal_offence" -> "";
                        default -> "";
                    });
        }
        // The event's other columns as the export wrote them (rows of one event must agree).
        String rsRow = lines.stream()
                .filter(l -> l.startsWith("EVFIX-SHARED,") && l.contains(",RS,"))
                .findFirst()
                .orElseThrow();
        String[] rs = rsRow.split(",", -1);
        List<String> columns = List.of(header.split(","));
        for (String eventColumn : List.of("criminal_offence", "agency", "municipality")) {
            added.set(columns.indexOf(eventColumn), rs[columns.indexOf(eventColumn)]);
        }
        lines.add(2, String.join(",", added));
        String withRow = String.join("\n", lines) + "\n";

        JsonNode first = imported(withRow);
        assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
        List<String> after = weapons();
        assertThat(after).hasSize(5).containsAll(before);
        assertThat(after).anyMatch(w -> w.matches("RS\\|EVFIX-SHARED\\|\\d+\\|#3\\.\\d\\|M59/66"));

        // The same file again stores every weapon once.
        assertThat(imported(withRow).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(weapons()).isEqualTo(after);
    }

    @Test
    void rowsOfOneEventInOneJurisdictionThatDisagreeAreStillErrors() throws InterruptedException {
        JsonNode job = imported("""
                event_ref,event_type,event_date,jurisdiction,category,serial_number,marking_status
                EVFIX-DIS,FOUND,1966-03-10,RS,PISTOL,EVFIX-D-1,UNIQUELY_MARKED
                EVFIX-DIS,FOUND,1966-03-11,RS,PISTOL,EVFIX-D-2,UNIQUELY_MARKED
                EVFIX-DIS,FOUND,1966-03-11,ME,PISTOL,EVFIX-D-3,UNIQUELY_MARKED
                """);
        assertThat(job.get("state").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors").toString()).contains("\"row\":3", "\"column\":\"event_date\"");
        assertThat(job.get("errors")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from arms_event where event_ref = 'EVFIX-DIS'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSlowClientDownloadingTheExportHoldsNoDatabaseConnection() throws Exception {
        // 150,000 weapons (about 20 MB of CSV: more than the sockets buffer, so a server streaming from the
        // database would be stuck mid-transaction while the client waits).
        jdbc.sql("""
                insert into arms_event (jurisdiction_code, event_ref, event_type, event_date, updated_by)
                select 'ME', 'EVFIX-SLOW-' || g, 'FOUND', date '1966-09-01' + (g % 28), 'test'
                from generate_series(1, 1500) g""").update();
        jdbc.sql("""
                insert into weapon_item (event_id, item_key, category, serial_number, model, marking_status)
                select e.id, 'EVFIX-SLOW-SN-' || e.id || '-' || g, 'PISTOL', 'EVFIX-SLOW-SN-' || e.id || '-' || g,
                       'A rather long model name to make the file larger', 'UNIQUELY_MARKED'
                from arms_event e cross join generate_series(1, 100) g
                where e.event_ref like 'EVFIX-SLOW-%'""").update();
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                            + "/api/v1/evidence/weapon-items.csv?jurisdiction=ME&from=1966-09-01&to=1966-09-30"))
                    .header(
                            "Authorization",
                            "Basic " + java.util.Base64.getEncoder().encodeToString("secretariat@demo:demo".getBytes()))
                    .build();
            var res = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            assertThat(res.statusCode()).isEqualTo(200);
            try (var in = res.body()) {
                byte[] start = in.readNBytes(4096);
                assertThat(new String(start, java.nio.charset.StandardCharsets.UTF_8))
                        .contains("event_ref,");
                Thread.sleep(1000); // the client stops reading for a while
                assertThat(jdbc.sql("""
                                select count(*) from pg_stat_activity
                                where datname = current_database() and pid <> pg_backend_pid()
                                  and state <> 'idle' and query like '%p.event_ref%'""").query(Long.class).single())
                        .as("a connection still reading the export while the client waits")
                        .isZero();
                long lines = 1;
                for (byte b : in.readAllBytes()) {
                    if (b == '\n') {
                        lines++;
                    }
                }
                for (byte b : start) {
                    if (b == '\n') {
                        lines++;
                    }
                }
                assertThat(lines - 2).isEqualTo(150_000);
            }
        } finally {
            jdbc.sql("delete from arms_event where event_ref like 'EVFIX-SLOW-%'")
                    .update();
        }
    }
}
