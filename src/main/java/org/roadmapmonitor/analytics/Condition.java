package org.roadmapmonitor.analytics;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The condition of a {@code COUNT_MEETING_CONDITION} indicator, as the framework document writes it
 * ({@code >= 3}, {@code = 1}): a comparison with a number. Nothing else is accepted, so the text never
 * becomes code.
 */
public record Condition(String operator, BigDecimal operand) {
    private static final Pattern FORM = Pattern.compile("\\s*(>=|<=|!=|<>|=|>|<)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    /**
     * The condition written in {@code text}, or null when there is none (the framework validator refuses an
     * unreadable one); with no condition, a jurisdiction meets it by having a value at all.
     */
    public static Condition parse(String text) {
        if (text == null) {
            return null;
        }
        var m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String op = m.group(1).equals("<>") ? "!=" : m.group(1);
        return new Condition(op, new BigDecimal(m.group(2)));
    }

    public boolean test(BigDecimal value) {
        if (value == null) {
            return false;
        }
        int c = value.compareTo(operand);
        return switch (operator) {
            case ">=" -> c >= 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case "<" -> c < 0;
            case "=" -> c == 0;
            default -> c != 0;
        };
    }

    @Override
    public String toString() {
        return operator + " " + operand.toPlainString();
    }
}
