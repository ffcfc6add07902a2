package org.roadmapmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.identity.UserAdministration.NewUser;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in throttling counts parallel guesses exactly, per account and client address. */
@IntegrationTest
class SignInThrottleTest {
    private static final String THROTTLED = "Too many failed sign-ins";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration admin;

    @Test
    void fortyParallelWrongPasswordsAreCheckedAtMostFiveTimes() throws Exception {
        create("parallel@test");
        List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String guess = "wrong-" + i;
            guesses.add(() -> Http.api(port).basic("parallel@test", guess).get("/api/v1/me"));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(40);
        try {
            for (Future<HttpResponse<String>> f : pool.invokeAll(guesses)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(401));
        long checked =
                answers.stream().filter(a -> !a.body().contains(THROTTLED)).count();
        assertThat(checked).isEqualTo(5);
        var rightPassword =
                Http.api(port).basic("parallel@test", "right-password-1").get("/api/v1/me");
        assertThat(rightPassword.statusCode()).isEqualTo(401);
        assertThat(rightPassword.body()).contains(THROTTLED);
    }

    @Test
    void parallelSignInsWithTheRightPasswordAreNotTakenForGuessing() throws Exception {
        create("script@test");
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() ->
                    Http.api(port).basic("script@test", "right-password-1").get("/api/v1/me"));
        }
        var pool = Executors.newFixedThreadPool(12);
        try {
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                var answer = f.get();
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void guessesFromOneAddressDoNotLockTheAccountOutElsewhere() {
        create("elsewhere@test");
        var attacker = Http.api(port).basic("elsewhere@test", "wrong");
        for (int i = 0; i < 6; i++) {
            attacker.get("/api/v1/me", "X-Forwarded-For", "198.51.100.7");
        }
        assertThat(attacker.get("/api/v1/me", "X-Forwarded-For", "198.51.100.7").body())
                .contains(THROTTLED);
        var user = Http.api(port)
                .basic("elsewhere@test", "right-password-1")
                .get("/api/v1/me", "X-Forwarded-For", "203.0.113.20");
        assertThat(user.statusCode()).isEqualTo(200);
    }

    @Test
    void behindAnUntrustedProxyGuessesAreSlowedDownNotLocked() throws InterruptedException {
        create("proxied@test");
        // 192.0.2.1 is not a trusted proxy, so the client behind it (198.51.100.9) is unknown.
        String[] via = {"X-Forwarded-For", "198.51.100.9, 192.0.2.1"};
        var guesser = Http.api(port).basic("proxied@test", "wrong");
        for (int i = 0; i < 6; i++) {
            assertThat(guesser.get("/api/v1/me", via).body()).doesNotContain(THROTTLED);
        }
        var tooSoon = Http.api(port).basic("proxied@test", "right-password-1").get("/api/v1/me", via);
        assertThat(tooSoon.statusCode()).isEqualTo(401);
        assertThat(tooSoon.body()).contains(THROTTLED).contains("second");
        Thread.sleep(1_200);
        assertThat(Http.api(port)
                        .basic("proxied@test", "right-password-1")
                        .get("/api/v1/me", via)
                        .statusCode())
                .isEqualTo(200);
    }

    private void create(String email) {
        SystemActor.run(() -> admin.createUser(new NewUser(email, email, "right-password-1", null)));
    }
}
