package org.roadmapmonitor.actionplan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;

/** Reads text fields into values, collecting one problem per field that does not parse, named by its path. */
public final class Fields {
    private final List<Problem> problems = new ArrayList<>();

    public String required(String path, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.at(path, "actionplan.required"));
            return null;
        }
        return value.strip();
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LocalDate date(String path, String value, boolean required) {
        String v = required ? required(path, value) : optional(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(path, "actionplan.badDate", v));
            return null;
        }
    }

    public BigDecimal decimal(String path, String value) {
        String v = optional(value);
        if (v == null) {
            return null;
        }
        try {
            var d = new BigDecimal(v);
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 4 || d.compareTo(new BigDecimal("1e15")) >= 0) {
                problems.add(Problem.at(path, "actionplan.badAmount", v));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(Problem.at(path, "actionplan.badAmount", v));
            return null;
        }
    }

    public Integer percent(String path, String value) {
        String v = optional(value);
        if (v == null) {
            return null;
        }
        try {
            int p = Integer.parseInt(v);
            if (p >= 0 && p <= 100) {
                return p;
            }
        } catch (NumberFormatException e) {
            // refused below with the value
        }
        problems.add(Problem.at(path, "actionplan.badPercent", v));
        return null;
    }

    public <E extends Enum<E>> E choice(String path, String value, Class<E> type, boolean required) {
        String v = required ? required(path, value) : optional(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            problems.add(Problem.at(path, "actionplan.badChoice", v, allowed));
            return null;
        }
    }

    public void problem(String path, String key, Object... args) {
        problems.add(Problem.at(path, key, args));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Refuses the whole input, summed up by {@code key}, when any field had a problem. */
    public void check(String key) {
        if (!problems.isEmpty()) {
            throw new InvalidException(key, problems);
        }
    }
}
