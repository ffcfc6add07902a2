package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real headless Chromium: an editor uploads weapon records and follows the import on its page. */
@IntegrationTest
class EvidenceUploadBrowserTest {
    private static final String HEADER = "event_ref,event_type,criminal_offence,event_date,jurisdiction,category,"
            + "serial_number,marking_status\n";

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    private static FilePayload csv(String name, String body) {
        return new FilePayload(name, "text/csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEditorSeesTheProgressOfAnImportAndEveryProblemOfARefusedFile() {
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            Page page = chromium.context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.getByLabel("E-mail").fill("editor.rs@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Evidence").setExact(true))
                    .first()
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import evidence"))
                    .first()
                    .click();

            page.getByLabel("File")
                    .setInputFiles(csv(
                            "bad.csv",
                            "BR-1,SEIZED,,2021-02-30,RS,PISTOL,X1,UNIQUELY_MARKED\n"
                                    + "BR-2,FOUND,,2021-03-01,XK,PISTOL,X2,UNIQUELY_MARKED\n"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();
            assertThat(page.locator("progress.import-progress")).isVisible();
            var slow = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
            assertThat(page.getByText("Not imported")).isVisible(slow);
            assertThat(page.locator("ul.problems li")).hasCount(3);
            assertThat(page.getByText("row 2, event_date")).isVisible();
            assertThat(page.getByText("You do not import for jurisdiction XK.")).isVisible();
            assertThat(page.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Download every problem (CSV)")))
                    .isVisible();

            page.navigate("http://localhost:" + port + "/evidence/imports/new");
            var rows = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                rows.append("BRW-")
                        .append(i / 3)
                        .append(",FOUND,,2021-04-01,RS,RIFLE,W")
                        .append(i)
                        .append(",UNIQUELY_MARKED\n");
            }
            page.getByLabel("File").setInputFiles(csv("good.csv", rows.toString()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();
            assertThat(page.getByText("3000 rows imported.").or(page.getByText("3,000 rows imported.")))
                    .isVisible(slow);
            assertThat(page.locator("progress.import-progress")).hasAttribute("value", "100");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/evidence-import.png")));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the records"))
                    .click();
            page.getByLabel("From").fill("2021-04-01");
            page.getByLabel("To").fill("2021-04-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.CELL,
                            new Page.GetByRoleOptions().setName("W2999").setExact(true)))
                    .isVisible();
        }
    }
}
