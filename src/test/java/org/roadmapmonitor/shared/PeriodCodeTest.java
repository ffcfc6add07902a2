package org.roadmapmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodCodeTest {

    @Test
    void yearRunsFromJanuaryToDecember() {
        PeriodCode year = PeriodCode.parse("2024");

        assertThat(year.type()).isEqualTo(PeriodType.YEARLY);
        assertThat(year.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void halfYearOneRunsFromJanuaryToJune() {
        PeriodCode half = PeriodCode.parse("2024S1");

        assertThat(half.type()).isEqualTo(PeriodType.SIX_MONTHLY);
        assertThat(half.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(half.end()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void halfYearTwoRunsFromJulyToDecember() {
        PeriodCode half = PeriodCode.parse("2024S2");

        assertThat(half.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(half.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void quarterThreeRunsFromJulyToSeptember() {
        PeriodCode quarter = PeriodCode.parse("2024Q3");

        assertThat(quarter.type()).isEqualTo(PeriodType.QUARTERLY);
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void monthRunsFromItsFirstToItsLastDay() {
        PeriodCode month = PeriodCode.parse("202405");

        assertThat(month.type()).isEqualTo(PeriodType.MONTHLY);
        assertThat(month.start()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertThat(PeriodCode.parse("202402").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PeriodCode.parse("202302").end()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(PeriodCode.parse("2024Q1").end()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024S1", "2024S2", "2024Q1", "2024Q4", "202401", "202412", "1000", "9999Q4"})
    void validCodeReadsBackAsItself(String code) {
        PeriodCode period = PeriodCode.parse(code);

        assertThat(period.code()).isEqualTo(code);
        assertThat(period).hasToString(code);
        assertThat(PeriodCode.isValid(code)).isTrue();
    }

    @Test
    void factoriesBuildTheSamePeriodsAsParsing() {
        assertThat(PeriodCode.year(2024)).isEqualTo(PeriodCode.parse("2024"));
        assertThat(PeriodCode.halfYear(2024, 2)).isEqualTo(PeriodCode.parse("2024S2"));
        assertThat(PeriodCode.quarter(2024, 3)).isEqualTo(PeriodCode.parse("2024Q3"));
        assertThat(PeriodCode.month(2024, 5)).isEqualTo(PeriodCode.parse("202405"));
    }

    @ParameterizedTest
    @CsvSource({
        "2024S3, a half-year is S1 or S2",
        "2024Q0, a quarter is Q1 to Q4",
        "2024Q5, a quarter is Q1 to Q4",
        "202413, a month is 01 to 12",
        "202400, a month is 01 to 12",
        "0999, the year must be from 1000 to 9999",
        "24, use yyyy",
        "2024-05, use yyyy",
        "abcd, use yyyy",
        "2024s1, use yyyy",
        "2024q3, use yyyy",
        "20245, use yyyy",
        "2024S, use yyyy",
        "' 2024', use yyyy",
        "'2024Q3 ', use yyyy",
    })
    void invalidCodeIsRefusedWithAMessageNamingIt(String code, String reason) {
        assertThatThrownBy(() -> PeriodCode.parse(code))
                .isInstanceOf(InvalidException.class)
                .hasMessageStartingWith("\"" + code + "\" is not a valid period code: ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((InvalidException) e).problems())
                        .singleElement()
                        .extracting(Problem::path)
                        .isEqualTo("period"));
        assertThat(PeriodCode.isValid(code)).isFalse();
    }

    @Test
    void unrecognisedCodeIsRefusedWithTheAcceptedForms() {
        assertThatThrownBy(() -> PeriodCode.parse("2024-05"))
                .hasMessage("\"2024-05\" is not a valid period code: "
                        + "use yyyy, yyyySn, yyyyQn or yyyyMM, e.g. 2024, 2024S1, 2024Q3 or 202405");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankCodeIsRefusedAsMissing(String code) {
        assertThatThrownBy(() -> PeriodCode.parse(code))
                .isInstanceOf(InvalidException.class)
                .hasMessageStartingWith("A period code is required");
    }

    @Test
    void nullCodeIsRefusedAsMissing() {
        assertThatThrownBy(() -> PeriodCode.parse(null))
                .isInstanceOf(InvalidException.class)
                .hasMessageStartingWith("A period code is required");
        assertThat(PeriodCode.isValid(null)).isFalse();
    }

    @Test
    void outOfRangePartsAreRefusedByTheFactories() {
        assertThatThrownBy(() -> PeriodCode.month(2024, 13)).isInstanceOf(InvalidException.class);
        assertThatThrownBy(() -> PeriodCode.year(10000)).isInstanceOf(InvalidException.class);
        assertThatThrownBy(() -> new PeriodCode(PeriodType.YEARLY, 2024, 2)).isInstanceOf(InvalidException.class);
    }

    @Test
    void yearContainsItsHalvesQuartersMonthsAndItself() {
        PeriodCode year = PeriodCode.parse("2024");

        assertThat(year.contains(PeriodCode.parse("2024S1"))).isTrue();
        assertThat(year.contains(PeriodCode.parse("2024Q3"))).isTrue();
        assertThat(year.contains(PeriodCode.parse("202405"))).isTrue();
        assertThat(year.contains(year)).isTrue();
        assertThat(year.contains(PeriodCode.parse("202501"))).isFalse();
    }

    @Test
    void secondHalfContainsItsQuartersAndMonthsButNotTheFirstHalfs() {
        PeriodCode half = PeriodCode.parse("2024S2");

        assertThat(half.contains(PeriodCode.parse("2024Q3"))).isTrue();
        assertThat(half.contains(PeriodCode.parse("202407"))).isTrue();
        assertThat(half.contains(PeriodCode.parse("2024Q2"))).isFalse();
        assertThat(half.contains(PeriodCode.parse("202406"))).isFalse();
    }

    @Test
    void finerPeriodDoesNotContainACoarserOne() {
        assertThat(PeriodCode.parse("2024Q3").contains(PeriodCode.parse("2024S2")))
                .isFalse();
        assertThat(PeriodCode.parse("202407").contains(PeriodCode.parse("2024Q3")))
                .isFalse();
    }

    @Test
    void periodContainsItsFirstAndLastDayOnly() {
        PeriodCode quarter = PeriodCode.parse("2024Q3");

        assertThat(quarter.contains(LocalDate.of(2024, 7, 1))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2024, 9, 30))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(quarter.contains(LocalDate.of(2024, 10, 1))).isFalse();
    }

    @Test
    void periodOfADateIsTheOneOfThatTypeContainingIt() {
        LocalDate date = LocalDate.of(2024, 8, 15);

        assertThat(PeriodCode.of(PeriodType.YEARLY, date)).hasToString("2024");
        assertThat(PeriodCode.of(PeriodType.SIX_MONTHLY, date)).hasToString("2024S2");
        assertThat(PeriodCode.of(PeriodType.QUARTERLY, date)).hasToString("2024Q3");
        assertThat(PeriodCode.of(PeriodType.MONTHLY, date)).hasToString("202408");
    }

    @Test
    void nextAndPreviousCrossYearBoundaries() {
        assertThat(PeriodCode.parse("2024S2").next()).hasToString("2025S1");
        assertThat(PeriodCode.parse("2024Q4").next()).hasToString("2025Q1");
        assertThat(PeriodCode.parse("202412").next()).hasToString("202501");
        assertThat(PeriodCode.parse("2024").next()).hasToString("2025");
        assertThat(PeriodCode.parse("2025Q1").previous()).hasToString("2024Q4");
        assertThat(PeriodCode.parse("202501").previous()).hasToString("202412");
    }

    @Test
    void plusMovesByWholePeriodsEitherWay() {
        assertThat(PeriodCode.parse("202405").plus(20)).hasToString("202601");
        assertThat(PeriodCode.parse("202405").plus(-5)).hasToString("202312");
        assertThat(PeriodCode.parse("2024Q3").plus(0)).hasToString("2024Q3");
    }

    @Test
    void steppingBeyondTheSupportedYearsIsRefused() {
        assertThatThrownBy(() -> PeriodCode.parse("9999Q4").next()).isInstanceOf(InvalidException.class);
        assertThatThrownBy(() -> PeriodCode.parse("100001").previous()).isInstanceOf(InvalidException.class);
        assertThatThrownBy(() -> PeriodCode.parse("2024").plus(Integer.MAX_VALUE))
                .isInstanceOf(InvalidException.class);
    }

    @Test
    void parentIsTheCoarserPeriodContainingThisOne() {
        PeriodCode month = PeriodCode.parse("202408");

        assertThat(month.parent(PeriodType.QUARTERLY)).hasToString("2024Q3");
        assertThat(month.parent(PeriodType.SIX_MONTHLY)).hasToString("2024S2");
        assertThat(month.parent(PeriodType.YEARLY)).hasToString("2024");
        assertThat(month.parent(PeriodType.MONTHLY)).isEqualTo(month);
    }

    @Test
    void parentOfAFinerTypeIsRefused() {
        assertThatThrownBy(() -> PeriodCode.parse("2024Q3").parent(PeriodType.MONTHLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024Q3");
    }

    @Test
    void childrenOfAHalfYearAreItsQuartersAndMonths() {
        PeriodCode half = PeriodCode.parse("2024S2");

        assertThat(half.children(PeriodType.QUARTERLY))
                .extracting(PeriodCode::code)
                .containsExactly("2024Q3", "2024Q4");
        assertThat(half.children(PeriodType.MONTHLY))
                .extracting(PeriodCode::code)
                .containsExactly("202407", "202408", "202409", "202410", "202411", "202412");
        assertThat(half.children(PeriodType.SIX_MONTHLY)).containsExactly(half);
    }

    @Test
    void childrenOfACoarserTypeAreRefused() {
        assertThatThrownBy(() -> PeriodCode.parse("2024Q3").children(PeriodType.YEARLY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangeListsEveryPeriodFromFirstToLastIncluded() {
        assertThat(PeriodCode.range(PeriodCode.parse("2024Q3"), PeriodCode.parse("2025Q2")))
                .extracting(PeriodCode::code)
                .containsExactly("2024Q3", "2024Q4", "2025Q1", "2025Q2");
        assertThat(PeriodCode.range(PeriodCode.parse("2024"), PeriodCode.parse("2024")))
                .extracting(PeriodCode::code)
                .containsExactly("2024");
        assertThat(PeriodCode.range(PeriodCode.parse("9999Q3"), PeriodCode.parse("9999Q4")))
                .hasSize(2);
    }

    @Test
    void rangeOfMixedTypesIsRefused() {
        assertThatThrownBy(() -> PeriodCode.range(PeriodCode.parse("2024"), PeriodCode.parse("2025Q1")))
                .isInstanceOf(InvalidException.class)
                .hasMessageContaining("one type");
    }

    @Test
    void rangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> PeriodCode.range(PeriodCode.parse("202405"), PeriodCode.parse("202404")))
                .isInstanceOf(InvalidException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void periodsSortByStartThenCoarserFirst() {
        List<PeriodCode> periods = new ArrayList<>(List.of(
                PeriodCode.parse("202407"),
                PeriodCode.parse("2024Q3"),
                PeriodCode.parse("2024"),
                PeriodCode.parse("2024S2"),
                PeriodCode.parse("2023Q4"),
                PeriodCode.parse("202401")));
        Collections.sort(periods);

        assertThat(periods)
                .extracting(PeriodCode::code)
                .containsExactly("2023Q4", "2024", "202401", "2024S2", "2024Q3", "202407");
    }

    @Test
    void periodTypesDescribeTheirCodes() {
        assertThat(PeriodType.YEARLY.pattern()).isEqualTo("yyyy");
        assertThat(PeriodType.SIX_MONTHLY.pattern()).isEqualTo("yyyySn");
        assertThat(PeriodType.QUARTERLY.pattern()).isEqualTo("yyyyQn");
        assertThat(PeriodType.MONTHLY.pattern()).isEqualTo("yyyyMM");
        assertThat(PeriodType.values()).extracting(PeriodType::periodsPerYear).containsExactly(1, 2, 4, 12);
    }
}
