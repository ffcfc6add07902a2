package org.roadmapmonitor.reporting.values;

import java.math.BigDecimal;

/** A value that passed its checks, ready to store. For narrative indicators only {@code text} is set. */
public record CheckedValue(
        String indicator,
        String disaggregation,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String text,
        String comment) {

    public boolean isEmpty() {
        return value == null && numerator == null && denominator == null && (text == null || text.isBlank());
    }
}
