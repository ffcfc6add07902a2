package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real headless Chromium, as the public with the demo data: the dashboard's matrix, a trend chart and the
 * map; another KPI on the map without reloading the page; a jurisdiction's profile and the next one; the KPI
 * page. axe-core finds no serious problem on any of them, and the dashboard is kept as a screenshot.
 */
@IntegrationTest
class DashboardBrowserTest {
    private static final String FRAMEWORK = "WB-SALW-ROADMAP";

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicReadsTheDashboardSwitchesTheMapAndFollowsAJurisdiction() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(url("/frameworks/" + FRAMEWORK + "/dashboard"));

            Locator matrix = page.locator("table.matrix");
            assertThat(matrix.locator("tbody tr")).hasCount(6);
            assertThat(matrix.locator("tbody tr").first().locator("th")).containsText("Albania");
            assertThat(matrix.locator("td > b").first()).not().isEmpty();

            assertThat(page.locator("figure.trend .chart svg").first()).isVisible();
            assertThat(page.locator("figure.trend .chart svg path").first()).isAttached();

            Locator map = page.locator(".map-panel");
            assertThat(map).hasAttribute("data-ready", "true");
            Locator serbia = map.locator("path[data-code=RS]");
            assertThat(serbia).isAttached();
            String firstKpi = page.locator("#map-kpi").inputValue();
            assertThat(map.locator("tr[data-code]")).hasCount(6);
            assertThat(map.locator("path[data-code=XK]")).isAttached();

            page.evaluate("() => { window.stillTheSamePage = true; }");
            page.locator("#map-kpi").selectOption("KPI-9");
            assertThat(page.locator(".map-caption strong")).containsText("KPI-9");
            assertThat(page.locator(".map-panel")).hasAttribute("data-ready", "true");
            assertThat(page.locator("#map-kpi")).hasValue("KPI-9");
            assertThat(page.evaluate("() => window.stillTheSamePage === true")).isEqualTo(true);
            assertThat(firstKpi).isNotEqualTo("KPI-9");
            String serbiaFill = page.locator(".map-panel path[data-code=RS]").getAttribute("fill");
            String serbiaRow = page.locator(".map-panel tr[data-code=RS]").getAttribute("data-colour");
            assertThat(serbiaFill).isEqualToIgnoringCase(serbiaRow);
            assertThat(page.locator(".map-panel tr[data-code=RS]").getAttribute("data-value"))
                    .isNotBlank();
            page.locator(".map-panel path[data-code=RS]").hover();
            assertThat(page.locator(".leaflet-tooltip")).containsText("Serbia");

            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/dashboard.png"))
                    .setFullPage(true));
            Axe.assertNoSeriousProblems(page);

            matrix.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Serbia"))
                    .click();
            assertThat(page.locator("h1")).containsText("Serbia");
            assertThat(page.locator("figure.trend .chart svg").first()).isVisible();
            Axe.assertNoSeriousProblems(page);
            page.locator(".profile-others")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Montenegro"))
                    .click();
            assertThat(page.locator("h1")).containsText("Montenegro");
            assertThat(page.locator(".profile-others a[aria-current=page]")).containsText("Montenegro");

            page.locator("h3 a", new Page.LocatorOptions().setHasText("KPI-8"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).containsText("KPI-8");
            assertThat(page.locator("#breakdown-sex table")).isVisible();
            assertThat(page.locator("figure.trend .chart svg").first()).isVisible();
            Axe.assertNoSeriousProblems(page);
        }
    }

    /**
     * A framework of 46 members (the demo's six and 40 without values) as the public reads it: the matrix written
     * once for the public, each KPI's members' table loaded when its disclosure is opened; kept as a screenshot.
     */
    @Test
    void aLargeFrameworksDashboardReadsWellAndHasNoSeriousProblem() {
        jdbc.sql("""
                insert into jurisdiction (code, name, short_name, kind, path, position)
                select 'DSB' || lpad(g::text, 3, '0'), 'Member ' || g, 'Member ' || g, 'JURISDICTION',
                       '/DSB' || lpad(g::text, 3, '0') || '/', 6100 + g
                from generate_series(1, 40) g""").update();
        jdbc.sql("""
                insert into jurisdiction_membership (framework_code, jurisdiction_code, role)
                select ?, 'DSB' || lpad(g::text, 3, '0'), 'MEMBER' from generate_series(1, 40) g""").param(FRAMEWORK).update();
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(url("/frameworks/" + FRAMEWORK + "/dashboard"));
            Locator matrix = page.locator("table.matrix");
            assertThat(matrix.locator("tbody tr")).hasCount(46);
            assertThat(matrix.locator("tbody tr").last().locator("td > b").first())
                    .not()
                    .isEmpty();
            assertThat(page.locator(".map-panel")).hasAttribute("data-ready", "true");
            Locator lines = page.locator("#kpi-KPI-5 details.kpi-lines");
            lines.locator("summary").click();
            assertThat(lines.locator("table.kpi-table tbody tr")).hasCount(46);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/dashboard-46-members.png"))
                    .setFullPage(true));
            Axe.assertNoSeriousProblems(page);
        } finally {
            jdbc.sql("delete from jurisdiction_membership where jurisdiction_code like 'DSB%'")
                    .update();
            jdbc.sql("delete from jurisdiction where code like 'DSB%'").update();
        }
    }

    @Test
    void choosingAnotherReportingPeriodSwapsComplianceWithoutReloading() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(url("/frameworks/" + FRAMEWORK + "/dashboard"));
            var select = page.getByLabel("Reporting period");
            String chosen = select.locator("option").nth(1).getAttribute("value");
            page.evaluate("window.swapped = true");
            select.selectOption(chosen);
            assertThat(page.locator("#compliance-tables caption").first()).containsText("Period " + chosen);
            assertThat(page.evaluate("window.swapped"))
                    .as("the page was not reloaded")
                    .isEqualTo(true);
        }
    }

    @Test
    void theSecretariatsScalePageHasNoSeriousAccessibilityProblem() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(url("/login"));
            page.getByLabel("E-mail").fill("secretariat@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.navigate(url("/frameworks/" + FRAMEWORK + "/status-scale"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the scale")))
                    .isVisible();
            Axe.assertNoSeriousProblems(page);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
