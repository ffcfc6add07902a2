package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A file of a million weapons, streamed through the API into the records with every row validated: all of
 * them stored once. Only the required columns, so the file stays small (~60 MB) and the test short.
 */
@IntegrationTest
class MillionRowImportTest {
    private static final int ROWS = 1_000_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMillionRowFileIsStoredCompletelyAndOnce(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("million.csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("event_ref,event_type,criminal_offence,event_date,jurisdiction,category,marking_status\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("MIL-" + (i / 4) + ",FOUND,,2014-0" + (1 + (i / 4) % 9) + "-01,BA,PISTOL,UNMARKED\n");
            }
        }
        var http = Http.api(port).basic("secretariat@demo", "demo");
        var res = http.postFileBody("/api/v1/imports?type=weapon-items", "text/csv", file);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        var json = JsonMapper.builder().build();
        long id = json.readTree(res.body()).get("id").asLong();
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        String state;
        do {
            Thread.sleep(1000);
            state = json.readTree(http.get("/api/v1/imports/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.equals("SUCCEEDED") && !state.equals("FAILED") && System.nanoTime() < until);
        assertThat(state).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select count(*) from weapon_item where import_job_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*) from arms_event where event_ref like 'MIL-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(ROWS / 4);
    }
}
