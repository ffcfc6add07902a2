package org.roadmapmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {
    @Provide
    Arbitrary<Money> cents() {
        return Arbitraries.longs()
                .between(-99_999_999_999L, 99_999_999_999L)
                .map(c -> Money.of(BigDecimal.valueOf(c, 2), "USD"));
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.longs()
                .between(0, 10_000_000_000L)
                .map(w -> BigDecimal.valueOf(w, 2))
                .list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .filter(l -> l.stream().anyMatch(w -> w.signum() > 0));
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.longs().between(1, 5_000_000).map(r -> BigDecimal.valueOf(r, 6));
    }

    @Property
    void allocationNeverCreatesOrLosesACent(@ForAll("cents") Money whole, @ForAll("weights") List<BigDecimal> weights) {
        List<Money> parts = whole.allocate(weights, 2);
        assertThat(parts.stream().reduce(Money.zero("USD"), Money::plus)).isEqualTo(whole);
        for (int i = 0; i < parts.size(); i++) {
            if (weights.get(i).signum() == 0) {
                assertThat(parts.get(i).isZero()).isTrue();
            }
        }
    }

    @Property
    void aFeeAndWhatRemainsAddUpToTheConvertedDeposit(
            @ForAll("cents") Money deposit, @ForAll("rates") BigDecimal rate) {
        Money usd = Money.of(deposit.amount(), "EUR").convert("USD", rate, 2, RoundingMode.HALF_EVEN);
        Money fee = usd.times(new BigDecimal("0.01"), 2, RoundingMode.HALF_EVEN);
        Money kept = usd.minus(fee);
        assertThat(fee.plus(kept)).isEqualTo(usd);
        // half-even rounding is never off by more than half a cent
        BigDecimal exact = deposit.amount().multiply(rate);
        assertThat(usd.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property
    void additionAndSubtractionAreExactInverses(@ForAll("cents") Money a, @ForAll("cents") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(a.negate()).isZero()).isTrue();
    }
}
