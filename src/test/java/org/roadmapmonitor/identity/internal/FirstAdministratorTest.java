package org.roadmapmonitor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.identity.RoleGrant;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside demo mode, the first start creates one administrator with a given or generated password. */
@IntegrationTest
class FirstAdministratorTest {
    @Autowired
    IdentityRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordPolicy passwords;

    private static DemoMode productionMode() {
        return new DemoMode(new MockEnvironment().withProperty("roadmap.db.url", "jdbc:postgresql://db/roadmap"));
    }

    @Test
    void productionModeIsOffDemoWhenAServerIsConfigured() {
        assertThat(productionMode().enabled()).isFalse();
        assertThat(new DemoMode(new MockEnvironment()).enabled()).isTrue();
        assertThat(new DemoMode(new MockEnvironment()
                                .withProperty("roadmap.db.url", "jdbc:postgresql://db/roadmap")
                                .withProperty("roadmap.demo", "true"))
                        .enabled())
                .isTrue();
    }

    @Test
    void theAdministratorGetsTheGivenPasswordAndTheSecretariatRole() {
        var bootstrap = new AccountsBootstrap(
                users,
                encoder,
                passwords,
                productionMode(),
                "demo",
                "first.admin@example.org",
                "a-long-admin-password");
        String password = bootstrap.firstAdministrator();
        var admin = users.findUser("first.admin@example.org", false).orElseThrow();
        assertThat(password).isEqualTo("a-long-admin-password");
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.grants()).containsExactly(new RoleGrant(Role.SECRETARIAT, null));
    }

    @Test
    void aWeakGivenPasswordStopsTheStartAndCreatesNobody() {
        var bootstrap = new AccountsBootstrap(
                users, encoder, passwords, productionMode(), "demo", "weak.admin@example.org", "password1");
        assertThatThrownBy(bootstrap::firstAdministrator)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ROADMAP_ADMIN_PASSWORD");
        assertThat(users.findUser("weak.admin@example.org", false)).isEmpty();
    }

    @Test
    void withoutAGivenPasswordOneIsGeneratedStrongAndUnique() {
        var bootstrap = new AccountsBootstrap(
                users, encoder, passwords, productionMode(), "demo", "generated.admin@example.org", "");
        String password = bootstrap.firstAdministrator();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo("demo");
        var admin = users.findUser("generated.admin@example.org", false).orElseThrow();
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
    }
}
