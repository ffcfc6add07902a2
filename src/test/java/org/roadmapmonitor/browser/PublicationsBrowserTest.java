package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat generates a regional report for a period range on the Publications page: a refused period is
 * shown at its field, the accepted request shows its progress until the download link, and the downloaded
 * workbook is the French one asked for. axe finds no serious problem on either page.
 */
@IntegrationTest
class PublicationsBrowserTest {
    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);
    private static final Page.GetByLabelOptions EXACT_PAGE = new Page.GetByLabelOptions().setExact(true);

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void theSecretariatGeneratesARegionalReportForAPeriodRangeAndDownloadsIt() throws Exception {
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(url("/login"));
            page.getByLabel("E-mail").fill("secretariat@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();

            page.navigate(url("/publications"));
            Axe.assertNoSeriousProblems(page);
            page.getByLabel("Framework", EXACT_PAGE).selectOption("WB-SALW-ROADMAP");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                    .click();
            fill(page, "2147S2:2147S1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate"))
                    .click();
            Locator period = page.getByLabel("Period", EXACT_PAGE);
            assertThat(period).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#period-error"))
                    .containsText("The period range must start before it ends: 2147S2 comes after 2147S1.");
            Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/publications-refused.png"))
                    .setFullPage(true));
            Axe.assertNoSeriousProblems(page);
            assertThat(period).hasValue("2147S2:2147S1");
            assertThat(page.locator("#language")).hasValue("fr");

            fill(page, "2147S1:2147S2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("2147S1–2147S2");
            assertThat(page.getByRole(AriaRole.PROGRESSBAR)).isVisible();
            Locator download = page.getByRole(
                    AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download").setExact(false));
            download.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "100");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/publications.png"))
                    .setFullPage(true));
            Axe.assertNoSeriousProblems(page);

            Download file = page.waitForDownload(download::click);
            assertThat(file.suggestedFilename())
                    .isEqualTo("regional-report-WB-SALW-ROADMAP-2147S1-2147S2-kpi-2147-fr.xlsx");
            var cover = new ArrayList<String>();
            try (var wb = new ReadableWorkbook(Files.newInputStream(file.path()));
                    var rows = wb.getFirstSheet().openStream()) {
                rows.forEach(r -> r.forEach(c -> {
                    if (c != null && c.getText() != null) {
                        cover.add(c.getText());
                    }
                }));
            }
            assertThat(cover).contains("Période : 2147S1–2147S2", "Valeurs des ICP : 2147");
        }
    }

    /** The form as the secretariat fills it: a regional report in French XLSX with the annual KPIs. */
    private static void fill(Page page, String period) {
        Locator form = page.locator("form.stacked-form");
        form.getByLabel("Document", EXACT).selectOption("REGIONAL_REPORT");
        form.getByLabel("Period", EXACT).fill(period);
        form.getByLabel("KPI period (if different)").fill("2147");
        form.getByLabel("Format", EXACT).selectOption("xlsx");
        form.getByLabel("Language", EXACT).selectOption("fr");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
