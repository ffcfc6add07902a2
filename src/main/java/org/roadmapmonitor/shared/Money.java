package org.roadmapmonitor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of one currency. Amounts keep at most four decimal places (the NUMERIC(19,4) they are
 * stored in) and are held in a canonical scale (at least two decimals, no needless trailing zeros) so
 * that equal amounts are equal objects. Arithmetic across currencies is refused, and every operation that
 * may need rounding names its {@link RoundingMode}. There is no double anywhere near it.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {
    public static final int MAX_SCALE = 4;
    public static final int CENT_SCALE = 2;
    /** NUMERIC(19,4): 15 digits before the decimal point. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("A currency is three capital letters (ISO 4217), not " + currency);
        }
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new IllegalArgumentException(
                    "An amount has at most " + MAX_SCALE + " decimal places; round it first: " + amount);
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("The amount " + amount.toPlainString() + " is too large");
        }
        amount = canonical(amount);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Money usd(String amount) {
        return of(amount, "USD");
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** This amount times a factor, rounded to {@code scale} decimals with the named rounding. */
    public Money times(BigDecimal factor, int scale, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(checkScale(scale), rounding), currency);
    }

    /** The same value in another currency at {@code rate} (units of {@code target} per unit of this one). */
    public Money convert(String target, BigDecimal rate, int scale, RoundingMode rounding) {
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("An exchange rate must be positive");
        }
        return new Money(amount.multiply(rate).setScale(checkScale(scale), rounding), target);
    }

    /** This amount rounded to {@code scale} decimals. */
    public Money round(int scale, RoundingMode rounding) {
        return new Money(amount.setScale(checkScale(scale), rounding), currency);
    }

    /**
     * Splits this amount in proportion to the weights, in units of 10^-scale, so that the parts add up
     * exactly to the whole: each part is rounded down and the remaining units go, one each, to the parts
     * with the largest remainders (ties to the earlier part). Nothing is created or lost.
     */
    public List<Money> allocate(List<BigDecimal> weights, int scale) {
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("Weights must be given and not negative");
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("Weights must not all be zero");
        }
        BigDecimal whole = amount.setScale(checkScale(scale), RoundingMode.UNNECESSARY);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> parts = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal exact = whole.multiply(w);
            // round toward zero, so that the leftover has the sign of the whole
            BigDecimal part = exact.divide(total, scale, RoundingMode.DOWN);
            parts.add(part);
            remainders.add(exact.subtract(part.multiply(total)).abs());
            given = given.add(part);
        }
        BigDecimal left = whole.subtract(given);
        BigDecimal step = left.signum() < 0 ? unit.negate() : unit;
        int units = left.abs().divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders.get(b).compareTo(remainders.get(a)));
        for (int i = 0; i < units; i++) {
            int index = order.get(i % order.size());
            parts.set(index, parts.get(index).add(step));
        }
        return parts.stream().map(p -> new Money(p, currency)).toList();
    }

    /** This amount as a share of {@code whole}, in per cent with {@code scale} decimals; null when whole is 0. */
    public BigDecimal percentOf(Money whole, int scale, RoundingMode rounding) {
        if (same(whole).amount.signum() == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(whole.amount, scale, rounding);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public int signum() {
        return amount.signum();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** The amount as plain text with at least two decimals, e.g. {@code 1085000.00}. */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }

    private Money same(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency + " with " + other.currency + " without an exchange rate");
        }
        return other;
    }

    private static int checkScale(int scale) {
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("A money scale is 0 to " + MAX_SCALE + ", not " + scale);
        }
        return scale;
    }

    private static BigDecimal canonical(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < CENT_SCALE ? stripped.setScale(CENT_SCALE, RoundingMode.UNNECESSARY) : stripped;
    }
}
