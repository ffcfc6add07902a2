package org.roadmapmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes started together on one empty database, as behind a load balancer: both come up,
 * the shipped and demo data are loaded once, a node says it is ready only once that is done, and a browser
 * session started on one node is served by the other.
 */
class TwoNodesTest {
    private static final int[] PORTS = new int[2];
    private static final ConfigurableApplicationContext[] NODES = new ConfigurableApplicationContext[2];
    private static final Queue<String> READY_TOO_EARLY = new ConcurrentLinkedQueue<>();
    private static final Queue<Integer> NOT_READY_ANSWERS = new ConcurrentLinkedQueue<>();
    private static JdbcClient database;

    @BeforeAll
    static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        String url = TestDatabase.freshDatabase();
        database = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                url, TestDatabase.user(), TestDatabase.password()));
        PORTS[0] = freePort();
        PORTS[1] = freePort();
        var starting = Executors.newFixedThreadPool(3);
        var starting1 = new AtomicBoolean(true);
        try {
            starting.submit(() -> watchReadiness(starting1));
            Future<ConfigurableApplicationContext> a = starting.submit(() -> node(url, PORTS[0]));
            Future<ConfigurableApplicationContext> b = starting.submit(() -> node(url, PORTS[1]));
            NODES[0] = a.get(5, TimeUnit.MINUTES);
            NODES[1] = b.get(5, TimeUnit.MINUTES);
        } finally {
            starting1.set(false);
            starting.shutdown();
            starting.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    @AfterAll
    static void stopTheNodes() {
        for (var node : NODES) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void bothNodesBecomeReadyOnlyAfterTheDataIsLoadedAndNothingIsLoadedTwice() {
        for (int port : PORTS) {
            var readiness = Http.api(port).get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("UP");
        }
        assertThat(NOT_READY_ANSWERS)
                .as("a starting node answered, but not as ready")
                .isNotEmpty();
        assertThat(READY_TOO_EARLY).as("ready before the demo data was there").isEmpty();
        assertThat(database.sql("""
                        select entity_type || ' ' || entity_id from audit_event where action = 'CREATE'
                        group by entity_type, entity_id having count(*) > 1""").query(String.class).list())
                .as("things created twice")
                .isEmpty();
        assertThat(database.sql("select count(*) from app_user where email like '%@demo'")
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
        assertThat(Http.api(PORTS[1]).get("/api/v1/funds/SLW00").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionStartedOnOneNodeIsServedByTheOtherUntilSignedOutThere() {
        var browser = Http.browser(PORTS[0]);
        assertThat(browser.signIn("editor.rs@demo", "demo").statusCode()).isEqualTo(302);
        String session = browser.cookie("JSESSIONID").orElseThrow();

        var otherNode = Http.api(PORTS[1]);
        var account = otherNode.get("/account", "Cookie", "JSESSIONID=" + session);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("editor.rs@demo");

        var form = otherNode.get("/account", "Cookie", "JSESSIONID=" + session).body();
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(csrf.find()).isTrue();
        var signOut = otherNode.sendRaw(
                "/logout",
                "application/x-www-form-urlencoded",
                "_csrf=" + csrf.group(1),
                "Cookie",
                "JSESSIONID=" + session);
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(browser.get("/account").statusCode())
                .as("signed out on the other node, so signed out here too")
                .isEqualTo(302);
    }

    @Test
    void failedSignInsOnOneNodeLockTheAccountOnTheOther() {
        for (int i = 0; i < 5; i++) {
            assertThat(Http.api(PORTS[0])
                            .basic("approver.rs@demo", "wrong")
                            .get("/api/v1/me")
                            .statusCode())
                    .isEqualTo(401);
        }
        var locked = Http.api(PORTS[1]).basic("approver.rs@demo", "demo").get("/api/v1/me");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("Too many failed sign-ins");
    }

    private static ConfigurableApplicationContext node(String url, int port) {
        return new SpringApplicationBuilder(App.class)
                .run(
                        "--server.port=" + port,
                        "--roadmap.db.url=" + url,
                        "--roadmap.db.user=" + TestDatabase.user(),
                        "--roadmap.db.password=" + TestDatabase.password(),
                        "--roadmap.db.pool-size=4",
                        "--roadmap.demo=true",
                        "--spring.main.banner-mode=off");
    }

    /** Polls both nodes' readiness while they start; a ready answer must find the demo data loaded. */
    private static Void watchReadiness(AtomicBoolean starting) throws InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        while (starting.get()) {
            for (int port : PORTS) {
                try {
                    var res = client.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (res.statusCode() == 200) {
                        List<Long> ledger = database.sql("select count(*) from ledger_entry where fund_code = 'SLW00'")
                                .query(Long.class)
                                .list();
                        if (ledger.isEmpty() || ledger.get(0) == 0) {
                            READY_TOO_EARLY.add("port " + port);
                        }
                    } else {
                        NOT_READY_ANSWERS.add(res.statusCode());
                    }
                } catch (IOException e) {
                    // Not listening yet.
                }
            }
            Thread.sleep(50);
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
