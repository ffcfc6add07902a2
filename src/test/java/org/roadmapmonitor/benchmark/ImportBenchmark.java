package org.roadmapmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Times {@code POST /api/v1/dataValueSets} (dry run) at 4k to 32k values, half of them repeating a value
 * already sent (each a conflict), the case that was quadratic: 32k values took 10.7 s. Not part of the normal
 * test run; run it with
 * {@code mvn -B -ntp test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Writes
 * target/benchmarks/imports.txt and checks that doubling the size at most about doubles the time.
 */
@IntegrationTest
class ImportBenchmark {
    static final int[] SIZES = {4_000, 8_000, 16_000, 32_000};
    static final int RUNS = 3;

    @LocalServerPort
    int port;

    @Test
    void importTimeGrowsLinearlyWithTheNumberOfValues() throws Exception {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2081");
        var api = Http.api(port).basic("editor.rs@demo", "demo");
        var lines = new ArrayList<String>();
        long[] best = new long[SIZES.length];
        api.post("/api/v1/dataValueSets?dryRun=true&atomicMode=NONE", body(1_000)); // warm-up
        for (int s = 0; s < SIZES.length; s++) {
            String body = body(SIZES[s]);
            best[s] = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                long t0 = System.nanoTime();
                var res = api.post("/api/v1/dataValueSets?dryRun=true&atomicMode=NONE", body);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(res.statusCode()).as(res.body().substring(0, 200)).isEqualTo(200);
                best[s] = Math.min(best[s], ms);
            }
            lines.add(String.format("%6d values: best of %d runs %6d ms", SIZES[s], RUNS, best[s]));
        }
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/imports.txt"), lines);
        lines.forEach(System.out::println);
        // Quadratic growth would be 4x per doubling; allow noise on a shared machine.
        assertThat(best[3]).isLessThan(best[1] * 6);
    }

    /** n values in one report, every second one repeating the value before it (a conflict). */
    private static String body(int n) {
        var b = new StringBuilder(
                "{\"dataSet\": \"WB-SALW-ROADMAP\", \"orgUnit\": \"RS\", \"period\": \"2081\"," + " \"dataValues\": [");
        for (int i = 0; i < n; i++) {
            int indicator = 1 + (i / 2) % 15;
            b.append(i == 0 ? "" : ",")
                    .append("{\"dataElement\":\"KPI-")
                    .append(indicator)
                    .append("\",\"value\":\"")
                    .append(i % 100)
                    .append("\"}");
        }
        return b.append("]}").toString();
    }
}
