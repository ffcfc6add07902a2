package org.roadmapmonitor.reporting;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.spreadsheet.ReportWorkbook;
import org.roadmapmonitor.reporting.spreadsheet.SheetReport;
import org.roadmapmonitor.reporting.spreadsheet.ValueCsv;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values that arrive as files: the report's Excel template filled offline, or a CSV. A preview lists what
 * would change and every problem (sheet, row, column); nothing changes unless the whole file is valid.
 */
@Service
public class ValueImports {
    private final Texts texts;
    /** One value that the file would change. */
    public record Change(String indicator, String disaggregation, String where, String before, String after) {}

    public record Preview(
            ProgressReport report,
            List<Change> changes,
            List<Problem> problems,
            List<Problem> warnings,
            List<ValueInput> inputs) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ReportService reports;
    private final JurisdictionDirectory jurisdictions;

    private final ImportSlots slots;

    public ValueImports(ReportService reports, JurisdictionDirectory jurisdictions, Texts texts, ImportSlots slots) {
        this.slots = slots;
        this.texts = texts;
        this.reports = reports;
        this.jurisdictions = jurisdictions;
    }

    /** The report's Excel template, current values filled in, locked except where values may change. */
    public byte[] template(long reportId) {
        ReportView view = reports.view(reportId);
        if (view.capacities().isEmpty()) {
            throw new ForbiddenException("reporting.template.forbidden");
        }
        var r = view.report();
        var objectives = new ArrayList<SheetReport.SheetObjective>();
        // Sheet names are written in the reader's language; the _meta sheet lists them, so any language reads back.
        String label =
                texts.get("label.objective." + view.framework().objectiveLabel().name());
        for (var o : view.objectives()) {
            var rows = new ArrayList<SheetReport.SheetRow>();
            // A narrative progress report asks for no values: its template has no value cells to fill.
            for (var i : view.hasValues() ? o.indicators() : List.<ReportView.IndicatorView>of()) {
                for (var c : i.cells()) {
                    rows.add(new SheetReport.SheetRow(
                            i.indicator().code(),
                            i.indicator().title(),
                            c.key(),
                            c.total() ? texts.get("workbook.total") : c.label(),
                            i.indicator().type().name(),
                            i.ratio(),
                            i.indicator().unit(),
                            c.total() ? i.baseline() : null,
                            c.total() ? i.target() : null,
                            c.total() ? i.previous() : null,
                            c.value(),
                            c.numerator(),
                            c.denominator(),
                            c.comment(),
                            c.editable(),
                            choices(i.indicator())));
                }
            }
            objectives.add(new SheetReport.SheetObjective(
                    o.objective().code(),
                    label + " " + o.objective().number(),
                    o.objective().title(),
                    rows));
        }
        return ReportWorkbook.write(new SheetReport(
                r.id(),
                r.revision(),
                r.framework(),
                r.frameworkName(),
                r.version(),
                r.jurisdiction(),
                jurisdictions.require(r.jurisdiction()).name(),
                r.period().code(),
                r.state().name(),
                objectives,
                footnote(r.framework(), r.jurisdiction())));
    }

    /** The designation footnote in the framework's wording, in the reader's language as the rest of the template. */
    private String footnote(String framework, String jurisdiction) {
        return jurisdictions
                .footnotes(
                        List.of(jurisdictions.require(jurisdiction)),
                        jurisdictions.convention(Designations.Owner.FRAMEWORK, framework),
                        LocaleContextHolder.getLocale())
                .stream()
                .findFirst()
                .map(Designations.Footnote::footnote)
                .orElse(null);
    }

    /** Reads an uploaded file (XLSX or CSV) and says what it would change, without changing anything. */
    @Transactional(readOnly = true)
    public Preview preview(long reportId, String fileName, byte[] content) {
        try (var slot = slots.enter()) {
            return read(reportId, fileName, content);
        }
    }

