package org.roadmapmonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The axe helper really reports problems: an image without a text alternative and an unlabelled field. */
class AxeTest {
    @TempDir
    Path profile;

    @Test
    void axeReportsSeriousProblemsWhereThereAreSome() {
        try (var chromium = Chromium.start(profile, 800, 600)) {
            var page = chromium.context.newPage();
            page.setContent("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>"
                    + "<img src=x.png><input type=text></main></body></html>");
            assertThat(Axe.seriousProblems(page))
                    .anySatisfy(p -> assertThat(p).startsWith("image-alt"))
                    .anySatisfy(p -> assertThat(p).startsWith("label"));
            page.setContent("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>"
                    + "<h1>Fine</h1><img src=x.png alt=Logo></main></body></html>");
            assertThat(Axe.seriousProblems(page)).isEmpty();
        }
    }
}
