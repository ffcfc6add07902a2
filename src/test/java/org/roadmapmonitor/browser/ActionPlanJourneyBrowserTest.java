package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a real headless Chromium: Serbia's editor goes from the jurisdiction page to the action plan, then
 * reports an activity's progress in the period's report and submits the report; the pages pass axe.
 */
@IntegrationTest
class ActionPlanJourneyBrowserTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TITLE = "Train the border police dog units (2128)";

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Test
    void anEditorReportsActivityProgressInTheReportAndSubmitsIt() {
        long report = reportWithAnActivityDue();
        String base = "http://localhost:" + port;
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(base + "/login");
            page.getByLabel("E-mail").fill("editor.rs@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();

            page.navigate(base + "/jurisdictions/RS");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("National action plans"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("National SALW Control Action Plan 2025–2030 (demo)"))
                    .click();
            assertThat(page.getByText(TITLE)).isVisible();
            Axe.assertNoSeriousProblems(page);

            page.navigate(base + "/reports/" + report);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Action plan activities"))
                    .click();
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(TITLE))
                    .selectOption("ONGOING");
            Axe.assertNoSeriousProblems(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Save").setExact(true))
                    .click();
            assertThat(page.getByText("Saved.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/report-activities.png"))
                    .setFullPage(true));

            page.navigate(base + "/reports/" + report);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Submit").setExact(true))
                    .click();
            assertThat(page.locator("h1 .badge").first()).hasText("awaiting approval");

            page.navigate(base + "/activities?framework=WB-SALW-ROADMAP");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who does what where")))
                    .isVisible();
            Axe.assertNoSeriousProblems(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/who-does-what-where.png"))
                    .setFullPage(true));
        }
    }

    /** A Serbian narrative report of 2128S1 with every objective written and one plan activity due. */
    private long reportWithAnActivityDue() {
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        long plan = JSON.readTree(
                        editor.get("/api/v1/action-plans?jurisdiction=RS").body())
                .get(0)
                .get("id")
                .asLong();
        var activity = editor.post(
                "/api/v1/activities",
                "{\"plan\": " + plan + ", \"objective\": \"G3\", \"organisation\": \"Border Police\", \"title\": \""
                        + TITLE + "\", \"start\": \"2128-01-01\", \"end\": \"2128-06-30\", \"funding\": {\"source\":"
                        + " \"NATIONAL\"}, \"status\": \"PLANNED\"}");
        assertThat(activity.statusCode()).as(activity.body()).isEqualTo(201);
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2128S1");
        var created = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"2128S1\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        var narratives = new StringBuilder("[");
        for (int g = 1; g <= 7; g++) {
            narratives
                    .append(g > 1 ? "," : "")
                    .append("{\"objective\": \"G")
                    .append(g)
                    .append("\", \"progress\": \"On track.\"}");
        }
        var saved = editor.put(
                "/api/v1/reports/" + id + "/narratives",
                narratives.append("]").toString(),
                "If-Match",
                editor.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElseThrow());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return id;
    }
}
