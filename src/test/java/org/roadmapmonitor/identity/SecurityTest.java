package org.roadmapmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.identity.UserAdministration.NewUser;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SecurityTest {
    @LocalServerPort
    int port;

    @Autowired
    UserAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesCarryTheSecurityHeaders() {
        var res = Http.api(port).get("/");
        assertThat(res.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(res.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(res.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void pagesHaveNoInlineScripts() {
        String home = Http.api(port).get("/").body();
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                        .matcher(home)
                        .find())
                .isFalse();
        assertThat(home).doesNotContain("onclick=", "onload=", "onsubmit=");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        var browser = Http.browser(port);
        var res = browser.signIn("secretariat@demo", "demo");
        var cookie = res.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void everyDemoAccountSignsInWithTheDemoPassword() {
        for (String email : new String[] {
            "secretariat@demo",
            "editor.rs@demo",
            "approver.rs@demo",
            "editor.xk@demo",
            "fund.admin@demo",
            "puno.undp@demo",
            "donor@demo"
        }) {
            var res = Http.browser(port).signIn(email, "demo");
            assertThat(res.statusCode()).as(email).isEqualTo(302);
            assertThat(res.headers().firstValue("Location"))
                    .as(email)
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        }
    }

    @Test
    void demoRolesAreScoped() {
        var rs = Http.api(port).basic("editor.rs@demo", "demo");
        assertThat(rs.get("/api/v1/me").body())
                .contains("\"JURISDICTION_EDITOR\"")
                .contains("\"RS\"")
                .doesNotContain("\"XK\"");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        SystemActor.run(
                () -> admin.createUser(new NewUser("throttle@test", "Throttle test", "right-password-1", null)));
        var api = Http.api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.basic("throttle@test", "wrong").get("/api/v1/me").statusCode())
                    .isEqualTo(401);
        }
        var locked = api.basic("throttle@test", "right-password-1").get("/api/v1/me");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("Too many failed sign-ins");
        var form = Http.browser(port).signIn("throttle@test", "right-password-1");
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error=locked"));
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from app_user where email = 'secretariat@demo'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
    }

    @Test
    void apiTokensWorkUntilRevokedAndAreStoredHashed() {
        var browser = Http.browser(port);
        browser.signIn("editor.rs@demo", "demo");
        var created = browser.submit("/account", "/account/tokens", Map.of("name", "test system", "validDays", "30"));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = browser.get("/account").body();
        var m = Pattern.compile("(rmt_[A-Za-z0-9_-]{20,})").matcher(page);
        assertThat(m.find()).as("token shown once on the account page").isTrue();
        String token = m.group(1);
        assertThat(browser.get("/account").body()).doesNotContain(token);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .isZero();

        var api = Http.api(port).bearer(token);
        assertThat(api.get("/api/v1/me").body()).contains("editor.rs@demo");

        long id = jdbc.sql("select id from api_token where name = 'test system'")
                .query(Long.class)
                .single();
        browser.submit("/account", "/account/tokens/" + id + "/revoke", Map.of());
        var refused = api.get("/api/v1/me");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("revoked");
    }

    @Test
    void aTokenCannotBeGuessed() {
        assertThat(Http.api(port)
                        .bearer("rmt_not-a-real-token")
                        .get("/api/v1/frameworks")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyTheSecretariatReachesAdministrationPages() {
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        assertThat(editor.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(Http.browser(port).get("/admin/audit").statusCode()).isEqualTo(302);
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        assertThat(secretariat.get("/admin/users").body()).contains("editor.rs@demo");
        assertThat(secretariat.get("/admin/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void scopedRolesNeedAKnownScope() {
        long id = SystemActorCall.createUser(admin, "scope@test");
        SystemActor.run(() -> admin.grant(id, Role.JURISDICTION_EDITOR, "me"));
        assertThat(admin.user(id).grants()).containsExactly(new RoleGrant(Role.JURISDICTION_EDITOR, "ME"));
        assertThatThrownBy(() -> SystemActor.run(() -> admin.grant(id, Role.JURISDICTION_EDITOR, "ZZ")))
                .hasMessageContaining("known jurisdiction");
        assertThatThrownBy(() -> SystemActor.run(() -> admin.grant(id, Role.SECRETARIAT, "RS")))
                .hasMessageContaining("leave the scope empty");
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'")
                        .update())
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasMessageContaining("cannot be changed");
    }

    /** Small helper so that tests create users as the platform itself. */
    static final class SystemActorCall {
        static long createUser(UserAdministration admin, String email) {
            long[] id = new long[1];
            SystemActor.run(() -> id[0] = admin.createUser(new NewUser(email, email, "long-enough-password", null)));
            return id[0];
        }
    }
}
