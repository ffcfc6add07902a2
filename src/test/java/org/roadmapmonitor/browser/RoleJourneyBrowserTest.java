package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real headless Chromium: a donor lands on the funding status; a French refusal is shown in French. */
@IntegrationTest
class RoleJourneyBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void aDonorSignsInAndLandsOnTheFundingStatusWithNothingToRecord() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            signIn(page, "donor@demo");
            assertThat(page.url()).endsWith("/funds/SLW00#status");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Funding status")))
                    .isVisible();
            assertThat(page.locator("a[href*='/post/']")).hasCount(0);
            Axe.assertNoSeriousProblems(page);
        }
    }

    @Test
    void aFundRefusalIsShownInFrenchToAFrenchReader() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            signIn(page, "fund.admin@demo");
            page.navigate("http://localhost:" + port + "/funds/SLW00/post/deposits?lang=fr");
            page.locator("[name=donor]").selectOption("SE");
            page.locator("[name=amount]").fill("-5");
            page.locator("[name=currency]").fill("USD");
            page.locator("main form.stacked button[type=submit]").click();
            var errors = page.locator("#form-errors");
            assertThat(errors).containsText("L’écriture a été refusée");
            assertThat(errors).containsText("doit être supérieur à zéro");
            assertThat(errors).containsText("Montant");
            assertThat(errors).not().containsText("was refused");
            Axe.assertNoSeriousProblems(page);
        }
    }

    private void signIn(Page page, String email) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForLoadState();
    }
}
