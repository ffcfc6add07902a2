package org.roadmapmonitor.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ExactJson;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.TooLargeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports values in the DHIS2 {@code dataValueSets} JSON format, so that a national DHIS2 or any system that
 * speaks it can send roadmap data: {@code dataElement} = indicator code, {@code orgUnit} = jurisdiction code,
 * {@code period} = period code, {@code categoryOptionCombo} = disaggregation key (e.g. {@code sex=female}).
 * The answer is a DHIS2-style import summary. By default the import is atomic: one conflict and nothing is
 * stored ({@code atomicMode=NONE} stores the valid values).
 */
@Service
public class DataValueSets {
    private final org.roadmapmonitor.shared.Texts texts;

    public record ImportCount(int imported, int updated, int ignored, int deleted) {}

    public record Conflict(String object, String value) {}

    public record Summary(
            String responseType,
            String status,
            String description,
            ImportCount importCount,
            List<Conflict> conflicts,
            boolean dryRun) {}

    private record Key(String orgUnit, String period) {}

    private final ReportService reports;

    /** Each report of a partial import is found or started in a savepoint, so that one refused cannot undo the rest. */
    private final TransactionTemplate savepoint;

    private final ImportSlots slots;
    private final int maxValues;

    public DataValueSets(
            ReportService reports,
            org.roadmapmonitor.shared.Texts texts,
            PlatformTransactionManager transactions,
            ImportSlots slots,
            @Value("${roadmap.import.max-values:50000}") int maxValues) {
        this.slots = slots;
        this.maxValues = maxValues;
        this.texts = texts;
        this.reports = reports;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional
    public Summary importSet(byte[] body, String dataSetParam, boolean dryRun, boolean atomic) {
        try (var slot = slots.enter()) {
            return importRead(body, dataSetParam, dryRun, atomic);
        }
    }

    private Summary importRead(byte[] body, String dataSetParam, boolean dryRun, boolean atomic) {
        JsonNode root = ExactJson.read(body);
        String framework = dataSetParam != null && !dataSetParam.isBlank()
                ? dataSetParam.strip()
                : ExactJson.text(root, "dataSet");
        if (framework == null || framework.isBlank()) {
            throw new BadRequestException("dataSet", "reporting.problem.dataSet");
        }
        JsonNode values = root.get("dataValues");
        if (values == null || !values.isArray()) {
            throw new BadRequestException("dataValues", "reporting.problem.dataValues");
        }
        if (values.size() > maxValues) {
            throw new TooLargeException("import.tooManyValues", values.size(), maxValues);
        }
        var conflicts = new ArrayList<Conflict>();
        var groups = new LinkedHashMap<Key, List<ValueInput>>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String element = ExactJson.text(v, "dataElement");
            String orgUnit = orDefault(ExactJson.text(v, "orgUnit"), ExactJson.text(root, "orgUnit"));
            String period = orDefault(ExactJson.text(v, "period"), ExactJson.text(root, "period"));
            if (element == null || orgUnit == null || period == null) {
                conflicts.add(new Conflict("dataValues[" + i + "]", "needs dataElement, orgUnit and period"));
                continue;
            }
            String combo = ExactJson.text(v, "categoryOptionCombo");
            groups.computeIfAbsent(new Key(orgUnit.strip().toUpperCase(), period.strip()), k -> new ArrayList<>())
                    .add(new ValueInput(
                            element.strip(),
                            combo,
                            ExactJson.text(v, "value"),
                            null,
                            null,
                            ExactJson.text(v, "comment"),
                            "dataValues[" + i + "]"));
        }
        int imported = 0;
        int updated = 0;
        int deleted = 0;
        int ignored = 0;
        var plans = new ArrayList<Runnable>();
        for (var e : groups.entrySet()) {
            var outcome = plan(framework, e.getKey(), e.getValue(), conflicts);
            ignored += outcome.ignored();
            if (outcome.store() != null) {
                imported += outcome.imported();
                updated += outcome.updated();
                deleted += outcome.deleted();
                plans.add(outcome.store());
            }
        }
        boolean refused = atomic && !conflicts.isEmpty();
        if (refused) {
            ignored = values.size();
            imported = 0;
            updated = 0;
            deleted = 0;
        } else if (!dryRun) {
            plans.forEach(Runnable::run);
        }
        if (dryRun || refused) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        String status = refused ? "ERROR" : conflicts.isEmpty() ? "SUCCESS" : "WARNING";
        String description = refused
                ? "Import refused: " + conflicts.size()
                        + " conflict(s); nothing was stored (send atomicMode=NONE to store the valid values)."
                : (dryRun ? "Dry run: nothing was stored." : "Import done.");
        return new Summary(
                "ImportSummary",
                status,
                description,
                new ImportCount(imported, updated, ignored, deleted),
                conflicts,
                dryRun);
    }

