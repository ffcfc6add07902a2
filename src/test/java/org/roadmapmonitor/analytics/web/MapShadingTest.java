package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.analytics.AnalyticsRow;

/** How the map shades jurisdictions by value when a KPI has no status to show. */
class MapShadingTest {
    private static AnalyticsRow row(String jurisdiction, String value) {
        return new AnalyticsRow(
                "KPI-9",
                jurisdiction,
                "2024",
                Map.of(),
                value == null ? null : new BigDecimal(value),
                null,
                null,
                null,
                null,
                null,
                "reported",
                List.of(),
                false);
    }

    @Test
    void theHighestValueIsTheDarkestAndTheLowestTheLightestOfTheStepsUsed() {
        var colours = MapPanels.valueColours(List.of(row("AL", "10"), row("BA", "50"), row("RS", "100")));
        assertThat(colours.get(2)).isEqualTo("#54278f");
        assertThat(colours.get(0)).isNotEqualTo(colours.get(1)).isNotEqualTo(colours.get(2));
        assertThat(colours.get(1)).isNotEqualTo(colours.get(2));
    }

    @Test
    void aJurisdictionWithoutAValueIsLeftWhiteAndNeverCountsAsTheLowest() {
        var colours = MapPanels.valueColours(Arrays.asList(row("AL", "10"), row("BA", null), null, row("RS", "20")));
        assertThat(colours.get(1)).isEqualTo(MapPanels.NO_VALUE);
        assertThat(colours.get(2)).isEqualTo(MapPanels.NO_VALUE);
        assertThat(colours.get(0)).isNotEqualTo(MapPanels.NO_VALUE).isNotEqualTo(colours.get(3));
    }

    @Test
    void equalValuesShareOneColour() {
        var colours = MapPanels.valueColours(List.of(row("AL", "7"), row("BA", "7.0")));
        assertThat(colours.get(0)).isEqualTo(colours.get(1)).isNotEqualTo(MapPanels.NO_VALUE);
    }

    @Test
    void everyStepStaysWithinThePalette() {
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.TEN;
        for (int steps = 1; steps <= 5; steps++) {
            for (int v = 0; v <= 10; v++) {
                assertThat(MapPanels.step(BigDecimal.valueOf(v), min, max, steps))
                        .isBetween(5 - steps, 4);
            }
            assertThat(MapPanels.step(max, min, max, steps)).isEqualTo(4);
        }
    }
}
