package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.analytics.AnalyticsRow;
import tools.jackson.databind.json.JsonMapper;

/** The streamed answer is, character for character, what Jackson writes for the list of rows. */
class AnalyticsJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theStreamedRowsAreTheTextJacksonWritesForTheList() {
        var sex = new LinkedHashMap<String, String>();
        sex.put("sex", "female");
        sex.put("age", "<18 \"young\"");
        var rows = List.of(
                new AnalyticsRow(
                        "KPI-5",
                        "WB",
                        "2024S1",
                        Map.of(),
                        new BigDecimal("1.2E+3"),
                        null,
                        null,
                        new BigDecimal("10.500"),
                        null,
                        "on_track",
                        "aggregate",
                        List.of("RS", "XK"),
                        false),
                new AnalyticsRow(
                        "KPI-6",
                        "RS",
                        "2024",
                        sex,
                        new BigDecimal("0.333333"),
                        new BigDecimal("1"),
                        new BigDecimal("3"),
                        null,
                        new BigDecimal("-0.000001"),
                        null,
                        "evidence",
                        List.of(),
                        true));
        var out = new ByteArrayOutputStream();

        AnalyticsJson.write(JSON, rows, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeValueAsString(rows));
        out.reset();
        AnalyticsJson.write(JSON, List.of(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
    }
}
