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

/** In a real headless Chromium: the fund administrator records a deposit and sees the statement change. */
@IntegrationTest
class FundJourneyBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void fundAdministratorRecordsADepositAndSeesTheStatementChange() {
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            Page page = chromium.context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("E-mail").fill("fund.admin@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();

            page.navigate("http://localhost:" + port + "/funds");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Western Balkans SALW Control Roadmap Multi-Partner Trust Fund"))
                    .click();
            var contributions = page.locator("tr[data-line=contributions] td:last-child");
            String before = contributions.textContent();

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Record a deposit")
                                    .setExact(true))
                    .first()
                    .click();
            page.getByLabel("Donor").selectOption("SE");
            page.getByLabel("Amount", new Page.GetByLabelOptions().setExact(true))
                    .fill("1000000.00");
            page.getByLabel("Currency").fill("EUR");
            page.getByLabel("USD rate").fill("1.0850");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record"))
                    .click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("1085000.00");
            String after = contributions.textContent();
            assertThat(after).isNotEqualTo(before);
            assertThat(money(after) - money(before)).isEqualTo(108_500_000L); // in cents: USD 1,085,000.00
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/fund-status.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void theFundingStatusWorksOnAPhone() {
        try (var chromium = Chromium.start(profile, 390, 844)) {
            Page page = chromium.context.newPage();
            for (String path :
                    new String[] {"/funds/SLW00", "/funds/SLW00/ledger", "/funds/SLW00/projects/SLW-C1-RG-01"}) {
                page.navigate("http://localhost:" + port + path);
                Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
                assertThat(overflow).as(path).isEqualTo(false);
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/fund-phone.png")));
        }
    }

    /** The amount shown (e.g. 26,624,900.00) in cents, read from its digits only. */
    private static long money(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }
}
