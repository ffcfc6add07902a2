package org.roadmapmonitor.reporting.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Dimension;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.shared.Decimals;
import org.roadmapmonitor.shared.Problem;

/**
 * The checks on reported values, taken from the framework's indicators (type, range, required, allowed
 * disaggregations, plausible change) and run on entry and on submit. Every problem is listed; warnings
 * (an implausible change from the previous period) never block. Plain Java.
 */
public final class ValueRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The outcome: values ready to store, blocking problems, and warnings. */
    public record Result(List<CheckedValue> values, List<Problem> problems, List<Problem> warnings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final FrameworkDocument framework;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    /** Where each value sent came from (file cell, row), so that a totals problem points at it. */
    private final Map<String, String> places = new HashMap<>();

    private ValueRules(FrameworkDocument framework) {
        this.framework = framework;
    }

    /**
     * @param inputs the values sent (each indicator and disaggregation at most once)
     * @param stored the values already stored for this report, by indicator and key, to check totals and
     *     required values against the report as it will be
     * @param previous the previous period's total per indicator, for the plausibility warning
     * @param submitting whether this is the check at submission (required values must then be present)
     */
    public static Result check(
            FrameworkDocument framework,
            List<ValueInput> inputs,
            Map<String, CheckedValue> stored,
            Map<String, BigDecimal> previous,
            boolean submitting) {
        var rules = new ValueRules(framework);
        var checked = rules.parseAll(inputs);
        var merged = new HashMap<>(stored);
        checked.forEach(v -> merged.put(keyOf(v.indicator(), v.disaggregation()), v));
        rules.totals(merged);
        rules.plausibility(checked, previous);
        if (submitting) {
            rules.required(merged);
        }
        return new Result(checked, List.copyOf(rules.problems), List.copyOf(rules.warnings));
    }

    public static String keyOf(String indicator, String disaggregation) {
        return indicator + "|" + disaggregation;
    }

    private List<CheckedValue> parseAll(List<ValueInput> inputs) {
        var out = new ArrayList<CheckedValue>();
        var seen = new HashMap<String, ValueInput>();
        for (ValueInput in : inputs) {
            Optional<Indicator> ind = framework.indicator(in.indicator());
            if (ind.isEmpty()) {
                problem(in.place(), "is not an indicator of " + framework.code() + " " + framework.version());
                continue;
            }
            String key;
            try {
                key = DisaggregationKey.normalise(in.disaggregation());
            } catch (IllegalArgumentException e) {
                problem(in.place(), "has an unreadable disaggregation: " + e.getMessage());
                continue;
            }
            if (!disaggregationFits(ind.get(), key, in)) {
                continue;
            }
            places.put(keyOf(in.indicator(), key), in.place());
            if (seen.put(keyOf(in.indicator(), key), in) != null) {
                problem(in.place(), "is given twice");
                continue;
            }
            parse(ind.get(), key, in).ifPresent(out::add);
        }
        return out;
    }

    private boolean disaggregationFits(Indicator ind, String key, ValueInput in) {
        for (var e : DisaggregationKey.parse(key).entrySet()) {
            if (!ind.disaggregations().contains(e.getKey())) {
                problem(
                        in.place(),
                        ind.code() + " is not disaggregated by " + e.getKey()
                                + (ind.disaggregations().isEmpty()
                                        ? ""
                                        : " (only by " + String.join(", ", ind.disaggregations()) + ")"));
                return false;
            }
            Dimension dim = dimension(e.getKey());
            if (dim != null && dim.categories().stream().noneMatch(c -> c.code().equals(e.getValue()))) {
                problem(
                        in.place(),
                        e.getValue() + " is not a category of " + dim.name() + " (use "
                                + String.join(
                                        ", ",
                                        dim.categories().stream()
                                                .map(FrameworkDocument.Category::code)
                                                .toList())
                                + ")");
                return false;
            }
        }
        if (ind.type() == IndicatorType.NARRATIVE && !key.isEmpty()) {
            problem(in.place(), "a narrative indicator is not disaggregated");
            return false;
        }
        return true;
    }

    private Optional<CheckedValue> parse(Indicator ind, String key, ValueInput in) {
        if (ind.type() == IndicatorType.NARRATIVE) {
            return Optional.of(new CheckedValue(
                    ind.code(), key, null, null, null, blankToNull(in.value()), blankToNull(in.comment())));
        }
        if (ind.type() == IndicatorType.RATIO) {
            BigDecimal num = number(in.numerator(), in, "numerator");
            BigDecimal den = number(in.denominator(), in, "denominator");
            if (blankToNull(in.value()) != null && num == null && den == null) {
                problem(in.place(), "is a ratio: give its numerator and denominator, not a value");
                return Optional.empty();
            }
            if ((num == null) != (den == null)) {
                problem(in.place(), "needs both a numerator and a denominator");
                return Optional.empty();
            }
            if (num != null && (num.signum() < 0 || den.signum() < 0)) {
                problem(in.place(), "numerator and denominator cannot be negative");
                return Optional.empty();
            }
            if (num != null && num.compareTo(den) > 0) {
                problem(
                        in.place(),
                        "numerator (" + num.toPlainString() + ") cannot exceed the denominator (" + den.toPlainString()
                                + ")");
                return Optional.empty();
            }
            BigDecimal ratio = num == null || den.signum() == 0 ? null : num.divide(den, 6, RoundingMode.HALF_EVEN);
            return Optional.of(new CheckedValue(ind.code(), key, ratio, num, den, null, blankToNull(in.comment())));
        }
        BigDecimal v = number(in.value(), in, "value");
        if (v != null && !fits(ind, v, in)) {
            return Optional.empty();
        }
        return problems.isEmpty() || v != null || blankToNull(in.value()) == null
                ? Optional.of(new CheckedValue(ind.code(), key, v, null, null, null, blankToNull(in.comment())))
                : Optional.empty();
    }

    private boolean fits(Indicator ind, BigDecimal v, ValueInput in) {
        int before = problems.size();
        switch (ind.type()) {
            case COUNT -> {
                if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                    problem(in.place(), "must be a whole number of 0 or more, not " + v.toPlainString());
                }
            }
            case PERCENTAGE -> {
                if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                    problem(in.place(), "is a percentage: it must be between 0 and 100, not " + v.toPlainString());
                }
            }
            case YES_NO -> {
                if (v.compareTo(BigDecimal.ZERO) != 0 && v.compareTo(BigDecimal.ONE) != 0) {
                    problem(in.place(), "must be 1 (yes) or 0 (no)");
                }
            }
            case ORDINAL -> {
                if (ind.levels().stream()
                        .noneMatch(l -> BigDecimal.valueOf(l.value()).compareTo(v) == 0)) {
                    problem(
                            in.place(),
                            "must be one of the levels "
                                    + ind.levels().stream()
                                            .map(l -> String.valueOf(l.value()))
                                            .toList());
                }
            }
            case MONEY -> {
                if (v.signum() < 0) {
                    problem(in.place(), "cannot be negative");
                }
            }
            default -> {}
        }
        var rule = ind.validation();
        if (rule.min() != null && v.compareTo(rule.min()) < 0) {
            problem(in.place(), "must be at least " + rule.min().toPlainString());
        }
        if (rule.max() != null && v.compareTo(rule.max()) > 0) {
            problem(in.place(), "must be at most " + rule.max().toPlainString());
        }
        return problems.size() == before;
    }

    /** A disaggregated value never exceeds its total, and the categories of one dimension never sum above it. */
    private void totals(Map<String, CheckedValue> all) {
        for (Indicator ind : framework.indicators().toList()) {
            if (ind.disaggregations().isEmpty() || ind.type() == IndicatorType.NARRATIVE) {
                continue;
            }
            BiFunction<String, Boolean, BigDecimal> amount = (key, numeratorPart) -> {
                CheckedValue v = all.get(keyOf(ind.code(), key));
                if (v == null) {
                    return null;
                }
                return ind.type() == IndicatorType.RATIO
                        ? (numeratorPart ? v.numerator() : v.denominator())
                        : v.value();
            };
            for (boolean part :
                    ind.type() == IndicatorType.RATIO ? new boolean[] {true, false} : new boolean[] {true}) {
                BigDecimal total = amount.apply(DisaggregationKey.TOTAL, part);
                if (total == null || !additive(ind)) {
                    continue;
                }
                for (String dim : ind.disaggregations()) {
                    Dimension d = dimension(dim);
                    if (d == null) {
                        continue;
                    }
                    BigDecimal sum = BigDecimal.ZERO;
                    for (var c : d.categories()) {
                        BigDecimal v = amount.apply(dim + "=" + c.code(), part);
                        if (v != null) {
                            sum = sum.add(v);
                            if (v.compareTo(total) > 0) {
                                problem(
                                        place(ind.code(), dim + "=" + c.code()),
                                        "(" + v.toPlainString() + ") exceeds the total (" + total.toPlainString()
                                                + ")");
                            }
                        }
                    }
                    if (sum.compareTo(total) > 0) {
                        problem(
                                place(ind.code(), DisaggregationKey.TOTAL) + " [" + dim + "]",
                                "the " + d.name().toLowerCase() + " categories add up to " + sum.toPlainString()
                                        + ", more than the total (" + total.toPlainString() + ")");
                    }
                }
            }
        }
    }

    private String place(String indicator, String key) {
        return places.getOrDefault(keyOf(indicator, key), key.isEmpty() ? indicator : indicator + " [" + key + "]");
    }

    private static boolean additive(Indicator ind) {
        return switch (ind.type()) {
            case COUNT, MONEY, RATIO -> true;
            default -> false;
        };
    }

    private void plausibility(List<CheckedValue> values, Map<String, BigDecimal> previous) {
        for (CheckedValue v : values) {
            if (!v.disaggregation().isEmpty() || v.value() == null) {
                continue;
            }
            var ind = framework.indicator(v.indicator()).orElseThrow();
            BigDecimal limit = ind.validation().maxChangePercent();
            BigDecimal before = previous.get(v.indicator());
            if (limit == null || before == null || before.signum() == 0) {
                continue;
            }
            BigDecimal change =
                    v.value().subtract(before).abs().multiply(HUNDRED).divide(before.abs(), 1, RoundingMode.HALF_UP);
            if (change.compareTo(limit) > 0) {
                warnings.add(Problem.at(
                        v.indicator(),
                        "changed by " + change.toPlainString() + "% from the previous period (" + before.toPlainString()
                                + " → " + v.value().toPlainString() + "); please confirm or explain in the comment"));
            }
        }
    }

    private void required(Map<String, CheckedValue> all) {
        for (Indicator ind : framework.indicators().toList()) {
            if (!ind.validation().required()) {
                continue;
            }
            CheckedValue total = all.get(keyOf(ind.code(), DisaggregationKey.TOTAL));
            if (total == null || total.isEmpty()) {
                problem(ind.code(), "is required: give its value before submitting");
            }
        }
    }

    private BigDecimal number(String text, ValueInput in, String what) {
        String s = blankToNull(text);
        if (s == null) {
            return null;
        }
        try {
            return Decimals.parse(s);
        } catch (IllegalArgumentException e) {
            problem(in.place(), "the " + what + " " + e.getMessage());
            return null;
        }
    }

    private Dimension dimension(String code) {
        return framework.dimensions().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private void problem(String path, String message) {
        problems.add(Problem.at(path, message));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
