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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a real headless Chromium: Serbia's editor corrects a weapon of a seizure on the seizure's page; a bad
 * value comes back with its problem at its field and changes nothing; the page passes axe.
 */
@IntegrationTest
class ChildRowsBrowserTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path profile;

    private long created(java.net.http.HttpResponse<String> res) {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        return JSON.readTree(res.body()).get("id").asLong();
    }

    @Test
    void anEditorCorrectsAWeaponOfAnEventOnTheEventsPage() {
        var api = Http.api(port).basic("editor.rs@demo", "demo");
        long event = created(api.post("/api/v1/evidence/arms-events", """
                {"jurisdiction": "RS", "eventRef": "CHILD-EV-1", "eventType": "FOUND", "eventDate": "2021-06-01"}"""));
        long item = created(api.post("/api/v1/evidence/weapon-items", """
                {"eventId": %d, "category": "PISTOL", "serialNumber": "CHILD-SN-1", "model": "M70",
                 "markingStatus": "UNIQUELY_MARKED"}""".formatted(event)));
        String base = "http://localhost:" + port;
        try (var chromium = Chromium.start(profile, 1280, 900)) {
            Page page = chromium.context.newPage();
            page.navigate(base + "/login");
            page.getByLabel("E-mail").fill("editor.rs@demo");
            page.getByLabel("Password").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();

            page.navigate(base + "/evidence/records/arms-events/" + event);
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Weapons").setExact(true)))
                    .isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record " + item))
                    .click();
            var form = page.locator("#edit-weapon-items");
            form.getByLabel("model", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                    .fill("M57");
            form.getByLabel(
                            "yearOfManufacture",
                            new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                    .fill("nineteen");
            form.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("Save")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("#edit-weapon-items .field-error"))
                    .hasText("\"nineteen\" is not a whole number of zero or more.");
            assertThat(page.locator("#edit-weapon-items #d-yearOfManufacture")).hasAttribute("aria-invalid", "true");
            assertThat(jdbc.sql("select model from weapon_item where id = ?")
                            .param(item)
                            .query(String.class)
                            .single())
                    .isEqualTo("M70");
            Axe.assertNoSeriousProblems(page);

            form = page.locator("#edit-weapon-items");
            form.getByLabel("model", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                    .fill("M57");
            form.getByLabel(
                            "yearOfManufacture",
                            new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                    .fill("1961");
            form.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("Save")
                                    .setExact(true))
                    .click();
            assertThat(page.getByText("Record " + item + " corrected.")).isVisible();
            assertThat(page.locator("#edit-weapon-items")).hasCount(0);
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("M57")))
                    .isVisible();
            assertThat(page.url()).endsWith("/evidence/records/arms-events/" + event);
        }
        assertThat(jdbc.sql("select model || ' ' || year_of_manufacture from weapon_item where id = ?")
                        .param(item)
                        .query(String.class)
                        .single())
                .isEqualTo("M57 1961");
    }
}
