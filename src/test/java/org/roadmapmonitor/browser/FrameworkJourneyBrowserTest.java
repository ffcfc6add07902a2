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

/** In a real headless Chromium: sign in, open the Western Balkans framework, switch to French. */
@IntegrationTest
class FrameworkJourneyBrowserTest {
    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void secretariatSignsInOpensTheWesternBalkansRoadmapAndSwitchesToFrench() {
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            Page page = chromium.context.newPage();
            page.navigate("http://localhost:" + port + "/");
            assertThat(page.getByText("Demo data.")).isVisible();

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                    .first()
                    .click();
            page.getByLabel("E-mail").fill("secretariat@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Secretariat administrator")))
                    .isVisible();

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Frameworks").setExact(true))
                    .first()
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Western Balkans SALW Control Roadmap"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Western Balkans SALW Control Roadmap");
            assertThat(page.locator("article.objective")).hasCount(7);
            assertThat(page.getByText("Goal 1:")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("français"))
                    .click();
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertThat(page.getByText("Objectif 1 :").or(page.getByText("Objectif 1:")))
                    .isVisible();
            assertThat(page.getByRole(
                                    AriaRole.LINK,
                                    new Page.GetByRoleOptions()
                                            .setName("Cadres")
                                            .setExact(true))
                            .first())
                    .isVisible();

            page.navigate("http://localhost:" + port + "/jurisdictions");
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/jurisdictions-fr.png")));
        }
    }

    @Test
    void thePagesWorkOnAPhoneByKeyboard() {
        try (var chromium = Chromium.start(profile, 390, 844)) {
            Page page = chromium.context.newPage();
            page.navigate("http://localhost:" + port + "/frameworks/WB-SALW-ROADMAP");
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("Skip to main content");
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("Frameworks");
            for (String path : new String[] {
                "/",
                "/frameworks",
                "/frameworks/WB-SALW-ROADMAP",
                "/frameworks/WB-SALW-ROADMAP/versions/2030/indicators/KPI-1",
                "/jurisdictions",
                "/jurisdictions/XK",
                "/periods?code=2024S1",
                "/login",
                "/frameworks/WB-SALW-ROADMAP/calendar",
                "/reports"
            }) {
                page.navigate("http://localhost:" + port + path);
                Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
                assertThat(overflow).as("page %s is wider than a phone", path).isEqualTo(false);
            }
            page.navigate("http://localhost:" + port + "/frameworks/WB-SALW-ROADMAP");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/framework-phone.png"))
                    .setFullPage(false));
        }
    }
}
