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
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.shared.Decimals;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

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

    private final Texts texts;

    private ValueRules(FrameworkDocument framework, Texts texts) {
        this.framework = framework;
        this.texts = texts;
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
            boolean submitting,
            Texts texts) {
        var rules = new ValueRules(framework, texts);
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
                problem(in.place(), t("value.unknownIndicator", framework.code(), framework.version()));
                continue;
            }
            String key;
            try {
                key = DisaggregationKey.normalise(in.disaggregation());
            } catch (IllegalArgumentException e) {
                problem(in.place(), t("value.badDisaggregation", e.getMessage()));
                continue;
            }
            if (ind.get().valueSource() == ValueSource.DERIVED) {
                // Computed from the records and frozen at validation: a typed figure would contradict them.
                problem(in.place(), t("value.derived", ind.get().code()));
                continue;
            }
            if (!disaggregationFits(ind.get(), key, in)) {
                continue;
            }
            places.put(keyOf(in.indicator(), key), in.place());
            if (seen.put(keyOf(in.indicator(), key), in) != null) {
                problem(in.place(), t("value.twice"));
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
                        ind.disaggregations().isEmpty()
                                ? t("value.notDisaggregated", ind.code(), e.getKey())
                                : t(
                                        "value.notDisaggregatedBy",
                                        ind.code(),
                                        e.getKey(),
                                        String.join(", ", ind.disaggregations())));
                return false;
            }
            Dimension dim = dimension(e.getKey());
            if (dim != null && dim.categories().stream().noneMatch(c -> c.code().equals(e.getValue()))) {
                problem(
                        in.place(),
                        t(
                                "value.unknownCategory",
                                e.getValue(),
                                dim.name(),
                                String.join(
                                        ", ",
                                        dim.categories().stream()
                                                .map(FrameworkDocument.Category::code)
                                                .toList())));
                return false;
            }
        }
        if (ind.type() == IndicatorType.NARRATIVE && !key.isEmpty()) {
            problem(in.place(), t("value.narrativeNotDisaggregated"));
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
                problem(in.place(), t("value.ratioNeedsParts"));
                return Optional.empty();
            }
            if ((num == null) != (den == null)) {
                problem(in.place(), t("value.ratioNeedsBoth"));
                return Optional.empty();
            }
            if (num != null && (num.signum() < 0 || den.signum() < 0)) {
                problem(in.place(), t("value.ratioNegative"));
                return Optional.empty();
            }
            if (num != null && num.compareTo(den) > 0) {
                problem(in.place(), t("value.ratioAbove", num.toPlainString(), den.toPlainString()));
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
                    problem(in.place(), t("value.count", v.toPlainString()));
                }
            }
            case PERCENTAGE -> {
                if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                    problem(in.place(), t("value.percentage", v.toPlainString()));
                }
            }
            case YES_NO -> {
                if (v.compareTo(BigDecimal.ZERO) != 0 && v.compareTo(BigDecimal.ONE) != 0) {
                    problem(in.place(), t("value.yesNo"));
                }
            }
            case ORDINAL -> {
                if (ind.levels().stream()
                        .noneMatch(l -> BigDecimal.valueOf(l.value()).compareTo(v) == 0)) {
                    problem(
                            in.place(),
                            t(
                                    "value.level",
                                    String.join(
                                            ", ",
                                            ind.levels().stream()
                                                    .map(l -> l.value() + " (" + l.label() + ")")
                                                    .toList())));
                }
            }
            case MONEY -> {
                if (v.signum() < 0) {
                    problem(in.place(), t("value.negative"));
                }
            }
            default -> {}
        }
        if (problems.size() > before) {
            // One message per problem: a negative count is not also "below the minimum of 0".
            return false;
        }
        var rule = ind.validation();
        if (rule.min() != null && v.compareTo(rule.min()) < 0) {
            problem(in.place(), t("value.min", rule.min().toPlainString()));
        }
        if (rule.max() != null && v.compareTo(rule.max()) > 0) {
            problem(in.place(), t("value.max", rule.max().toPlainString()));
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
                                        t("value.aboveTotal", v.toPlainString(), total.toPlainString()));
                            }
                        }
                    }
                    if (sum.compareTo(total) > 0) {
                        problem(
                                place(ind.code(), DisaggregationKey.TOTAL) + " [" + dim + "]",
                                t(
                                        "value.sumAboveTotal",
                                        d.name().toLowerCase(),
                                        sum.toPlainString(),
                                        total.toPlainString()));
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
                        t(
                                "value.implausible",
                                change.toPlainString(),
                                before.toPlainString(),
                                v.value().toPlainString())));
            }
        }
    }

    private void required(Map<String, CheckedValue> all) {
        for (Indicator ind : framework.indicators().toList()) {
            // A derived value is computed from the records at submission, never asked of the editor.
            if (!ind.validation().required() || ind.valueSource() == ValueSource.DERIVED) {
                continue;
            }
            CheckedValue total = all.get(keyOf(ind.code(), DisaggregationKey.TOTAL));
            if (total == null || total.isEmpty()) {
                problem(ind.code(), t("value.required"));
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
            problem(
                    in.place(),
                    e instanceof Decimals.Ambiguous
                            ? t("value.ambiguous", text.strip())
                            : t("value.notNumber", text.strip()));
            return null;
        }
    }

    private Dimension dimension(String code) {
        return framework.dimensions().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private String t(String key, Object... args) {
        return texts.get(key, args);
    }

    private void problem(String path, String message) {
        problems.add(Problem.at(path, message));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
