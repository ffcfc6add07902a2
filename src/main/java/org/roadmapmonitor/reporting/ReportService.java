package org.roadmapmonitor.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.ReportKind;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.internal.ContentRepository;
import org.roadmapmonitor.reporting.internal.ReportRepository;
import org.roadmapmonitor.reporting.internal.ValueRepository;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PreconditionRequiredException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading and filling progress reports. The workflow lives in {@link ReportWorkflow}. */
@Service
public class ReportService {
    private final org.roadmapmonitor.shared.Texts texts;
    /** What a save did: the report afterwards, what changed, and warnings that did not block. */
    public record Saved(ProgressReport report, List<String> changed, List<Problem> warnings) {}

    private final ReportRepository reports;
    private final ValueRepository values;
    private final ContentRepository content;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReportingCalendar calendar;
    private final org.roadmapmonitor.reporting.internal.PublicationRepository publications;
    private final ReportOpenings openings;
    private final ReportCorrections corrections;
    private final org.roadmapmonitor.reporting.internal.DerivedRefresh derived;

    public ReportService(
            ReportRepository reports,
            ValueRepository values,
            ContentRepository content,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            ApplicationEventPublisher events,
            Clock clock,
            ReportingCalendar calendar,
            org.roadmapmonitor.shared.Texts texts,
            org.roadmapmonitor.reporting.internal.PublicationRepository publications,
            ReportOpenings openings,
            ReportCorrections corrections,
            org.roadmapmonitor.reporting.internal.DerivedRefresh derived) {
        this.derived = derived;
        this.openings = openings;
        this.corrections = corrections;
        this.texts = texts;
        this.publications = publications;
        this.calendar = calendar;
        this.reports = reports;
        this.values = values;
        this.content = content;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProgressReport create(String framework, String jurisdiction, String periodCode) {
        var problems = new ArrayList<Problem>();
        var summary = frameworks.list().stream()
                .filter(f -> f.code().equals(framework))
                .findFirst();
        if (summary.isEmpty()) {
            problems.add(Problem.at("framework", texts.get("report.unknownFramework", framework)));
        }
        if (jurisdiction == null || !jurisdictions.exists(jurisdiction)) {
            problems.add(Problem.at("jurisdiction", texts.get("report.unknownJurisdiction", jurisdiction)));
        } else if (summary.isPresent()
                && jurisdictions.membershipsOfFramework(framework).stream()
                        .noneMatch(m -> m.jurisdiction().equals(jurisdiction))) {
            problems.add(Problem.at("jurisdiction", texts.get("report.notMember", jurisdiction, framework)));
        }
        PeriodCode period = null;
        try {
            period = PeriodCode.parse(periodCode);
        } catch (InvalidException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(texts.get("report.notCreated"), problems);
        }
        if (!ReportAccess.canEdit(jurisdiction)) {
            throw new ForbiddenException(texts.get("report.onlyEditorsStart", jurisdiction));
        }
        var existing = reports.find(framework, jurisdiction, period.code());
        if (existing.isPresent()) {
            throw new ReportExistsException(existing.get());
        }
        var ref = reports.framework(framework).orElseThrow();
        long versionId = reports.versionFor(ref.id(), period.year())
                .orElseThrow(() -> new ConflictException("reporting.noVersion", framework));
        var refused =
                openings.refusals(frameworks.document(framework, reports.versionCode(versionId)), period, jurisdiction);
        if (!refused.isEmpty()) {
            throw new InvalidException(texts.get("report.notCreated"), refused);
        }
        Instant now = clock.instant();
        long id = reports.insert(ref.id(), versionId, jurisdiction, period, CurrentUser.actor(), now, false);
        ProgressReport created = reports.find(id).orElseThrow();
        events.publishEvent(new ChangeMade(
                "CREATE",
                "report",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.report.started", framework, jurisdiction, period.code()),
                null,
                created));
        return created;
    }

    /** The report, if the caller may see it; otherwise as if it did not exist. */
    public ProgressReport get(long id) {
        return reports.find(id)
                .filter(r -> ReportAccess.canSee(r)
                        || publications.publishedAt(r.id()).isPresent())
                .orElseThrow(() -> new NotFoundException("reporting.noReport", id));
    }

    /**
     * The report for its own people only (its jurisdiction's roles and the secretariat): its history holds
     * draft values, return notes and names, which stay inside even once the report is published.
     */
    public ProgressReport getForTeam(long id) {
        ProgressReport r = get(id);
        if (ReportAccess.mine(r.jurisdiction()).isEmpty()) {
            throw new NotFoundException("reporting.historyHidden", id);
        }
        return r;
    }

    public List<ProgressReport> list(String framework, String jurisdiction, String period, ReportState state) {
        var me = CurrentUser.get();
        List<String> scope = me.filter(u -> u.isSecretariat()).isPresent()
                ? null
                : me.map(u -> u.jurisdictions()).orElse(List.of());
        return reports
                .list(new ReportRepository.Filter(
                        blank(framework), blank(jurisdiction), blank(period), state, scope, true))
                .stream()
                .map(r -> ReportAccess.mine(r.jurisdiction()).isEmpty() ? r.withoutNames() : r)
                .toList();
    }

    /** One page of reports as {@link #list} returns them, cut in the database, with how many there are in all. */
    public record Page(List<ProgressReport> reports, long total) {}

    public Page page(String framework, String period, ReportState state, int page, int size) {
        var me = CurrentUser.get();
        List<String> scope = me.filter(u -> u.isSecretariat()).isPresent()
                ? null
                : me.map(u -> u.jurisdictions()).orElse(List.of());
        var filter = new ReportRepository.Filter(blank(framework), null, blank(period), state, scope, true);
        var rows = reports.page(filter, Math.max(0, page) * size, size).stream()
                .map(r -> ReportAccess.mine(r.jurisdiction()).isEmpty() ? r.withoutNames() : r)
                .toList();
        return new Page(rows, reports.count(filter));
    }

    public FrameworkDocument framework(ProgressReport r) {
        return frameworks.document(r.framework(), r.version());
    }

    /** The states in which a report may hold corrections made since it was returned. */
    private static final java.util.Set<ReportState> CORRECTABLE = java.util.EnumSet.of(
            ReportState.RETURNED, ReportState.AWAITING_APPROVAL, ReportState.SUBMITTED, ReportState.RESUBMITTED);

    /**
     * The report as this caller may read it: the working copy with flags and return notes for its own people,
     * the published copy and nothing else for everyone else. The only reader the web layer can reach.
     */
    @Transactional(readOnly = true)
    public ReportReading read(long id) {
        ProgressReport r = get(id);
        var mine = ReportAccess.mine(r.jurisdiction());
        var publishedAt = publications.publishedAt(r.id());
        if (mine.isEmpty()) {
            return new ReportReading(
                    r.withoutNames(),
                    mine,
                    publications.values(r.id()),
                    publications.narratives(r.id()),
                    List.of(),
                    publications.previousTotals(r),
                    java.util.Optional.empty(),
                    publishedAt,
                    List.of(),
                    true);
        }
        var transitions = content.transitions(r.id());
        java.util.Optional<String> returnReason = r.state() == ReportState.RETURNED
                ? transitions.stream()
                        .filter(t -> t.action() == org.roadmapmonitor.reporting.workflow.ReportAction.RETURN)
                        .reduce((a, b) -> b)
                        .map(Transition::reason)
                : java.util.Optional.empty();
        return new ReportReading(
                r,
                mine,
                valuesAsShown(r),
                content.narratives(r.id()),
                content.flags(r.id()),
                values.previousTotals(r),
                returnReason,
                publishedAt,
                CORRECTABLE.contains(r.state()) ? corrections.sinceLastReturn(r) : List.of(),
                !transitions.isEmpty());
    }

    /** The report laid out for reading and filling, as the caller may see it. */
    public ReportView view(long id) {
        return view(read(id));
    }

    public ReportView view(ReportReading reading) {
        ProgressReport r = reading.report();
        FrameworkDocument doc = framework(r);
        var records = new java.util.HashMap<String, String>();
        if (reading.team()) {
            // Records are never public: only the report's own people and the secretariat get the link.
            doc.indicators().forEach(i -> derived.recordsLink(r, i).ifPresent(link -> records.put(i.code(), link)));
        }
        return ReportView.of(
                r,
                doc,
                reading.values(),
                reading.previousTotals(),
                reading.narratives(),
                reading.flags(),
                reading.capacities(),
                records);
    }

    /** Unfiltered: the working values, whoever asks. For this module's own checks and imports only. */
    Map<String, CheckedValue> values(ProgressReport r) {
        return values.values(r.id());
    }

    /**
     * Unfiltered: the working values as the report shows them. Until the report is validated its derived
     * indicators show a fresh computation; from validation on, the frozen one (a later change of the records
     * shows as "changed since validation").
     */
    Map<String, CheckedValue> valuesAsShown(ProgressReport r) {
        Map<String, CheckedValue> stored = values.values(r.id());
        return FROZEN.contains(r.state()) ? stored : derived.overlay(r, framework(r), stored);
    }

    private static final java.util.Set<ReportState> FROZEN =
            java.util.EnumSet.of(ReportState.VALIDATED, ReportState.PUBLISHED);

    Map<String, java.math.BigDecimal> previousTotals(ProgressReport r) {
        return values.previousTotals(r);
    }

    @Transactional
    public Saved saveValues(long id, Long expectedRevision, List<ValueInput> inputs) {
        ProgressReport r = editable(id, expectedRevision);
        requireRevision(expectedRevision);
        FrameworkDocument doc = framework(r);
        if (!inputs.isEmpty()) {
            requireSection(r, doc, ReportKind.Section.VALUES);
        }
        if (r.state() == ReportState.RETURNED) {
            onlyFlagged(r, inputs);
        }
        var result = ValueRules.check(doc, inputs, values.values(r.id()), values.previousTotals(r), false, texts);
        if (!result.ok()) {
            throw new InvalidException(count(result.problems().size()), result.problems());
        }
        Instant now = clock.instant();
        bump(r, now);
        var changed = values.save(
                r, reports.indicatorIds(r.versionId()), result.values(), CurrentUser.actor(), now, r.revision() + 1);
        ProgressReport after = reports.find(id).orElseThrow();
        if (!changed.isEmpty()) {
            events.publishEvent(new ChangeMade(
                    "UPDATE",
                    "report",
                    String.valueOf(id),
                    ChangeMade.summary(
                            "audit.summary.report.valuesSaved",
                            changed.size(),
                            r.framework(),
                            r.jurisdiction(),
                            r.period()),
                    null,
                    Map.of("changed", changed)));
        }
        return new Saved(after, changed, result.warnings());
    }

    /** Runs every check on values being typed, without saving anything: the report page shows the result at once. */
    public ValueRules.Result check(long id, List<ValueInput> inputs) {
        ProgressReport r = editable(id, null);
        return ValueRules.check(framework(r), inputs, values.values(r.id()), values.previousTotals(r), false, texts);
    }

    private void onlyFlagged(ProgressReport r, List<ValueInput> inputs) {
        var flags = content.flags(r.id());
        var problems = new ArrayList<Problem>();
        for (ValueInput in : inputs) {
            String key = org.roadmapmonitor.reporting.values.DisaggregationKey.normalise(in.disaggregation());
            if (flags.stream().noneMatch(f -> f.opensValue(in.indicator(), key))) {
                problems.add(Problem.at(in.place(), texts.get("report.notFlagged")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(count(problems.size()), problems);
        }
    }

    @Transactional
    public Saved saveNarratives(long id, Long expectedRevision, List<Narrative> narratives) {
        ProgressReport r = editable(id, expectedRevision);
        requireRevision(expectedRevision);
        FrameworkDocument doc = framework(r);
        if (!narratives.isEmpty()) {
            requireSection(r, doc, ReportKind.Section.NARRATIVES);
        }
        var problems = new ArrayList<Problem>();
        var flags = content.flags(r.id());
        for (Narrative n : narratives) {
            if (doc.objective(n.objective() == null ? "" : n.objective()).isEmpty()) {
                problems.add(Problem.at(
                        "narratives." + n.objective(), "reporting.problem.notAnObjective", r.framework(), r.version()));
            } else if (r.state() == ReportState.RETURNED
                    && flags.stream()
                            .noneMatch(f -> f.kind() == Flag.Kind.NARRATIVE
                                    && f.target().equals(n.objective()))) {
                problems.add(Problem.at("narratives." + n.objective(), texts.get("report.notFlagged")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(count(problems.size()), problems);
        }
        Map<String, Narrative> before = content.narratives(r.id());
        Instant now = clock.instant();
        bump(r, now);
        var changed = new ArrayList<String>();
        for (Narrative n : narratives) {
            Narrative old = before.get(n.objective());
            if (old == null ? !n.isEmpty() : !old.equals(n)) {
                content.saveNarrative(r.id(), n, CurrentUser.actor(), now);
                content.addNarrativeRevision(r.id(), n.objective(), old, n, CurrentUser.actor(), now, r.revision() + 1);
                changed.add(n.objective());
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new ChangeMade(
                    "UPDATE",
                    "report",
                    String.valueOf(id),
                    ChangeMade.summary(
                            "audit.summary.report.narrativesSaved",
                            changed,
                            r.framework(),
                            r.jurisdiction(),
                            r.period()),
                    before,
                    content.narratives(r.id())));
        }
        return new Saved(reports.find(id).orElseThrow(), changed, List.of());
    }

    /** Refuses what a report of this kind does not hold, e.g. values in a semi-annual narrative progress report. */
    private void requireSection(ProgressReport r, FrameworkDocument doc, ReportKind.Section section) {
        ReportKind kind = ReportKinds.of(r, doc);
        if (!kind.has(section)) {
            String path = section == ReportKind.Section.VALUES ? "values" : "narratives";
            throw new InvalidException(
                    texts.get("report.notCreated.section"),
                    List.of(Problem.at(
                            path,
                            texts.get(
                                    "report.kindLacks." + section, kind.name() == null ? kind.code() : kind.name()))));
        }
    }

    /** The report, refusing unless the caller may change it now and has the latest revision. */
    ProgressReport editable(long id, Long expectedRevision) {
        ProgressReport r = get(id);
        if (!ReportAccess.canEdit(r.jurisdiction())) {
            throw new ForbiddenException(texts.get("report.onlyEditors", r.jurisdiction()));
        }
        if (!r.state().open()) {
            throw new ConflictException(texts.get("report.closed", texts.get("report.state." + r.state())));
        }
        if (!ReportAccess.canChange(r)) {
            throw new ForbiddenException("reporting.backWithJurisdiction", r.jurisdiction());
        }
        checkRevision(r, expectedRevision);
        calendar.period(r.framework(), r.period()).filter(p -> p.locked()).ifPresent(p -> {
            throw new ConflictException(
                    texts.get("report.periodLocked", r.period().code(), r.framework()));
        });
        return r;
    }

    /**
     * Claims the report's next revision for a change of a section another module keeps (activity progress): the
     * same rules as a save of values (its editors, an open state, the revision read named, 428 or 412 otherwise).
     */
    @Transactional
    public ProgressReport changeSection(long id, Long expectedRevision) {
        ProgressReport r = editable(id, expectedRevision);
        requireRevision(expectedRevision);
        bump(r, clock.instant());
        return r;
    }

    /** The API's writes of values and narratives must name the revision they were read at (If-Match). */
    private static void requireRevision(Long expectedRevision) {
        if (expectedRevision == null) {
            throw new PreconditionRequiredException();
        }
    }

    void checkRevision(ProgressReport r, Long expectedRevision) {
        if (expectedRevision != null && expectedRevision != r.revision()) {
            var changes = values.revisionsAfter(r.id(), expectedRevision).stream()
                    .map(c ->
                            c.indicator() + (c.disaggregation().isEmpty() ? "" : " [" + c.disaggregation() + "]") + " "
                                    + (c.oldValue() == null ? "—" : c.oldValue().toPlainString()) + " → "
                                    + (c.newValue() == null ? "—" : c.newValue().toPlainString()) + " (" + c.by() + ")")
                    .distinct()
                    .toList();
            throw new StaleReportException(r, expectedRevision, changes);
        }
    }

    void bump(ProgressReport r, Instant now) {
        if (!reports.bump(r.id(), r.revision(), now)) {
            throw new StaleReportException(reports.find(r.id()).orElseThrow(), r.revision(), List.of());
        }
    }

    /** Deletes a draft started by mistake: only a draft that never moved in the workflow, by its editors. */
    @Transactional
    public void deleteDraft(long id, Long expectedRevision) {
        ProgressReport r = get(id);
        if (!ReportAccess.canEdit(r.jurisdiction())) {
            throw new ForbiddenException(texts.get("report.onlyEditors", r.jurisdiction()));
        }
        if (r.state() != ReportState.DRAFT || reports.everMoved(id)) {
            throw new ConflictException(texts.get("report.deleteOnlyDrafts", texts.get("report.state." + r.state())));
        }
        requireRevision(expectedRevision);
        checkRevision(r, expectedRevision);
        var before = Map.of("values", values.values(id).size(), "revision", r.revision());
        reports.delete(id);
        events.publishEvent(new ChangeMade(
                "DELETE",
                "report",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.report.deleted", r.framework(), r.jurisdiction(), r.period()),
                before,
                null));
    }

    private String count(int n) {
        return texts.get("report.problems", n);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The same framework, jurisdiction and period already has a report. */
    public static class ReportExistsException extends ConflictException {
        private final ProgressReport existing;

        public ReportExistsException(ProgressReport existing) {
            super("A report for " + existing.framework() + ", " + existing.jurisdiction() + ", " + existing.period()
                    + " already exists: report " + existing.id() + ".");
            this.existing = existing;
        }

        public ProgressReport existing() {
            return existing;
        }
    }
}
