package org.roadmapmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertThat(Money.of("1.5", "EUR")).isEqualTo(Money.of("1.5000", "EUR"));
        assertThat(Money.of("1000000", "EUR").plain()).isEqualTo("1000000.00");
        assertThat(Money.of("0.1234", "EUR").plain()).isEqualTo("0.1234");
    }

    @Test
    void aDepositOfOneMillionEurosAtTheWorkedRateIsExactlyTheUsdOfTheIssue() {
        Money usd = Money.of("1000000.00", "EUR").convert("USD", new BigDecimal("1.0850"), 2, RoundingMode.HALF_EVEN);
        assertThat(usd).isEqualTo(Money.usd("1085000.00"));
        assertThat(usd.times(new BigDecimal("0.01"), 2, RoundingMode.HALF_EVEN)).isEqualTo(Money.usd("10850.00"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.usd("1").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> Money.usd("1").compareTo(Money.of("1", "GBP")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMorePrecisionThanItIsStoredWith() {
        assertThatThrownBy(() -> Money.of("0.00001", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1000000000000000", "USD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundingIsTheOneNamed() {
        Money m = Money.usd("2.345");
        assertThat(m.round(2, RoundingMode.HALF_EVEN)).isEqualTo(Money.usd("2.34"));
        assertThat(m.round(2, RoundingMode.HALF_UP)).isEqualTo(Money.usd("2.35"));
        assertThatThrownBy(() -> m.round(2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void allocationGivesTheLeftoverCentsToTheLargestRemainders() {
        List<Money> parts = Money.usd("100.00").allocate(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), 2);
        assertThat(parts).containsExactly(Money.usd("33.34"), Money.usd("33.33"), Money.usd("33.33"));
        assertThat(Money.usd("-0.05").allocate(List.of(BigDecimal.ONE, BigDecimal.ONE), 2))
                .containsExactly(Money.usd("-0.03"), Money.usd("-0.02"));
    }

    @Test
    void percentOfNothingIsUnknownRatherThanInfinite() {
        assertThat(Money.usd("5").percentOf(Money.usd("0"), 2, RoundingMode.HALF_EVEN))
                .isNull();
        assertThat(Money.usd("1").percentOf(Money.usd("3"), 2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("33.33");
    }
}
