package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole reporting journey in a real Chromium: the editor fills and submits, the approver signs off,
 * the secretariat returns one flagged value, the editor fixes only that one, the report is validated and
 * published, and an anonymous visitor sees the published value.
 */
@IntegrationTest
class ReportJourneyBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    private Page page;

    @Test
    void editorFillsSecretariatReturnsOneValueEditorFixesItAndThePublicSeesThePublishedValue() {
        org.roadmapmonitor.support.OpenPeriods.open(port, "WB-SALW-ROADMAP", "2042");
        try (var chromium = Chromium.start(profile, 1280, 1000)) {
            page = chromium.context.newPage();
            // Publishing asks "are you sure?": the secretariat answers yes.
            page.onDialog(dialog -> dialog.accept());

            signIn("editor.rs@demo");
            page.navigate(url("/reports"));
            page.getByText("Start a report for another period").click();
            page.locator("#new-framework").selectOption("WB-SALW-ROADMAP");
            page.locator("#new-jurisdiction").selectOption("RS");
            page.locator("#new-period").fill("2042");
            page.locator("details form button[type=submit]").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("2042");
            String reportUrl = page.url();

            fillEveryTotal("1");
            page.locator("input[name='v:KPI-5|']").fill("7");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save").setExact(true))
                    .click();
            assertThat(page.getByText("Saved.")).isVisible();
            action("Submit");
            assertThat(page.locator("h1 .badge").first()).hasText("awaiting approval");
            signOut();

            signIn("approver.rs@demo");
            page.navigate(reportUrl);
            action("Approve");
            assertThat(page.locator("h1 .badge").first()).hasText("submitted");
            signOut();

            signIn("secretariat@demo");
            page.navigate(reportUrl);
            page.locator("input[type=checkbox][name=flag][value='KPI-5|']").check();
            page.locator("#return-reason").fill("KPI-5 does not match the court records.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return for correction"))
                    .click();
            assertThat(page.locator("h1 .badge").first()).hasText("returned");
            signOut();

            signIn("editor.rs@demo");
            page.navigate(reportUrl);
            assertThat(page.getByText("KPI-5 does not match the court records."))
                    .isVisible();
            // The flagged total reopens with its breakdown by sex; nothing else reopens.
            assertThat(page.locator("input[name^='v:']")).hasCount(4);
            assertThat(page.locator("input[name^='v:KPI-5|']")).hasCount(4);
            page.locator("input[name='v:KPI-5|']").fill("9");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save").setExact(true))
                    .click();
            action("Submit");
            signOut();

            signIn("approver.rs@demo");
            page.navigate(reportUrl);
            action("Approve");
            assertThat(page.locator("h1 .badge").first()).hasText("resubmitted");
            signOut();

            signIn("secretariat@demo");
            page.navigate(reportUrl);
            action("Validate");
            action("Publish");
            assertThat(page.locator("h1 .badge").first()).hasText("published");
            page.navigate(reportUrl + "/history");
            assertThat(page.getByText("Return for correction").first()).isVisible();
            signOut();

            page.navigate(reportUrl);
            Locator kpi5 = page.locator(
                            "tr",
                            new Page.LocatorOptions()
                                    .setHas(page.locator("a", new Page.LocatorOptions().setHasText("KPI-5"))))
                    .first();
            assertThat(kpi5).containsText("9");
            assertThat(page.locator("input[name^='v:']")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/report-published.png")));
        }
    }

    @Test
    void theChecksShowWhileTheEditorTypesAndNothingIsSavedUntilSave() {
        org.roadmapmonitor.support.OpenPeriods.open(port, "WB-SALW-ROADMAP", "2043");
        try (var chromium = Chromium.start(profile, 1280, 1000)) {
            page = chromium.context.newPage();
            signIn("editor.rs@demo");
            page.navigate(url("/reports"));
            page.getByText("Start a report for another period").click();
            page.locator("#new-framework").selectOption("WB-SALW-ROADMAP");
            page.locator("#new-jurisdiction").selectOption("RS");
            page.locator("#new-period").fill("2043");
            page.locator("details form button[type=submit]").click();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
            page.locator("input[name='v:KPI-5|']").fill("4");
            page.locator("input[name='v:KPI-5|sex=female']").fill("9");
            assertThat(page.locator("#live-check")).containsText("exceeds the total");
            page.locator("input[name='v:KPI-5|']").fill("12");
            assertThat(page.locator("#live-check")).containsText("pass the checks");
            page.reload();
            assertThat(page.locator("input[name='v:KPI-5|']")).hasValue("");
        }
    }

    private void fillEveryTotal(String value) {
        // The page streams in: wait for all of it before collecting the inputs.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        for (Locator input : page.locator("input[name^='v:'][name$='|'], textarea[name^='v:']")
                .all()) {
            input.fill(value);
        }
        for (Locator choice : page.locator("select[name^='v:']").all()) {
            choice.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        }
        for (Locator input : page.locator("input[name^='n:'][name$='|']").all()) {
            input.fill("1");
        }
        for (Locator input : page.locator("input[name^='d:'][name$='|']").all()) {
            input.fill("2");
        }
    }

    private void action(String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        page.waitForLoadState();
        org.assertj.core.api.Assertions.assertThat(page.locator(".flash.error").allTextContents())
                .as("after " + name)
                .isEmpty();
    }

    private void signIn(String email) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForLoadState();
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForLoadState();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
