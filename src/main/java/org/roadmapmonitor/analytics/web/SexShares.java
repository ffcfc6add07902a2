package org.roadmapmonitor.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Women, men and people of unknown sex as counts and as shares of their total, in percent to one decimal.
 * The shares are rounded by largest remainder so that they always add up to exactly 100.0 (a reader adding
 * them up never finds 99.9 or 100.1); with no one counted there are no shares.
 */
public record SexShares(BigDecimal women, BigDecimal men, BigDecimal unknown, Share share) {
    /** The three shares in percent; null when nobody was counted. */
    public record Share(BigDecimal women, BigDecimal men, BigDecimal unknown) {}

    private static final BigDecimal TENTHS = BigDecimal.valueOf(1000);

    static SexShares of(BigDecimal women, BigDecimal men, BigDecimal unknown) {
        BigDecimal w = nonNull(women);
        BigDecimal m = nonNull(men);
        BigDecimal u = nonNull(unknown);
        BigDecimal total = w.add(m).add(u);
        if (total.signum() <= 0) {
            return new SexShares(w, m, u, null);
        }
        BigDecimal[] exact = {tenths(w, total), tenths(m, total), tenths(u, total)};
        long[] floor = new long[3];
        long given = 0;
        for (int i = 0; i < 3; i++) {
            floor[i] = exact[i].setScale(0, RoundingMode.FLOOR).longValueExact();
            given += floor[i];
        }
        // Hand the tenths lost to flooring to the largest remainders, the first of equals first.
        for (long left = 1000 - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < 3; i++) {
                if (remainder(exact[i], floor[i]).compareTo(remainder(exact[best], floor[best])) > 0) {
                    best = i;
                }
            }
            floor[best]++;
            exact[best] = BigDecimal.valueOf(floor[best]);
        }
        return new SexShares(w, m, u, new Share(percent(floor[0]), percent(floor[1]), percent(floor[2])));
    }

    static SexShares of(long women, long men, long unknown) {
        return of(BigDecimal.valueOf(women), BigDecimal.valueOf(men), BigDecimal.valueOf(unknown));
    }

    public BigDecimal total() {
        return women.add(men).add(unknown);
    }

    private static BigDecimal tenths(BigDecimal part, BigDecimal total) {
        return part.multiply(TENTHS).divide(total, 9, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal remainder(BigDecimal exact, long floor) {
        return exact.subtract(BigDecimal.valueOf(floor));
    }

    private static BigDecimal percent(long tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }

    private static BigDecimal nonNull(BigDecimal v) {
        return v == null || v.signum() < 0 ? BigDecimal.ZERO : v;
    }
}
