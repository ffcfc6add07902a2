package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Correcting a returned report in a real Chromium: a flagged total reopens its breakdown too, Submit is
 * refused while the page holds unsaved changes, and errors are shown at the fields they are about.
 */
@IntegrationTest
class CorrectionJourneyBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void aFlaggedTotalReopensItsLockedBreakdownAndSubmitWaitsForTheSave() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2046");
        try (var chromium = Chromium.start(profile, 1280, 1000)) {
            var r = new ReportPage(chromium.context.newPage(), port);
            r.page.onDialog(dialog -> dialog.accept());
            r.signIn("editor.rs@demo");
            String report = r.start("WB-SALW-ROADMAP", "RS", "2046");
            r.fillEveryTotal("1");
            r.value("KPI-7|").fill("1500");
            r.value("KPI-7|sex=female").fill("700");
            r.value("KPI-7|sex=male").fill("800");
            r.save();
            assertThat(r.page.getByText("Saved.")).isVisible();
            r.act("Submit");
            r.signOut();
            r.signIn("approver.rs@demo");
            r.page.navigate(report);
            r.act("Approve");
            r.signOut();

            r.signIn("secretariat@demo");
            r.page.navigate(report);
            r.page.locator("input[type=checkbox][name=flag][value='KPI-7|']").check();
            r.page.locator("#return-reason").fill("KPI-7 counts one incident twice: 1450.");
            r.button("Return for correction").click();
            assertThat(r.state()).hasText("returned");
            r.signOut();

            r.signIn("editor.rs@demo");
            r.page.navigate(report);
            assertThat(r.value("KPI-7|sex=male")).isEditable();
            assertThat(r.value("KPI-5|")).hasCount(0);
            r.value("KPI-7|").fill("1450");
            r.value("KPI-7|sex=male").fill("750");
            r.page.locator("[name='c:KPI-7|']").fill("One incident was counted twice.");
            r.button("Submit").click();
            assertThat(r.page.locator("#unsaved-warning")).isVisible();
            assertThat(r.page.locator("#unsaved-warning")).containsText("not saved yet");
            assertThat(r.state()).hasText("returned");

            r.save();
            assertThat(r.page.getByText("Saved.")).isVisible();
            assertThat(r.value("KPI-7|")).hasValue("1450");
            assertThat(r.value("KPI-7|sex=male")).hasValue("750");
            r.act("Submit");
            assertThat(r.state()).hasText("awaiting approval");
            r.signOut();

            r.signIn("approver.rs@demo");
            r.page.navigate(report);
            r.act("Approve");
            r.signOut();
            r.signIn("secretariat@demo");
            r.page.navigate(report);
            assertThat(r.state()).hasText("resubmitted");
            Locator changed = r.page.locator("#corrections tbody tr");
            assertThat(changed).hasCount(3);
            assertThat(changed.nth(0)).containsText("KPI-7");
            assertThat(changed.nth(0).locator(".before")).hasText("1500");
            assertThat(changed.nth(0).locator(".after")).hasText("→ 1450");
            assertThat(changed.nth(1)).containsText("comment");
            assertThat(changed.nth(1).locator(".after")).hasText("→ One incident was counted twice.");
            assertThat(changed.nth(2)).containsText("KPI-7 [sex=male]");
            assertThat(changed.nth(2).locator(".before")).hasText("800");
            r.page.navigate(report + "/history");
            assertThat(r.page.getByText("— → One incident was counted twice.")).isVisible();
        }
    }

    @Test
    void savingBadValuesShowsEachErrorAtItsFieldOnce() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2047");
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            var r = new ReportPage(chromium.context.newPage(), port);
            r.signIn("editor.rs@demo");
            r.start("WB-SALW-ROADMAP", "RS", "2047");
            r.value("KPI-5|").fill("-3");
            r.value("KPI-12|").fill("lots");
            r.save();

            Locator negative = r.value("KPI-5|");
            assertThat(negative).hasAttribute("aria-invalid", "true");
            String describedBy = negative.getAttribute("aria-describedby");
            Locator message = r.page.locator("#" + describedBy);
            assertThat(message).hasText("must be a whole number of 0 or more, not -3");
            assertThat(message.evaluate(
                            "m => m.closest('td') === document.querySelector(\"[name='v:KPI-5|']\").closest('td')"))
                    .isEqualTo(true);
            assertThat(r.value("KPI-12|")).hasAttribute("aria-invalid", "true");
            assertThat(r.page.locator("#" + r.value("KPI-12|").getAttribute("aria-describedby")))
                    .containsText("is not a number");
            assertThat(r.value("KPI-10|")).not().hasAttribute("aria-invalid", "true");
            assertThat((String) negative.evaluate("e => getComputedStyle(e).borderTopColor"))
                    .isEqualTo("rgb(179, 38, 30)");

            Locator list = r.page.locator("#field-errors li");
            assertThat(list).hasCount(2);
            r.page.locator("#field-errors a[href='#v-KPI-12-']").click();
            assertThat(r.value("KPI-12|")).isFocused();

            r.button("Submit").click();
            // What was typed and refused is not saved either: the step waits.
            assertThat(r.page.locator("#unsaved-warning")).isVisible();
            r.page.onDialog(dialog -> dialog.accept());
            r.page.navigate(r.page.url());
            r.button("Submit").click();
            r.page.waitForLoadState();
            assertThat(r.page.locator("#field-errors")).containsText("cannot be submitted yet");
            assertThat(r.page.locator("#field-errors a[href='#v-KPI-1-']")).isVisible();
            assertThat(r.value("KPI-1|")).hasAttribute("aria-invalid", "true");

            r.value("KPI-10|").fill("-1");
            r.page.mouse().wheel(0, 6000);
            Locator live = r.page.locator("#live-check");
            assertThat(live).containsText("KPI-10");
            assertThat(live).isInViewport();
            assertThat(r.page.locator("nav.goal-nav")).isInViewport();
            assertThat(r.value("KPI-10|")).hasAttribute("aria-invalid", "true");
            r.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/report-errors.png")));
        }
    }
}
