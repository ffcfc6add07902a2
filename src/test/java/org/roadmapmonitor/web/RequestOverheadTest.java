package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every request pays besides its own work, found by profiling the public analytics API under load: the
 * requests' metrics are recorded, but no observation wraps each security filter, the authentication or the
 * authorisation; and a page still gets its frame (the language links), now added after its handler ran.
 */
@IntegrationTest
class RequestOverheadTest {
    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void requestsAreMeasuredButTheSecurityFiltersAreNotObservedOneByOne() {
        var res = Http.api(port).get("/api/v1/analytics?framework=WB-SALW-ROADMAP&indicator=KPI-5&jurisdiction=RS");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(Http.api(port).get("/frameworks").statusCode()).isEqualTo(200);

        assertThat(registry.find("http.server.requests").timers()).isNotEmpty();
        assertThat(registry.getMeters())
                .extracting(m -> m.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void aPageHasItsFrame() {
        var page = Http.api(port).get("/frameworks?lang=fr");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("class=\"lang-switch\"")
                .contains("lang=\"es\"")
                .contains("/frameworks?lang=en")
                .contains("aria-current=\"true\"");
    }
}
