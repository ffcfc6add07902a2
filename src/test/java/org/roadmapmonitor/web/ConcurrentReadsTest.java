package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A busy day, or an unkind visitor: 64 anonymous clients reading every public endpoint at once for at least five
 * seconds, and on until each endpoint was read at least {@link #MIN_HITS} times under that load. Every answer
 * is an answer (no 5xx), and the health check keeps answering within a second, because no request ever holds
 * more than one database connection (a second one is refused outright, which would show here as a 500).
 */
@IntegrationTest
class ConcurrentReadsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int READERS = 64;
    private static final long SECONDS = 5;
    private static final int MIN_HITS = 2;
    private static final List<String> PAGES = List.of(
            "/",
            "/login",
            "/frameworks",
            "/frameworks/WB-SALW-ROADMAP",
            "/frameworks/WB-SALW-ROADMAP/versions/2030",
            "/frameworks/WB-SALW-ROADMAP/calendar",
            "/frameworks/WB-SALW-ROADMAP/dashboard",
            "/api/v1/analytics?framework=WB-SALW-ROADMAP&jurisdiction=WB",
            "/jurisdictions",
            "/jurisdictions/RS",
            "/frameworks/WB-SALW-ROADMAP/map?kpi=KPI-9",
            "/frameworks/WB-SALW-ROADMAP/kpis/KPI-8",
            "/frameworks/WB-SALW-ROADMAP/jurisdictions/RS",
            "/frameworks/WB-SALW-ROADMAP/gender",
            "/periods",
            "/open-data",
            "/reports",
            "/funds",
            "/funds/SLW00",
            "/funds/SLW00/donors",
            "/funds/SLW00/projects",
            "/funds/SLW00/committee",
            "/funds/SLW00/results",
            "/funds/SLW00/reports",
            "/funds/SLW00/ledger",
            "/action-plans",
            "/action-plans/1",
            "/activities",
            "/activities?framework=CARIBBEAN-FIREARMS-ROADMAP",
            "/activities/1");

    @LocalServerPort
    int port;

    @Test
    void sixtyFourAnonymousReadersOfEveryPublicEndpointGetAnswersAndHealthStaysFast() throws Exception {
        List<String> urls = publicReads();
        warmUp(urls);

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        urls.forEach(url -> hits.put(url, new AtomicInteger()));
        // Endpoints not yet read MIN_HITS times: the readers go on past the load window until there are none,
        // so a slow machine makes the test longer, never blind to an endpoint.
        AtomicInteger unread = new AtomicInteger(urls.size());
        AtomicLong slowestHealth = new AtomicLong();
        Queue<Integer> healthStatuses = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        var readersDone = new CountDownLatch(READERS);
        var executor = Executors.newFixedThreadPool(READERS + 1);
        var readers = Http.api(port);
        try {
            for (int r = 0; r < READERS; r++) {
                // Each reader walks the whole list in turn, starting at its own place in it.
                int first = r * urls.size() / READERS;
                executor.submit(() -> {
                    try {
                        for (int i = first; System.nanoTime() < deadline || unread.get() > 0; i++) {
                            String url = urls.get(i % urls.size());
                            int status = readers.get(url).statusCode();
                            if (hits.get(url).incrementAndGet() == MIN_HITS) {
                                unread.decrementAndGet();
                            }
                            if (status >= 500) {
                                failures.add(status + " GET " + url);
                            }
                        }
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    } finally {
                        readersDone.countDown();
                    }
                    return null;
                });
            }
            var health = Http.api(port);
            assertThat(health.get("/actuator/health").statusCode()).isEqualTo(200);
            executor.submit(() -> {
                Thread.sleep(500);
                while (readersDone.getCount() > 0) {
                    long start = System.nanoTime();
                    healthStatuses.add(health.get("/actuator/health").statusCode());
                    slowestHealth.accumulateAndGet(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Math::max);
                    Thread.sleep(100);
                }
                return null;
            });
        } finally {
            executor.shutdown();
            assertThat(executor.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).as("server errors under load").isEmpty();
        assertThat(hits.entrySet().stream()
                        .filter(e -> e.getValue().get() < MIN_HITS)
                        .map(Map.Entry::getKey))
                .as("endpoints read fewer than %d times under load", MIN_HITS)
                .isEmpty();
        assertThat(healthStatuses).isNotEmpty().allMatch(s -> s == 200);
        assertThat(slowestHealth.get()).as("slowest health answer (ms)").isLessThan(1000);
    }

    /** A running service, not a cold one: every endpoint answered once, then a second of moderate load. */
    private void warmUp(List<String> urls) throws InterruptedException {
        for (String url : urls) {
            assertThat(Http.api(port).get(url).statusCode()).as("GET " + url).isLessThan(500);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        var executor = Executors.newFixedThreadPool(8);
        var http = Http.api(port);
        for (int r = 0; r < 8; r++) {
            int first = r * 7;
            executor.submit(() -> {
                for (int i = first; System.nanoTime() < until; i++) {
                    http.get(urls.get(i % urls.size()));
                }
            });
        }
        executor.shutdown();
        assertThat(executor.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Every GET of the API (from its OpenAPI document, with demo data filled in) and the public pages. */
    private List<String> publicReads() {
        var http = Http.api(port);
        JsonNode published =
                JSON.readTree(http.get("/api/v1/reports?state=PUBLISHED").body());
        assertThat(published).as("the demo data has a published report").isNotEmpty();
        String report = published.get(0).get("id").asString();
        var urls = new ArrayList<String>();
        JsonNode paths = JSON.readTree(http.get("/v3/api-docs").body()).get("paths");
        for (String path : paths.propertyNames()) {
            if (paths.get(path).has("get")) {
                urls.add(fill(path, report));
            }
        }
        urls.add("/api/v1/funds/SLW00/status?format=csv");
        urls.add("/api/v1/funds/SLW00/status?format=xlsx");
        urls.add("/activities.csv");
        urls.add("/activities.xlsx");
        urls.add("/api/v1/activities/gaps?framework=WB-SALW-ROADMAP");
        urls.add("/reports/" + report + "/activities");
        urls.addAll(PAGES);
        urls.add("/reports/" + report);
        return List.copyOf(new LinkedHashSet<>(urls));
    }

    private static String fill(String path, String report) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            // A variable's value follows from the segment before it (already filled when that was a variable too).
            segments[i] = switch (segments[i - 1]) {
                case "frameworks" -> "WB-SALW-ROADMAP";
                case "versions" -> "2030";
                case "funds" -> "SLW00";
                case "jurisdictions" -> "RS";
                case "periods" -> "2024S1";
                case "reports" -> report;
                case "ledger", "imports", "publications" -> "1";
                case "designations" -> "frameworks";
                case "meetings", "action-points" -> "1";
                case "evidence" -> "weapon-items";
                case "weapon-items" -> "1";
                case "action-plans", "activities" -> "1";
                case "indicators" -> "WB-SALW-ROADMAP";
                case "WB-SALW-ROADMAP" -> "KPI-6";
                case "datasets" -> "fund-status-SLW00.csv";
                case "data", "dataflow" -> "VC_ARM_SZTRACE";
                case "codelist" -> "CL_AREA";
                case "poa-reports" -> "1";
                default ->
                    throw new AssertionError(
                            "No demo value for " + segments[i] + " in " + path + ": add one to this test");
            };
        }
        return String.join("/", segments);
    }
}
