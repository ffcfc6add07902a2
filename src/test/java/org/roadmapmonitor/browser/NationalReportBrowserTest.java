package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Serbia's editor starts the national report in a browser, reviews an answer and saves it; the review page and
 * the open-data page have no serious accessibility problem.
 */
@IntegrationTest
class NationalReportBrowserTest {
    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void anEditorStartsReviewsAndSavesTheNationalReport() {
        try (var chromium = Chromium.start(profile, 1366, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(url("/open-data"));
            Axe.assertNoSeriousProblems(page);

            page.navigate(url("/login"));
            page.getByLabel("E-mail").fill("editor.rs@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.navigate(url("/national-reports"));
            Axe.assertNoSeriousProblems(page);
            page.getByLabel("UN Member State").selectOption(new SelectOption().setLabel("Republic of Serbia"));
            page.getByLabel("Cycle (year due)").fill("2118");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start, pre-filled from the records"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("PoA/ITI national report of Republic of Serbia — 2118");
            Axe.assertNoSeriousProblems(page);

            var plan = page.getByRole(
                    AriaRole.GROUP,
                    new Page.GetByRoleOptions().setName("Does your country have a national action plan"));
            plan.getByLabel("Answer", EXACT).selectOption("DEVELOPING");
            plan.getByLabel("I have reviewed this answer").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Answers saved.");
            var saved = page.getByRole(
                    AriaRole.GROUP,
                    new Page.GetByRoleOptions().setName("Does your country have a national action plan"));
            assertThat(saved.getByLabel("Answer", EXACT)).hasValue("DEVELOPING");
            assertThat(saved.getByLabel("I have reviewed this answer")).isChecked();
            assertThat(page.getByText("1 of 12 answers reviewed", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
