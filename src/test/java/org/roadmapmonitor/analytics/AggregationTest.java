package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.analytics.Aggregation.Part;
import org.roadmapmonitor.analytics.Rows.Place;
import org.roadmapmonitor.analytics.Rows.Stored;
import org.roadmapmonitor.framework.FrameworkDocument.Baseline;
import org.roadmapmonitor.framework.FrameworkDocument.Target;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodCode;

/** The rules on the figures a secretariat officer would check by hand. */
class AggregationTest {
    private static final List<String> WB = List.of("AL", "BA", "XK", "ME", "MK", "RS");

    private static Part v(String value) {
        return new Part(new BigDecimal(value), null, null, false);
    }

    @Test
    void legislationHarmonisedInFourOfSix() {
        var parts = Map.of("AL", v("4"), "BA", v("2"), "XK", v("4"), "ME", v("5"), "MK", v("3"), "RS", v("4"));
        var f = Aggregation.acrossJurisdictions(
                Vocabulary.Aggregation.COUNT_MEETING_CONDITION, Condition.parse(">= 4"), parts, WB);
        assertThat(f.value()).isEqualByComparingTo("4");
        assertThat(f.denominator()).isEqualByComparingTo("6");
        assertThat(f.missing()).isEmpty();
    }

    @Test
    void aRegionalSumNamesTheJurisdictionsItLacks() {
        var parts = Map.of("AL", v("10"), "ME", v("5"), "RS", v("7"));
        var f = Aggregation.acrossJurisdictions(Vocabulary.Aggregation.SUM, null, parts, WB);
        assertThat(f.value()).isEqualByComparingTo("22");
        assertThat(f.missing()).containsExactly("BA", "XK", "MK");
    }

    @Test
    void aRegionalRatioIsTheSumOfNumeratorsOverTheSumOfDenominatorsNotTheMeanOfRatios() {
        var parts = Map.of(
                "AL", new Part(null, new BigDecimal("1"), new BigDecimal("2"), false),
                "RS", new Part(null, new BigDecimal("9"), new BigDecimal("98"), false));
        var f = Aggregation.acrossJurisdictions(Vocabulary.Aggregation.RATIO_OF_SUMS, null, parts, List.of("AL", "RS"));
        assertThat(f.value()).isEqualByComparingTo("0.1"); // 10 / 100, where the mean of ratios would be 0.2959
        assertThat(f.numerator()).isEqualByComparingTo("10");
        assertThat(f.denominator()).isEqualByComparingTo("100");
    }

    @Test
    void aYearIsMadeOfItsHalvesWhenTheKpiIsNowReportedYearly() {
        var stored = new Stored();
        stored.add(Fixtures.ratio("AL", "2101S1", 3, 10, false));
        stored.add(Fixtures.ratio("AL", "2101S2", 2, 30, true));
        var def = Fixtures.indicator(
                IndicatorType.RATIO, Vocabulary.Aggregation.RATIO_OF_SUMS, null, List.of(), List.of());
        var row = Rows.of(
                        def,
                        List.of(new Place("AL", List.of())),
                        List.of(PeriodCode.year(2101)),
                        List.of(""),
                        stored,
                        StatusScale.DEFAULT)
                .get(0);
        assertThat(row.numerator()).isEqualByComparingTo("5");
        assertThat(row.denominator()).isEqualByComparingTo("40");
        assertThat(row.value()).isEqualByComparingTo("0.125");
        assertThat(row.working()).as("a working half makes the year working").isTrue();
    }

    @Test
    void aYearWithAMissingHalfHasNoSumAndSaysWhichHalf() {
        var stored = new Stored();
        stored.add(Fixtures.cell("AL", "2101S1", "", "12"));
        var row = Rows.of(
                        Fixtures.count(Vocabulary.Aggregation.SUM),
                        List.of(new Place("AL", List.of())),
                        List.of(PeriodCode.year(2101)),
                        List.of(""),
                        stored,
                        StatusScale.DEFAULT)
                .get(0);
        assertThat(row.value()).isNull();
        assertThat(row.missing()).containsExactly("2101S2");
        assertThat(row.status()).isEqualTo("no_data");
    }