    private Preview read(long reportId, String fileName, byte[] content) {
        ReportView view = reports.view(reportId);
        var problems = new ArrayList<Problem>();
        List<ValueInput> inputs;
        if (isXlsx(fileName, content)) {
            var parsed = ReportWorkbook.read(new ByteArrayInputStream(content), reportId);
            problems.addAll(parsed.problems());
            inputs = parsed.values();
            long current = view.report().revision();
            if (parsed.problems().isEmpty() && parsed.revision() != current) {
                // An older template would silently put back values that someone changed after it was downloaded.
                problems.add(Problem.at("file", "reporting.problem.oldTemplate", parsed.revision(), current));
            }
        } else {
            var parsed = ValueCsv.read(new ByteArrayInputStream(content));
            problems.addAll(parsed.problems());
            inputs = parsed.values();
        }
        Map<String, CheckedValue> current = reports.valuesAsShown(view.report());
        // Only values that differ from what is stored are sent on: unchanged locked rows of a template are no change.
        var changed = new ArrayList<ValueInput>();
        var changes = new ArrayList<Change>();
        for (ValueInput in : inputs) {
            String key;
            try {
                key = DisaggregationKey.normalise(in.disaggregation());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.at(in.place(), "reporting.problem.disaggregation", e.getMessage()));
                continue;
            }
            CheckedValue before = current.get(ValueRules.keyOf(in.indicator(), key));
            String beforeText = before == null ? "" : ReportWorkflow.display(before);
            String afterText = afterText(in);
            if (afterText.replace("/", "").isBlank()) {
                // An empty cell leaves the stored value alone: values are removed on the report page, not by a file.
                continue;
            }
            String beforeComment = before == null || before.comment() == null ? "" : before.comment();
            String afterComment = in.comment() == null ? "" : in.comment().strip();
            if (!sameNumber(beforeText, afterText) || !beforeComment.equals(afterComment)) {
                changed.add(in);
                changes.add(new Change(in.indicator(), key, in.where(), beforeText, afterText));
            }
        }
        List<Problem> warnings = List.of();
        if (problems.isEmpty() && !changed.isEmpty()) {
            var rules = ValueRules.check(
                    view.framework(), changed, current, reports.previousTotals(view.report()), false, texts);
            problems.addAll(rules.problems());
            warnings = rules.warnings();
            if (view.report().state() == org.roadmapmonitor.reporting.workflow.ReportState.RETURNED) {
                problems.addAll(notFlagged(view, changed));
            }
        }
        if (!view.editing()) {
            problems.add(
                    0,
                    Problem.at(
                            "report",
                            "reporting.problem.notEditing",
                            texts.get("report.state." + view.report().state())));
        }
        return new Preview(view.report(), changes, problems, warnings, changed);
    }

    /** Applies an uploaded file: all of it, or nothing when anything is wrong. */
    @Transactional
    public ReportService.Saved apply(long reportId, long expectedRevision, String fileName, byte[] content) {
        try (var slot = slots.enter()) {
            return applyRead(reportId, expectedRevision, fileName, content);
        }
    }

    private ReportService.Saved applyRead(long reportId, long expectedRevision, String fileName, byte[] content) {
        Preview preview = read(reportId, fileName, content);
        if (!preview.ok()) {
            throw new InvalidException(
                    preview.problems(),
                    "reporting.refused.file",
                    preview.problems().size());
        }
        return reports.saveValues(reportId, expectedRevision, preview.inputs());
    }

    private static List<Problem> notFlagged(ReportView view, List<ValueInput> changed) {
        var out = new ArrayList<Problem>();
        for (ValueInput in : changed) {
            String key = DisaggregationKey.normalise(in.disaggregation());
            if (view.flags().stream().noneMatch(f -> f.opensValue(in.indicator(), key))) {
                out.add(Problem.at(in.place(), "reporting.problem.notFlagged"));
            }
        }
        return out;
    }

    private static String afterText(ValueInput in) {
        if (in.numerator() != null || in.denominator() != null) {
            return (in.numerator() == null ? "" : in.numerator().strip()) + " / "
                    + (in.denominator() == null ? "" : in.denominator().strip());
        }
        return in.value() == null ? "" : in.value().strip();
    }

    private static boolean sameNumber(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The answers of a level or yes/no indicator, for a drop-down list in the template. */
    private List<SheetReport.Choice> choices(org.roadmapmonitor.framework.FrameworkDocument.Indicator indicator) {
        return switch (indicator.type()) {
            case ORDINAL ->
                indicator.levels().stream()
                        .map(l -> new SheetReport.Choice(String.valueOf(l.value()), l.label()))
                        .toList();
            case YES_NO ->
                List.of(
                        new SheetReport.Choice("1", texts.get("report.yes")),
                        new SheetReport.Choice("0", texts.get("report.no")));
            default -> List.of();
        };
    }

    static boolean isXlsx(String fileName, byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        return zip || (fileName != null && fileName.toLowerCase().endsWith(".xlsx"));
    }
}
