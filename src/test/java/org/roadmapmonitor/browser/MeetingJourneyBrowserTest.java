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
 * In a real headless Chromium: the secretariat plans a regional meeting, adds participants and records an
 * action point; its owner sees it overdue on their own page.
 */
@IntegrationTest
class MeetingJourneyBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    private void signIn(Page page, String user) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("E-mail").fill(user);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    @Test
    void theSecretariatPlansARegionalMeetingAndTheOwnerSeesTheActionPointOverdue() {
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            Page page = chromium.context.newPage();
            signIn(page, "secretariat@demo");
            page.navigate("http://localhost:" + port + "/");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Meetings").setExact(true))
                    .first()
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a meeting"))
                    .click();
            Axe.assertNoSeriousProblems(page);
            page.getByLabel("Type").selectOption("REGIONAL_COORDINATION");
            page.getByLabel("Title").fill("Regional meeting of the browser test");
            page.getByLabel("Start (local time)").fill("2121-03-10T09:00");
            page.getByLabel("End (local time)").fill("2121-03-11T16:00");
            page.getByLabel("Time zone").fill("Europe/Skopje");
            page.getByLabel("Venue or online link").fill("Skopje");
            page.getByLabel("Framework").selectOption("WB-SALW-ROADMAP");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a meeting"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Regional meeting of the browser test");

            addParticipant(page, "Ana Example", "SALW Commission MK", "Chair", "WOMAN");
            addParticipant(page, "Ben Example", "SEESAC", "Analyst", "MAN");
            addParticipant(page, "Cleo Example", "OSCE", "Observer", "WOMAN");
            assertThat(page.locator("#participation"))
                    .hasText("Women: 2, men: 1, not recorded: 0; total 3 (66.7 % women)");

            page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true))
                    .last()
                    .fill("Send the regional report's comments");
            page.getByLabel("Owner").fill("approver.rs@demo");
            page.getByLabel("Organisation").last().fill("SALW Commission RS");
            page.getByLabel("Due").fill("2025-01-31");
            page.locator("form[action$='/action-points'] button").click();
            assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
            Axe.assertNoSeriousProblems(page);

            page.context().clearCookies();
            signIn(page, "approver.rs@demo");
            page.navigate("http://localhost:" + port + "/account");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My action points"))
                    .click();
            var row = page.locator("tr", new Page.LocatorOptions().setHasText("Send the regional report's comments"));
            assertThat(row).containsText("Overdue");
            assertThat(row).containsText("Regional meeting of the browser test");
            Axe.assertNoSeriousProblems(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/my-action-points.png"))
                    .setFullPage(true));
        }
    }

    private static void addParticipant(Page page, String name, String organisation, String function, String sex) {
        page.getByLabel("Name").fill(name);
        page.getByLabel("Organisation").first().fill(organisation);
        page.getByLabel("Function").fill(function);
        page.getByLabel("Sex").selectOption(sex);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a participant"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.CELL,
                        new Page.GetByRoleOptions().setName(function).setExact(true)))
                .isVisible();
    }
}
