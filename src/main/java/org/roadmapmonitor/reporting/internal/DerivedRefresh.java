package org.roadmapmonitor.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.shared.DerivedValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the computed values of a report's DERIVED indicators into the report like typed values, when the
 * report is submitted and validated, so that the validated and published copies hold them frozen: a later
 * correction of the records behind them changes the next computation, never a published figure. The values
 * come from whichever module implements {@link DerivedValues} (evidence); reporting knows nothing more of it.
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
        DerivedValues source = derived.getIfAvailable();
        if (source == null) {
            return;
        }
        Map<String, CheckedValue> current = values.values(r.id());
        var computed = new ArrayList<CheckedValue>();
        framework
                .indicators()
                .filter(i -> i.valueSource() == ValueSource.DERIVED && i.formula() != null)
                .forEach(i -> source.compute(i.formula(), r.jurisdiction(), r.period(), code -> total(current, code))
                        .ifPresent(cells -> cells.forEach(c -> computed.add(new CheckedValue(
                                i.code(),
                                c.disaggregationKey(),
                                c.value(),
                                c.numerator(),
                                c.denominator(),
                                null,
                                null)))));
        if (!computed.isEmpty()) {
            values.save(r, reports.indicatorIds(r.versionId()), computed, actor, now, revision);
        }
    }

    private static BigDecimal total(Map<String, CheckedValue> current, String indicator) {
        CheckedValue v = current.get(ValueRules.keyOf(indicator, DisaggregationKey.TOTAL));
        return v == null ? null : v.value();
    }
}
