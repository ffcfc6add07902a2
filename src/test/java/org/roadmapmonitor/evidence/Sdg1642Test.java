package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.evidence.Sdg1642.Count;

/** SDG 16.4.2 by the UN method: what counts, what does not, and how the figure is written. */
class Sdg1642Test {
    private static Count seized(boolean criminal, String outcome, String method, long weapons) {
        return new Count("SEIZED", criminal, false, true, outcome, method, weapons);
    }

    @Test
    void countsWeaponsAndWritesAPercentageWithOneDecimal() {
        var r = Sdg1642.compute(List.of(
                seized(true, "TRACED", "TRACING", 2),
                seized(true, "PENDING", null, 3),
                new Count("FOUND", null, false, false, "NOT_ATTEMPTED", "COMPETENT_AUTHORITY", 1)));
        assertThat(r.numerator()).isEqualTo(3);
        assertThat(r.denominator()).isEqualTo(6);
        assertThat(r.value()).isEqualByComparingTo("50.0");
        assertThat(r.value().scale()).isEqualTo(1);
        assertThat(r.reason()).isNull();
    }

    @Test
    void antiquesAndAdministrativeSeizuresAreLeftOutOfTheDenominator() {
        var r = Sdg1642.compute(List.of(
                seized(true, "TRACED", "TRACING", 1),
                seized(false, "TRACED", "TRACING", 5),
                new Count("SURRENDERED", null, true, true, "TRACED", "TRACING", 7),
                new Count("SURRENDERED", null, false, true, "PENDING", null, 1)));
        assertThat(r.denominator()).isEqualTo(2);
        assertThat(r.numerator()).isEqualTo(1);
        assertThat(r.excluded().antiques()).isEqualTo(7);
        assertThat(r.excluded().administrativeSeizures()).isEqualTo(5);
    }

    @Test
    void noWeaponsMeansNoValueWithAReasonNotZero() {
        var r = Sdg1642.compute(List.of(seized(false, "TRACED", "TRACING", 4)));
        assertThat(r.denominator()).isZero();
        assertThat(r.value()).isNull();
        assertThat(r.reason()).isEqualTo(Sdg1642.NO_DATA);
        assertThat(r.breakdown().eventType().get("SEIZED").value()).isNull();
    }

    @Test
    void theTracingOutcomeSplitsTheDenominatorAndTheMethodSplitsTheNumerator() {
        var r = Sdg1642.compute(List.of(
                seized(true, "TRACED", "TRACING", 4),
                seized(true, "INSUFFICIENT_INFORMATION", "COMPETENT_AUTHORITY", 2),
                new Count("FOUND", null, false, false, "PENDING", null, 3)));
        assertThat(r.breakdown().tracingOutcome())
                .containsExactly(
                        java.util.Map.entry("TRACED", 4L),
                        java.util.Map.entry("PENDING", 3L),
                        java.util.Map.entry("INSUFFICIENT_INFORMATION", 2L),
                        java.util.Map.entry("NOT_ATTEMPTED", 0L));
        assertThat(r.breakdown().method()).containsEntry("TRACING", 4L).containsEntry("COMPETENT_AUTHORITY", 2L);
        assertThat(r.breakdown().uniquelyMarked().denominator()).isEqualTo(6);
        assertThat(r.breakdown().uniquelyMarked().value()).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(r.breakdown().eventType().get("FOUND").value()).isEqualByComparingTo("0.0");
    }

    @Test
    void percentagesRoundHalfUp() {
        assertThat(Sdg1642.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Sdg1642.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Sdg1642.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Sdg1642.percent(1, 16)).isEqualByComparingTo("6.3");
    }
}
