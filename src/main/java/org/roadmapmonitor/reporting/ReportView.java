package org.roadmapmonitor.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.framework.Vocabulary.ValueSource;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.reporting.workflow.Capacity;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.reporting.workflow.Workflow;

/**
 * A report laid out as people read and fill it: per objective, per indicator, the total and each
 * disaggregation, with the baseline, target and previous value beside it, and what may be edited now.
 */
public record ReportView(
        ProgressReport report,
        FrameworkDocument framework,
        List<ObjectiveView> objectives,
        List<Flag> flags,
        Set<Capacity> capacities,
        List<ReportAction> actions,
        boolean editing,
        Completeness completeness) {

    /** The kind of this report (e.g. a semi-annual progress report), which decides its sections. */
    public org.roadmapmonitor.framework.ReportKind kind() {
        return ReportKinds.of(report, framework);
    }

    public boolean hasValues() {
        return kind().has(org.roadmapmonitor.framework.ReportKind.Section.VALUES);
    }

    public boolean hasNarratives() {
        return kind().has(org.roadmapmonitor.framework.ReportKind.Section.NARRATIVES);
    }

    public record ObjectiveView(
            Objective objective,
            List<IndicatorView> indicators,
            Narrative narrative,
            boolean narrativeEditable,
            boolean narrativeFlagged) {}

    /**
     * One indicator's rows. {@code records} links to the evidence records behind a derived indicator's computed
     * cells (null when it has none, or the reader may not see records).
     */
    public record IndicatorView(
            Indicator indicator, String baseline, String target, String previous, List<Cell> cells, String records) {
        /** Computed, never typed: shown read-only. */
        public boolean derived() {
            return indicator.valueSource() == ValueSource.DERIVED;
        }

        public boolean ratio() {
            return indicator.type() == IndicatorType.RATIO;
        }

        public boolean narrative() {
            return indicator.type() == IndicatorType.NARRATIVE;
        }

        public boolean yesNo() {
            return indicator.type() == IndicatorType.YES_NO;
        }

        /** Whether a yes/no value says yes. */
        public boolean yes(String raw) {
            return new BigDecimal(raw).signum() != 0;
        }

        /** A stored value as readers understand it: a ratio as a percentage, a level with its label. */
        public String shown(String raw) {
            return raw == null || raw.isBlank() ? raw : ReportView.shown(indicator, new BigDecimal(raw));
        }
    }

    /** One value to show or fill: the total (key "") or one disaggregation. */
    public record Cell(
            String indicator,
            String key,
            String label,
            String value,
            String numerator,
            String denominator,
            String comment,
            boolean editable,
            boolean flagged) {
        public String field() {
            return indicator + "|" + key;
        }

        /** The cell's field as an HTML id (after "v-", "n-", "d-" or "c-"). */
        public String inputId() {
            return field().replaceAll("[^A-Za-z0-9_-]", "-");
        }

        public boolean total() {
            return key.isEmpty();
        }
    }

    /** Share of indicators with a total, and of disaggregation cells filled. */
    public record Completeness(int totals, int totalsExpected, int cells, int cellsExpected) {
        public int totalsPercent() {
            return totalsExpected == 0 ? 100 : totals * 100 / totalsExpected;
        }

        public int cellsPercent() {
            return cellsExpected == 0 ? 100 : cells * 100 / cellsExpected;
        }
    }

    public static ReportView of(
            ProgressReport r,
            FrameworkDocument doc,
            Map<String, CheckedValue> values,
            Map<String, BigDecimal> previous,
            Map<String, Narrative> narratives,
            List<Flag> flags,
            Set<Capacity> capacities,
            Map<String, String> records) {
        boolean editing = ReportAccess.canChange(r.state(), capacities);
        var objectives = new ArrayList<ObjectiveView>();
        for (Objective o : doc.objectives()) {
            var indicators = new ArrayList<IndicatorView>();
            for (Indicator ind : o.indicators()) {
                var cells = new ArrayList<Cell>();
                cells.add(cell(ind, DisaggregationKey.TOTAL, "", values, flags, r.state(), editing));
                for (String dim : ind.disaggregations()) {
                    doc.dimensions().stream()
                            .filter(d -> d.code().equals(dim))
                            .findFirst()
                            .ifPresent(d -> d.categories()
                                    .forEach(c -> cells.add(cell(
                                            ind,
                                            dim + "=" + c.code(),
                                            d.name() + ": " + c.name(),
                                            values,
                                            flags,
                                            r.state(),
                                            editing))));
                }
                indicators.add(new IndicatorView(
                        ind,
                        baseline(ind, r.jurisdiction()),
                        target(ind, r.jurisdiction(), r.period().year()),
                        previous.get(ind.code()) == null
                                ? null
                                : previous.get(ind.code()).toPlainString(),
                        cells,
                        records.get(ind.code())));
            }
            boolean narrativeFlagged = flags.stream()
                    .anyMatch(f -> f.kind() == Flag.Kind.NARRATIVE && f.target().equals(o.code()));
            boolean narrativeEditable = editing && (r.state() == ReportState.DRAFT || narrativeFlagged);
            objectives.add(
                    new ObjectiveView(o, indicators, narratives.get(o.code()), narrativeEditable, narrativeFlagged));
        }
        return new ReportView(
                r,
                doc,
                objectives,
                flags,
                capacities,
                Workflow.available(r.state(), capacities),
                editing,
                completeness(objectives));
    }

    private static Cell cell(
            Indicator ind,
            String key,
            String label,
            Map<String, CheckedValue> values,
            List<Flag> flags,
            ReportState state,
            boolean editing) {
        CheckedValue v = values.get(ValueRules.keyOf(ind.code(), key));
        boolean flagged = flags.stream().anyMatch(f -> f.marks(ind.code(), key));
        boolean reopened = flags.stream().anyMatch(f -> f.opensValue(ind.code(), key));
        boolean editable =
                editing && (state == ReportState.DRAFT || reopened) && ind.valueSource() != ValueSource.DERIVED;
        return new Cell(
                ind.code(),
                key,
                label,
                v == null ? null : (v.text() != null ? v.text() : plain(v.value())),
                v == null ? null : plain(v.numerator()),
                v == null ? null : plain(v.denominator()),
                v == null ? null : v.comment(),
                editable,
                flagged);
    }

    private static String baseline(Indicator ind, String jurisdiction) {
        return ind.baselines().stream()
                .filter(b -> b.jurisdiction().equals(jurisdiction))
                .findFirst()
                .map(b -> shown(ind, b.value()) + " (" + b.year() + ")")
                .orElse(null);
    }

    /** The jurisdiction's target for the report's year or the nearest later one, else its latest. */
    private static String target(Indicator ind, String jurisdiction, int year) {
        return ind.targets().stream()
                .filter(t -> t.jurisdiction().equals(jurisdiction))
                .min(Comparator.comparingInt((FrameworkDocument.Target t) -> t.year() >= year ? 0 : 1)
                        .thenComparingInt(t -> t.year() >= year ? t.year() : -t.year()))
                .map(t -> shown(ind, t.value()) + " (" + t.year() + ")")
                .orElse(null);
    }

    static String shown(Indicator ind, BigDecimal value) {
        return switch (ind.type()) {
            case RATIO ->
                value.multiply(BigDecimal.valueOf(100))
                                .setScale(1, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + " %";
            case ORDINAL ->
                ind.levels().stream()
                        .filter(l -> BigDecimal.valueOf(l.value()).compareTo(value) == 0)
                        .findFirst()
                        .map(l -> l.value() + " · " + l.label())
                        .orElse(value.toPlainString());
            default -> value.toPlainString();
        };
    }

    /**
     * The completeness the report page shows, from the framework document and the keys
     * ({@link ValueRules#keyOf}) of the filled cells alone — for lists of many reports, without their views.
     */
    public static Completeness completeness(FrameworkDocument doc, Set<String> filled) {
        int totals = 0;
        int totalsExpected = 0;
        int cells = 0;
        int cellsExpected = 0;
        for (Objective o : doc.objectives()) {
            for (Indicator ind : o.indicators()) {
                totalsExpected++;
                totals += filled.contains(ValueRules.keyOf(ind.code(), DisaggregationKey.TOTAL)) ? 1 : 0;
                for (String dim : ind.disaggregations()) {
                    for (var d : doc.dimensions()) {
                        if (!d.code().equals(dim)) {
                            continue;
                        }
                        for (var c : d.categories()) {
                            cellsExpected++;
                            cells += filled.contains(ValueRules.keyOf(ind.code(), dim + "=" + c.code())) ? 1 : 0;
                        }
                        break;
                    }
                }
            }
        }
        return new Completeness(totals, totalsExpected, cells, cellsExpected);
    }

    private static Completeness completeness(List<ObjectiveView> objectives) {
        int totals = 0;
        int totalsExpected = 0;
        int cells = 0;
        int cellsExpected = 0;
        for (ObjectiveView o : objectives) {
            for (IndicatorView i : o.indicators()) {
                for (Cell c : i.cells()) {
                    boolean filled = c.value() != null || c.numerator() != null;
                    if (c.total()) {
                        totalsExpected++;
                        totals += filled ? 1 : 0;
                    } else {
                        cellsExpected++;
                        cells += filled ? 1 : 0;
                    }
                }
            }
        }
        return new Completeness(totals, totalsExpected, cells, cellsExpected);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
