package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor opens a framework's dashboard: the matrix says each status in words, each trend chart is drawn
 * from the table behind it, choosing another reporting period swaps in its compliance without reloading the
 * page, and axe-core finds no serious problem. Keeps a screenshot in target/screenshots/dashboard.png.
 */
@IntegrationTest
class DashboardBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void theDashboardDrawsItsChartsFromItsTablesAndSwapsCompliancePeriodsInPlace() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            page.navigate("http://localhost:" + port + "/frameworks/WB-SALW-ROADMAP/dashboard");
            assertThat(page.locator("table.matrix tbody tr")).hasCount(6);
            assertThat(page.locator("table.matrix .status-word").first()).not().isEmpty();
            assertThat(page.locator("#kpi-KPI-5 .chart svg")).hasCount(1);
            Axe.assertNoSeriousProblems(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/dashboard.png"))
                    .setFullPage(false));

            var select = page.getByLabel("Reporting period");
            String chosen = select.locator("option").nth(1).getAttribute("value");
            page.evaluate("window.swapped = true");
            select.selectOption(chosen);
            assertThat(page.locator("#compliance-tables caption").first()).containsText("Period " + chosen);
            org.assertj.core.api.Assertions.assertThat(page.evaluate("window.swapped"))
                    .as("the page was not reloaded")
                    .isEqualTo(true);
            Axe.assertNoSeriousProblems(page);
        }
    }

    @Test
    void theSecretariatsScalePageHasNoSeriousAccessibilityProblem() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("E-mail").fill("secretariat@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.navigate("http://localhost:" + port + "/frameworks/WB-SALW-ROADMAP/status-scale");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the scale")))
                    .isVisible();
            Axe.assertNoSeriousProblems(page);
            page.navigate("http://localhost:" + port + "/frameworks/WB-SALW-ROADMAP/dashboard");
            Axe.assertNoSeriousProblems(page);
        }
    }
}
