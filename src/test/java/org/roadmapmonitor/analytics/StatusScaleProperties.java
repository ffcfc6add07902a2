package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The status of a value on the default scale, for KPIs that should rise and KPIs that should fall. */
class StatusScaleProperties {
    private static final StatusScale SCALE = StatusScale.DEFAULT;

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return Arbitraries.bigDecimals()
                .between(new BigDecimal("-500"), new BigDecimal("500"))
                .ofScale(1);
    }

    private static int rank(String status) {
        for (int i = 0; i < SCALE.levels().size(); i++) {
            if (SCALE.levels().get(i).code().equals(status)) {
                return i;
            }
        }
        throw new AssertionError(status);
    }

    @Property
    void aValueNearerTheTargetNeverHasAWorseStatus(
            @ForAll("numbers") BigDecimal baseline,
            @ForAll("numbers") BigDecimal target,
            @ForAll("numbers") BigDecimal a,
            @ForAll("numbers") BigDecimal b) {
        Assume.that(baseline.compareTo(target) != 0);
        // "Nearer" in the target's direction: for a KPI that should fall, lower is better.
        boolean downwards = target.compareTo(baseline) < 0;
        BigDecimal better = downwards ? a.min(b) : a.max(b);
        BigDecimal worse = downwards ? a.max(b) : a.min(b);
        int betterRank = rank(SCALE.statusOf(better, baseline, target).orElseThrow());
        int worseRank = rank(SCALE.statusOf(worse, baseline, target).orElseThrow());
        assertThat(betterRank).isLessThanOrEqualTo(worseRank);
    }

    @Property
    void reachingTheTargetIsAchievedWhicheverWayItLies(
            @ForAll("numbers") BigDecimal baseline, @ForAll("numbers") BigDecimal target) {
        Assume.that(baseline.compareTo(target) != 0);
        assertThat(SCALE.statusOf(target, baseline, target)).contains("achieved");
        assertThat(SCALE.statusOf(baseline, baseline, target)).contains("off_track");
        assertThat(StatusScale.progress(target, baseline, target)).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Property
    void noValueIsNoDataWhateverTheTarget(
            @ForAll("numbers") BigDecimal baseline, @ForAll("numbers") BigDecimal target) {
        assertThat(SCALE.statusOf(null, baseline, target)).contains(StatusScale.NO_DATA);
    }
}
