package org.roadmapmonitor.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.roadmapmonitor.identity.Organisation;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.identity.RoleGrant;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first accounts. In demo mode: one account per kind of user, all with the demo password. Otherwise,
 * on an empty database: one administrator, whose password comes from ROADMAP_ADMIN_PASSWORD or is generated
 * and printed once.
 */
@Component
@Order(StartupOrder.ACCOUNTS)
class AccountsBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AccountsBootstrap.class);

    record DemoAccount(String email, String name, String organisation, List<RoleGrant> grants) {}

    record DemoOrganisation(String code, String name, Organisation.Kind kind, String jurisdiction) {}

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("SEESAC", "SEESAC (demo)", Organisation.Kind.SECRETARIAT, null),
            new DemoOrganisation(
                    "RS-SALW", "SALW Commission of Serbia (demo)", Organisation.Kind.SALW_COMMISSION, "RS"),
            new DemoOrganisation(
                    "XK-SALW", "SALW Commission of Kosovo* (demo)", Organisation.Kind.SALW_COMMISSION, "XK"),
            new DemoOrganisation("MPTFO", "UNDP MPTF Office (demo)", Organisation.Kind.ADMINISTRATIVE_AGENT, null),
            new DemoOrganisation("UNDP", "UNDP (demo)", Organisation.Kind.PARTICIPATING_ORGANISATION, null),
            new DemoOrganisation("DE-GOV", "Germany, Federal Foreign Office (demo)", Organisation.Kind.DONOR, null));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(
                    "secretariat@demo",
                    "Secretariat administrator",
                    "SEESAC",
                    List.of(new RoleGrant(Role.SECRETARIAT, null))),
            new DemoAccount(
                    "editor.rs@demo",
                    "Serbia editor",
                    "RS-SALW",
                    List.of(new RoleGrant(Role.JURISDICTION_EDITOR, "RS"))),
            new DemoAccount(
                    "approver.rs@demo",
                    "Serbia approver",
                    "RS-SALW",
                    List.of(new RoleGrant(Role.JURISDICTION_APPROVER, "RS"))),
            new DemoAccount(
                    "editor.xk@demo",
                    "Kosovo* editor",
                    "XK-SALW",
                    List.of(new RoleGrant(Role.JURISDICTION_EDITOR, "XK"))),
            new DemoAccount(
                    "fund.admin@demo",
                    "Trust fund administrator",
                    "MPTFO",
                    List.of(new RoleGrant(Role.FUND_ADMIN, "SLW00"))),
            new DemoAccount(
                    "puno.undp@demo",
                    "UNDP participating organisation",
                    "UNDP",
                    List.of(new RoleGrant(Role.PARTICIPATING_ORGANISATION, "SLW00"))),
            new DemoAccount(
                    "donor@demo", "Donor viewer", "DE-GOV", List.of(new RoleGrant(Role.DONOR_VIEWER, "SLW00"))));

    private final IdentityRepository repository;
    private final PasswordEncoder encoder;
    private final DemoMode demo;
    private final String demoPassword;
    private final String adminEmail;
    private final String adminPassword;
    private final PasswordPolicy passwords;

    AccountsBootstrap(
            IdentityRepository repository,
            PasswordEncoder encoder,
            PasswordPolicy passwords,
            DemoMode demo,
            @Value("${roadmap.demo-password:demo}") String demoPassword,
            @Value("${roadmap.admin-email:admin@roadmap.local}") String adminEmail,
            @Value("${roadmap.admin-password:}") String adminPassword) {
        this.repository = repository;
        this.encoder = encoder;
        this.passwords = passwords;
        this.demo = demo;
        this.demoPassword = demoPassword;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            demoAccounts();
        } else if (repository.countUsers() == 0) {
            firstAdministrator();
        }
    }

    private void demoAccounts() {
        for (DemoOrganisation o : ORGANISATIONS) {
            if (repository.organisationByCode(o.code()).isEmpty()) {
                repository.insertOrganisation(o.code(), o.name(), o.kind(), o.jurisdiction());
            }
        }
        String hash = encoder.encode(demoPassword);
        for (DemoAccount a : ACCOUNTS) {
            var existing = repository.findUser(a.email(), false);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                // The demo password follows ROADMAP_DEMO_PASSWORD on every start.
                repository.updatePassword(id, hash);
            } else {
                long org = repository
                        .organisationByCode(a.organisation())
                        .orElseThrow()
                        .id();
                id = repository.insertUser(a.email(), a.name(), hash, org);
                a.grants().forEach(g -> repository.addGrant(id, g));
            }
        }
        log.info("Demo mode: the demo accounts ({}) sign in with the demo password", ACCOUNTS.size());
    }

    /** Creates the administrator; returns the password (given, or generated and printed). */
    String firstAdministrator() {
        if (!adminPassword.isBlank()) {
            // The operator's password meets the same rules as everyone's: a weak one stops the start, named.
            var problems = passwords.problems(adminPassword, "ROADMAP_ADMIN_PASSWORD", Texts::of);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        "ROADMAP_ADMIN_PASSWORD is refused: " + problems.get(0).message());
            }
        }
        String password = adminPassword.isBlank() ? generated() : adminPassword;
        long org = repository
                .organisationByCode("SECRETARIAT")
                .map(Organisation::id)
                .orElseGet(() -> repository.insertOrganisation(
                        "SECRETARIAT", "Secretariat", Organisation.Kind.SECRETARIAT, null));
        long id = repository.insertUser(adminEmail, "Administrator", encoder.encode(password), org);
        repository.addGrant(id, new RoleGrant(Role.SECRETARIAT, null));
        if (adminPassword.isBlank()) {
            // Printed once, to the console only: the operator must copy it now and change it after signing in.
            System.out.println("\n=== Roadmap Monitor: first administrator created ===\n  e-mail:   " + adminEmail
                    + "\n  password: " + password + "\n  Change it after you sign in (My account).\n");
        } else {
            log.info("First administrator {} created with the password from ROADMAP_ADMIN_PASSWORD", adminEmail);
        }
        return password;
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
