package org.roadmapmonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (Deque, MPL-2.0; the file and its licence are in src/test/resources/axe) run in the page under test.
 * The script is evaluated through the browser's debugging protocol, so the site's Content-Security-Policy
 * (script-src 'self') stays as it is in production.
 */
final class Axe {
    private static final String SCRIPT = load();

    private Axe() {}

    /** The serious and critical WCAG problems axe finds on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousProblems(Page page) {
        page.evaluate("() => { if (!window.axe) { " + SCRIPT + "\n } }");
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await window.axe.run(document, {resultTypes: ['violations']});
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""");
    }

    static void assertNoSeriousProblems(Page page) {
        assertThat(seriousProblems(page)).as("axe on " + page.url()).isEmpty();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
