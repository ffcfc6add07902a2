package org.roadmapmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.roadmapmonitor.evidence.WeaponItemFiles;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A weapon-item CSV imported end to end (HTTP upload, COPY into staging, validation, merge into events and
 * items, job done, SDG 16.4.2 of the year read) against a raw {@code COPY} of the same file into a table of
 * text columns, in the same run on the same database. Not part of the normal run; 1,000,000 rows by default,
 * {@code -Dbenchmark.rows=10000000} for the full size:
 * {@code mvn -B -ntp test -Dtest=EvidenceImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Writes
 * target/benchmarks/evidence-import.txt.
 */
@IntegrationTest
class EvidenceImportBenchmark {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void weaponItemImportAgainstRawCopy() throws Exception {
        long rows = Long.getLong("benchmark.rows", 1_000_000L);
        Path file = WeaponItemFiles.large(dir, "BENCH", rows, "AL");
        var lines = new ArrayList<String>();
        lines.add("rows: " + rows + ", file: " + Files.size(file) / (1024 * 1024) + " MiB");

        jdbc.sql("create table bench_raw (" + String.join(" text, ", WeaponItemFiles.HEADER.split(",")) + " text)")
                .update();
        long t0 = System.nanoTime();
        long copied;
        try (var c = dataSource.getConnection();
                InputStream in = Files.newInputStream(file)) {
            copied = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_raw from stdin (format csv, header true)", in, 1 << 16);
        }
        double copySeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(copied).isEqualTo(rows);
        jdbc.sql("drop table bench_raw").update();
        lines.add(String.format(
                "raw COPY into a table of text columns: %.1f s, %,.0f rows/s", copySeconds, rows / copySeconds));

        var heap = ManagementFactory.getMemoryMXBean();
        var peak = new AtomicLong();
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        System.gc();
        long heapBefore = heap.getHeapMemoryUsage().getUsed();
        sampler.start();
        var http = Http.api(port).basic("secretariat@demo", "demo");
        var json = JsonMapper.builder().build();
        t0 = System.nanoTime();
        var res = http.postFileBody("/api/v1/imports?type=weapon-items", "text/csv", file);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        double uploadSeconds = (System.nanoTime() - t0) / 1e9;
        long id = json.readTree(res.body()).get("id").asLong();
        String state;
        do {
            Thread.sleep(250);
            state = json.readTree(http.get("/api/v1/imports/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.equals("SUCCEEDED") && !state.equals("FAILED"));
        var sdg = http.get("/api/v1/sdg/16.4.2?jurisdiction=AL&period=2023");
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        assertThat(state).isEqualTo("SUCCEEDED");
        assertThat(sdg.statusCode()).isEqualTo(200);
        lines.add(String.format(
                "end to end (upload + COPY to staging %.1f s, then validate, merge, job done, 16.4.2 read): %.1f s,"
                        + " %,.0f rows/s, %.2f x the COPY rate",
                uploadSeconds, importSeconds, rows / importSeconds, copySeconds / importSeconds));
        lines.add(String.format(
                "heap of the whole test JVM (server and client): %d MiB before, peak %d MiB during the import",
                heapBefore >> 20, peak.get() >> 20));
        lines.add("16.4.2 of AL 2023 after the import: "
                + sdg.body().substring(0, Math.min(160, sdg.body().length())));
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/evidence-import.txt"), lines);
        lines.forEach(System.out::println);
        assertThat(Duration.ofSeconds((long) importSeconds)).isPositive();
    }
}
