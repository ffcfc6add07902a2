package org.roadmapmonitor.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.shared.DerivedValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The computed values of a report's DERIVED indicators. They are written into the report like typed values
 * when it is submitted and validated, so that the validated and published copies hold them frozen: a later
 * correction of the records behind them changes the next computation ({@link #overlay}), which the report's
 * "changed since validation" shows, never a published figure. The values come from whichever module
 * implements {@link DerivedValues} (evidence); reporting knows nothing more of it.
 */
@Component
public class DerivedRefresh {
    private final ObjectProvider<DerivedValues> derived;
    private final ValueRepository values;
    private final ReportRepository reports;

    DerivedRefresh(ObjectProvider<DerivedValues> derived, ValueRepository values, ReportRepository reports) {
        this.derived = derived;
        this.values = values;
        this.reports = reports;
    }

    public void refresh(ProgressReport r, FrameworkDocument framework, String actor, Instant now, long revision) {
        Map<String, CheckedValue> stored = values.values(r.id());
        List<CheckedValue> computed = computed(r, framework, stored);
        if (computed.isEmpty()) {
            return;
        }
        var fresh = new ArrayList<CheckedValue>(computed);
        var kept = new java.util.HashSet<String>();
        computed.forEach(v -> kept.add(ValueRules.keyOf(v.indicator(), v.disaggregation())));
        // A cell computed at the last freeze but not now (no such records any more) loses its old figure.
        stored.values().stream()
                .filter(v -> isDerived(framework, v.indicator()))
                .filter(v -> !kept.contains(ValueRules.keyOf(v.indicator(), v.disaggregation())))
                .forEach(v ->
                        fresh.add(new CheckedValue(v.indicator(), v.disaggregation(), null, null, null, null, null)));
        values.save(r, reports.indicatorIds(r.versionId()), fresh, actor, now, revision);
    }

    /**
     * The values as they would be frozen now: {@code stored} with every computed cell of a derived indicator
     * replaced by a fresh computation (a cell no longer computed keeps no value). Typed operands of formulas
     * come from {@code stored}, the report's own values.
     */
    public Map<String, CheckedValue> overlay(
            ProgressReport r, FrameworkDocument framework, Map<String, CheckedValue> stored) {
        List<CheckedValue> computed = computed(r, framework, stored);
        if (computed.isEmpty()) {
            return stored;
        }
        var out = new HashMap<String, CheckedValue>(stored);
        derivedIndicators(framework).forEach(i -> out.keySet().removeIf(k -> k.startsWith(i.code() + "|")));
        computed.forEach(v -> out.put(ValueRules.keyOf(v.indicator(), v.disaggregation()), v));
        return out;
    }

    /** Where the records behind an indicator's computed cells are, for the report's jurisdiction and period. */
    public Optional<String> recordsLink(ProgressReport r, Indicator indicator) {
        DerivedValues source = derived.getIfAvailable();
        if (source == null || indicator.valueSource() != ValueSource.DERIVED) {
            return Optional.empty();
        }
        return source.recordType(indicator.formula())
                .map(type -> UriComponentsBuilder.fromPath("/evidence/records/{type}")
                        .queryParam("jurisdiction", r.jurisdiction())
                        .queryParam("from", r.period().start())
                        .queryParam("to", r.period().end())
                        .buildAndExpand(type)
                        .toUriString());
    }

    /** Measures over records first, then formulas, whose operands may be those measures or typed values. */
    private List<CheckedValue> computed(
            ProgressReport r, FrameworkDocument framework, Map<String, CheckedValue> stored) {
        DerivedValues source = derived.getIfAvailable();
        if (source == null) {
            return List.of();
        }
        var computed = new ArrayList<CheckedValue>();
        var operands = new HashMap<String, CheckedValue>(stored);
        for (boolean measures : new boolean[] {true, false}) {
            derivedIndicators(framework)
                    .filter(i -> i.formula().startsWith("evidence:") == measures)
                    .forEach(i -> source.compute(
                                    i.formula(), r.jurisdiction(), r.period(), code -> total(operands, code))
                            .ifPresent(cells -> cells.forEach(c -> computed.add(new CheckedValue(
                                    i.code(),
                                    c.disaggregationKey(),
                                    c.value(),
                                    c.numerator(),
                                    c.denominator(),
                                    null,
                                    null)))));
            computed.forEach(v -> operands.put(ValueRules.keyOf(v.indicator(), v.disaggregation()), v));
        }
        return computed;
    }

    private static boolean isDerived(FrameworkDocument framework, String indicator) {
        return framework
                .indicator(indicator)
                .map(i -> i.valueSource() == ValueSource.DERIVED && i.formula() != null)
                .orElse(false);
    }

    private static java.util.stream.Stream<Indicator> derivedIndicators(FrameworkDocument framework) {
        return framework.indicators().filter(i -> i.valueSource() == ValueSource.DERIVED && i.formula() != null);
    }

    private static BigDecimal total(Map<String, CheckedValue> current, String indicator) {
        CheckedValue v = current.get(ValueRules.keyOf(indicator, DisaggregationKey.TOTAL));
        return v == null ? null : v.value();
    }
}
