package org.roadmapmonitor.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core finds no serious or critical problem on the main pages, for the public and for each kind of user. */
@IntegrationTest
class AccessibilityBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void thePublicPagesHaveNoSeriousAccessibilityProblem() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            for (String path : new String[] {
                "/",
                "/frameworks/WB-SALW-ROADMAP",
                "/reports",
                "/funds",
                "/funds/SLW00",
                "/funds/SLW00/donors",
                "/funds/SLW00/ledger",
                "/funds/SLW00/projects",
                "/login"
            }) {
                page.navigate(url(path));
                Axe.assertNoSeriousProblems(page);
            }
            // On a laptop the whole menu shows, and the phone's menu button does not.
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")))
                    .isHidden();
            page.navigate(url("/reports"));
            var published = page.locator("a[href^='/reports/']").first();
            if (published.count() > 0) {
                published.click();
                Axe.assertNoSeriousProblems(page);
            }
        }
    }

    @Test
    void thePagesOfEachRoleHaveNoSeriousAccessibilityProblem() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            signIn(page, "secretariat@demo");
            for (String path : new String[] {"/reports/board", "/admin/audit", "/reports"}) {
                page.navigate(url(path));
                Axe.assertNoSeriousProblems(page);
            }
            page.locator("a[href^='/reports/']:not([href*='board'])").first().click();
            Axe.assertNoSeriousProblems(page);
            signOut(page);
            signIn(page, "editor.xk@demo");
            Axe.assertNoSeriousProblems(page);
            page.locator("main a[href^='/reports/']").first().click();
            Axe.assertNoSeriousProblems(page);
            signOut(page);
            signIn(page, "fund.admin@demo");
            for (String path : new String[] {"/funds/SLW00/ledger", "/funds/SLW00/post/deposits"}) {
                page.navigate(url(path));
                Axe.assertNoSeriousProblems(page);
            }
        }
    }

    @Test
    void onAPhoneTheMenuButtonOpensTheMenuAndThePageStaysAccessible() {
        try (var chromium = Chromium.start(profile, 390, 844)) {
            Page page = chromium.context.newPage();
            page.navigate(url("/funds"));
            var menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(menu)
                    .hasAttribute("aria-expanded", "false");
            double header = (double)
                    page.evaluate("() => document.querySelector('.site-header').getBoundingClientRect().height");
            org.assertj.core.api.Assertions.assertThat(header).isLessThan(120);
            menu.click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(menu)
                    .hasAttribute("aria-expanded", "true");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frameworks")))
                    .isVisible();
            Axe.assertNoSeriousProblems(page);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    private void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
    }
}