    private record Outcome(int imported, int updated, int deleted, int ignored, Runnable store) {}

    private Outcome plan(String framework, Key key, List<ValueInput> inputs, List<Conflict> conflicts) {
        ProgressReport report;
        try {
            report = savepoint.execute(s ->
                    reports.get(reports.list(framework, key.orgUnit(), key.period(), null).stream()
                            .findFirst()
                            .orElseGet(() -> reports.create(framework, key.orgUnit(), key.period()))
                            .id()));
        } catch (InvalidException | ConflictException | ForbiddenException | NotFoundException e) {
            inputs.forEach(in -> conflicts.add(new Conflict(key.orgUnit() + "/" + key.period(), e.getMessage())));
            return new Outcome(0, 0, 0, inputs.size(), null);
        }
        if (!ReportAccess.canEdit(report.jurisdiction()) || !report.state().open()) {
            String why = !ReportAccess.canEdit(report.jurisdiction())
                    ? "you do not report for " + report.jurisdiction()
                    : "the report is " + report.state().name().toLowerCase().replace('_', ' ')
                            + ": its values cannot change now";
            inputs.forEach(in -> conflicts.add(new Conflict(in.indicator(), why)));
            return new Outcome(0, 0, 0, inputs.size(), null);
        }
        var doc = reports.framework(report);
        Map<String, CheckedValue> stored = reports.values(report);
        var check = ValueRules.check(doc, inputs, stored, reports.previousTotals(report), false, texts);
        for (Problem p : check.problems()) {
            conflicts.add(new Conflict(p.path(), p.message()));
        }
        var valid = accepted(inputs, check.problems());
        int imported = 0;
        int updated = 0;
        int deleted = 0;
        int ignored = inputs.size() - valid.size();
        for (ValueInput in : valid) {
            String k;
            try {
                k = ValueRules.keyOf(in.indicator(), DisaggregationKey.normalise(in.disaggregation()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            CheckedValue before = stored.get(k);
            boolean empty = in.value() == null || in.value().isBlank();
            if (before == null && !empty) {
                imported++;
            } else if (before != null && empty) {
                deleted++;
            } else if (before != null
                    && !ReportWorkflow.display(before).equals(in.value().strip())) {
                updated++;
            } else {
                ignored++;
            }
        }
        long id = report.id();
        long revision = report.revision();
        return new Outcome(
                imported,
                updated,
                deleted,
                ignored,
                valid.isEmpty() ? null : () -> reports.saveValues(id, revision, valid));
    }

    /**
     * The inputs no problem points at, in one pass over each (a scan of every problem per input made a large
     * import with many problems quadratic). A problem points at an input by its place, by its place with the
     * dimension of a totals check after it ("… [sex]"), or at a whole indicator ("KPI-5 [sex]").
     */
    static List<ValueInput> accepted(List<ValueInput> inputs, List<Problem> problems) {
        var places = new HashSet<String>();
        var wholeIndicators = new HashSet<String>();
        for (Problem p : problems) {
            places.add(p.path());
            int dimension = p.path().lastIndexOf(" [");
            if (dimension > 0 && p.path().endsWith("]")) {
                places.add(p.path().substring(0, dimension));
                wholeIndicators.add(p.path().substring(0, p.path().indexOf(" [")));
            }
        }
        var valid = new ArrayList<ValueInput>();
        for (ValueInput in : inputs) {
            if (!places.contains(in.place()) && !wholeIndicators.contains(in.indicator())) {
                valid.add(in);
            }
        }
        return valid;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
