package org.roadmapmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Memory of workbook uploads (issue #7, item 7): six evidence workbooks of about 13 MB each (the size that took
 * the server from 0.5 to 1.27 GB of RSS) uploaded at once through {@code POST /api/v1/imports}, the JVM's heap
 * sampled every 50 ms from before the first byte until every job has finished. A separate, small benchmark
 * (the large table of RoadmapBenchmark belongs to the import-speed work); run it with
 * {@code mvn -B -ntp test -Dtest=WorkbookUploadBenchmark -Dbench.workbooks=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (it takes minutes, so the normal build skips it). Writes
 * target/benchmarks/workbooks.txt; the goal is a peak heap growth below the size of the files held at once.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench.workbooks", matches = "true")
class WorkbookUploadBenchmark {
    static final int PARALLEL = 6;
    static final int ROWS = Integer.getInteger("bench.workbookRows", 200_000);

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void sixLargeWorkbooksAtOnceKeepTheHeapBounded() throws Exception {
        var files = new ArrayList<Path>();
        for (int f = 0; f < PARALLEL; f++) {
            Path file = dir.resolve("trainings-" + f + ".xlsx");
            write(file, f);
            files.add(file);
        }
        long bytes = Files.size(files.get(0));
        var heap = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = heap.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        var json = JsonMapper.builder().build();
        var jobs = files.stream()
                .map(file -> CompletableFuture.supplyAsync(() -> {
                    var http = Http.api(port).basic("secretariat@demo", "demo");
                    var res = http.postFileBody(
                            "/api/v1/imports?type=trainings",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            file);
                    assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
                    return json.readTree(res.body()).get("id").asLong();
                }))
                .toList();
        var http = Http.api(port).basic("secretariat@demo", "demo");
        for (var job : jobs) {
            long id = job.get();
            String state;
            do {
                Thread.sleep(500);
                state = json.readTree(http.get("/api/v1/imports/" + id).body())
                        .get("state")
                        .asString();
            } while (!state.equals("SUCCEEDED") && !state.equals("FAILED"));
            assertThat(state).isEqualTo("SUCCEEDED");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        long growth = peak.get() - before;
        var lines = List.of(String.format(
                "%d evidence workbooks of %,d rows (%.1f MB each) at once: %.1f s, heap %d MiB before, peak %d MiB"
                        + " (growth %d MiB for %.1f MB of files)",
                PARALLEL,
                ROWS,
                bytes / 1e6,
                seconds,
                before >> 20,
                peak.get() >> 20,
                growth >> 20,
                PARALLEL * bytes / 1e6));
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/workbooks.txt"), lines);
        lines.forEach(System.out::println);
    }

    /** A trainings workbook with {@link #ROWS} rows, each with a date cell, text and numbers. */
    private static void write(Path file, int f) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            var wb = new Workbook(out, "bench", "1.0");
            var sheet = wb.newWorksheet("Trainings");
            String[] header = {
                "jurisdiction",
                "training_ref",
                "title",
                "topic",
                "organiser",
                "started_on",
                "ended_on",
                "participants_female",
                "participants_male"
            };
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            LocalDate start = LocalDate.of(2015, 1, 1);
            for (int r = 1; r <= ROWS; r++) {
                sheet.value(r, 0, "AL");
                sheet.value(r, 1, "BENCH-" + f + "-" + r);
                sheet.value(r, 2, "Stockpile management and record keeping, session " + r);
                sheet.value(r, 3, "STOCKPILE_MANAGEMENT");
                sheet.value(r, 4, "SALW Commission");
                sheet.value(r, 5, start.plusDays(r % 3000));
                sheet.style(r, 5).format("yyyy-mm-dd").set();
                sheet.value(r, 6, start.plusDays(r % 3000 + 1).toString());
                sheet.value(r, 7, r % 17);
                sheet.value(r, 8, r % 23);
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            wb.finish();
        }
    }
}
