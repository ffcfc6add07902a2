package org.roadmapmonitor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;

/** What a user does on the report pages, step by step, for the reporting journeys. */
final class ReportPage {
    final Page page;
    private final int port;

    ReportPage(Page page, int port) {
        this.page = page;
        this.port = port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String email) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForLoadState();
    }

    void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForLoadState();
    }

    /** Starts a report from "My reports" and returns its address. */
    String start(String framework, String jurisdiction, String period) {
        page.navigate(url("/reports"));
        page.getByText("Start a report for another period").click();
        page.locator("#new-framework").selectOption(framework);
        page.locator("#new-jurisdiction").selectOption(jurisdiction);
        page.locator("#new-period").fill(period);
        page.locator("details form button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(period);
        page.waitForLoadState(LoadState.LOAD);
        return page.url();
    }

    void fillEveryTotal(String value) {
        page.waitForLoadState(LoadState.LOAD);
        for (Locator input : page.locator("input[name^='v:'][name$='|'], textarea[name^='v:']")
                .all()) {
            input.fill(value);
        }
        for (Locator choice : page.locator("select[name^='v:']").all()) {
            choice.selectOption(new SelectOption().setIndex(1));
        }
        for (Locator input : page.locator("input[name^='n:'][name$='|']").all()) {
            input.fill("1");
        }
        for (Locator input : page.locator("input[name^='d:'][name$='|']").all()) {
            input.fill("2");
        }
    }

    Locator value(String field) {
        return page.locator("[name='v:" + field + "']");
    }

    void save() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        page.waitForLoadState();
    }

    Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Takes a workflow step and checks that the page shows no error afterwards. */
    void act(String name) {
        button(name).click();
        page.waitForLoadState();
        org.assertj.core.api.Assertions.assertThat(page.locator(".flash.error").allTextContents())
                .as("after " + name)
                .isEmpty();
    }

    Locator state() {
        return page.locator("h1 .badge").first();
    }
}