    @Test
    void aKpiThatShouldFallIsOnTrackWhenItFalls() {
        // Victims: baseline 100 in 2018, target 40; 60 now is two thirds of the way.
        var def = Fixtures.indicator(
                IndicatorType.COUNT,
                Vocabulary.Aggregation.SUM,
                null,
                List.of(new Baseline("AL", 2018, new BigDecimal("100"))),
                List.of(new Target("AL", 2030, new BigDecimal("40"))));
        var stored = new Stored();
        stored.add(Fixtures.cell("AL", "2101", "", "60"));
        var row = Rows.of(
                        def,
                        List.of(new Place("AL", List.of())),
                        List.of(PeriodCode.year(2101)),
                        List.of(""),
                        stored,
                        StatusScale.DEFAULT)
                .get(0);
        assertThat(row.progress()).isEqualByComparingTo("0.6667");
        assertThat(row.status()).isEqualTo("on_track");
        assertThat(row.baseline()).isEqualByComparingTo("100");
        assertThat(row.target()).isEqualByComparingTo("40");
    }

    @Test
    void aRegionsTargetIsItsOwnWhenTheFrameworkGivesOne() {
        var def = Fixtures.indicator(
                IndicatorType.ORDINAL,
                Vocabulary.Aggregation.COUNT_MEETING_CONDITION,
                ">= 4",
                List.of(),
                List.of(new Target("WB", 2030, new BigDecimal("6"))));
        var stored = new Stored();
        for (String j : WB) {
            stored.add(Fixtures.cell(j, "2101", "", j.equals("BA") ? "2" : "4"));
        }
        var row = Rows.of(
                        def,
                        List.of(new Place("WB", WB)),
                        List.of(PeriodCode.year(2101)),
                        List.of(""),
                        stored,
                        StatusScale.DEFAULT)
                .get(0);
        assertThat(row.value()).isEqualByComparingTo("5");
        assertThat(row.target()).isEqualByComparingTo("6");
        assertThat(row.source()).isEqualTo("aggregate");
        assertThat(row.status())
                .as("no baseline, target not reached: not assessed")
                .isNull();
    }

    @Test
    void aConditionIsAComparisonWithANumberAndNothingElse() {
        assertThat(Condition.parse(">= 3").test(new BigDecimal("3"))).isTrue();
        assertThat(Condition.parse("= 1").test(BigDecimal.ZERO)).isFalse();
        assertThat(Condition.parse("<> 0").test(BigDecimal.ONE)).isTrue();
        assertThat(Condition.parse("value >= 3; drop table")).isNull();
    }

    @Test
    void aQueryReadsListsAndRangesAndRefusesWhatItCannotRead() {
        var q = AnalyticsQuery.parse("WB-SALW-ROADMAP", "KPI-5, KPI-6", "wb,rs", "2019S1:2020S2,2024", "sex");
        assertThat(q.indicators()).containsExactly("KPI-5", "KPI-6");
        assertThat(q.jurisdictions()).containsExactly("WB", "RS");
        assertThat(q.periods())
                .extracting(PeriodCode::code)
                .containsExactly("2019S1", "2019S2", "2020S1", "2020S2", "2024");
        assertThatThrownBy(() -> AnalyticsQuery.parse("WB-SALW-ROADMAP", null, null, "2019S1:2020", null))
                .isInstanceOf(BadRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidException) e).problems().get(0).path())
                                .isEqualTo("period"));
        assertThatThrownBy(() -> AnalyticsQuery.parse(" ", null, null, null, null))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void aScaleWhoseThresholdsDoNotFallIsRefusedLevelByLevel() {
        var scale = new StatusScale(List.of(
                new StatusScale.Level("good", null, new BigDecimal("0.5"), StatusScale.Colour.GREEN),
                new StatusScale.Level("better", null, new BigDecimal("0.8"), StatusScale.Colour.TEAL),
                new StatusScale.Level("bad", null, new BigDecimal("0.1"), StatusScale.Colour.RED)));
        assertThat(scale.problems())
                .extracting(p -> p.path())
                .containsExactly("levels[1].minProgress", "levels[2].minProgress");
        assertThat(StatusScale.DEFAULT.problems()).isEmpty();
    }
}
