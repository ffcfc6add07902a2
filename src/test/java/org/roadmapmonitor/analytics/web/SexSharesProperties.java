package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class SexSharesProperties {
    @Property
    void sharesAlwaysAddUpToExactlyAHundred(
            @ForAll @LongRange(max = 1_000_000) long women,
            @ForAll @LongRange(max = 1_000_000) long men,
            @ForAll @LongRange(max = 1_000_000) long unknown) {
        var s = SexShares.of(women, men, unknown);
        if (women + men + unknown == 0) {
            assertThat(s.share()).isNull();
            return;
        }
        assertThat(s.share().women().add(s.share().men()).add(s.share().unknown()))
                .isEqualByComparingTo("100.0");
    }

    @Property
    void eachShareIsWithinATenthOfItsExactValue(
            @ForAll @LongRange(min = 1, max = 1_000_000) long women,
            @ForAll @LongRange(max = 1_000_000) long men,
            @ForAll @LongRange(max = 1_000_000) long unknown) {
        var s = SexShares.of(women, men, unknown);
        double exact = 100.0 * women / (women + men + unknown);
        assertThat(s.share().women().doubleValue()).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.1));
    }

    @Example
    void oneWomanAndTwoMenAreAThirdAndTwoThirds() {
        var s = SexShares.of(1, 2, 0);
        assertThat(s.share().women()).isEqualByComparingTo("33.3");
        assertThat(s.share().men()).isEqualByComparingTo("66.7");
        assertThat(s.share().unknown()).isEqualByComparingTo("0.0");
        assertThat(s.total()).isEqualByComparingTo(BigDecimal.valueOf(3));
    }

    @Example
    void nobodyCountedHasNoShares() {
        assertThat(SexShares.of(0, 0, 0).share()).isNull();
        assertThat(SexShares.of(null, BigDecimal.ZERO, null).share()).isNull();
    }
}
