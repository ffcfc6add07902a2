package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A data value set is bounded in values and in bytes, with a 413 problem that says the limit. */
@IntegrationTest
class ImportLimitsTest {
    @LocalServerPort
    int port;

    @Test
    void moreValuesThanOneRequestMayCarryAreRefusedWith413() {
        var body = new StringBuilder("{\"dataSet\": \"WB-SALW-ROADMAP\", \"dataValues\": [");
        for (int i = 0; i <= 50_000; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"dataElement\":\"KPI-5\",\"orgUnit\":\"RS\",\"period\":\"2076\",\"value\":\"1\"}");
        }
        body.append("]}");
        var res = Http.api(port).basic("editor.rs@demo", "demo").post("/api/v1/dataValueSets", body.toString());
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(res.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(res.body()).contains("50,001").contains("50,000");
    }

    @Test
    void aBodyLargerThanTheImportTakesIsRefusedWith413() {
        String padding = " ".repeat(10 * 1024 * 1024);
        var res = Http.api(port)
                .basic("editor.rs@demo", "demo")
                .post("/api/v1/dataValueSets", "{\"dataSet\": \"WB-SALW-ROADMAP\"," + padding + "\"dataValues\": []}");
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(res.body()).contains("10 MB");
    }
}
