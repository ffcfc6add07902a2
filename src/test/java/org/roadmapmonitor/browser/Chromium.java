package org.roadmapmonitor.browser;

import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's headless Chromium driven by Playwright. Without Chromium the browser tests are skipped on a
 * developer's machine but fail in CI, where .ci/run installs it.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

    private final Playwright playwright;
    final BrowserContext context;

    private Chromium(Playwright playwright, BrowserContext context) {
        this.playwright = playwright;
        this.context = context;
    }

    static Chromium start(Path profile, int width, int height) {
        if (!Files.isExecutable(EXECUTABLE)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is missing at " + EXECUTABLE
                        + "; .ci/run must install it (apt-get install -y chromium)");
            }
            Assumptions.abort("Chromium is not installed at " + EXECUTABLE);
        }
        Playwright pw = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserContext context = pw.chromium()
                .launchPersistentContext(
                        profile,
                        new BrowserType.LaunchPersistentContextOptions()
                                .setExecutablePath(EXECUTABLE)
                                .setHeadless(true)
                                .setViewportSize(width, height)
                                .setArgs(List.of(
                                        "--headless",
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync")));
        return new Chromium(pw, context);
    }

    @Override
    public void close() {
        context.close();
        playwright.close();
    }
}
