package org.roadmapmonitor.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.reporting.internal.ContentRepository;
import org.roadmapmonitor.reporting.internal.DerivedRefresh;
import org.roadmapmonitor.reporting.internal.ReportRepository;
import org.roadmapmonitor.reporting.internal.ValueRepository;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.values.ValueRules;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.reporting.workflow.Workflow;
import org.roadmapmonitor.reporting.workflow.Workflow.Decision;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves reports through the workflow, recording every transition with who, when and why. */
@Service
public class ReportWorkflow {
    private final org.roadmapmonitor.shared.Texts texts;
    private final ReportService service;
    private final ReportRepository reports;
    private final ValueRepository values;
    private final ContentRepository content;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Notifications notifications;
    private final org.roadmapmonitor.reporting.internal.PublicationRepository publications;
    private final ReportCorrections corrections;
    private final DerivedRefresh derived;
    private final ObjectProvider<ReportSection> sections;

    public ReportWorkflow(
            ReportService service,
            ReportRepository reports,
            ValueRepository values,
            ContentRepository content,
            ApplicationEventPublisher events,
            Clock clock,
            Notifications notifications,
            org.roadmapmonitor.reporting.internal.PublicationRepository publications,
            org.roadmapmonitor.shared.Texts texts,
            ReportCorrections corrections,
            DerivedRefresh derived,
            ObjectProvider<ReportSection> sections) {
        this.sections = sections;
        this.texts = texts;
        this.corrections = corrections;
        this.derived = derived;
        this.publications = publications;
        this.notifications = notifications;
        this.service = service;
        this.reports = reports;
        this.values = values;
        this.content = content;
        this.events = events;
        this.clock = clock;
    }

    /** A section kept by another module (activity progress) changed since the last return. */
    private boolean sectionCorrected(ProgressReport r) {
        return content.lastReturn(r.id())
                .map(since -> sections.orderedStream().anyMatch(s -> s.changedSince(r, since)))
                .orElse(false);
    }

    @Transactional
    public ProgressReport act(long id, ReportAction action, String reason, List<Flag> flagged, Long expectedRevision) {
        ProgressReport r = service.get(id);
        service.checkRevision(r, expectedRevision);
        boolean approval = reports.framework(r.framework()).orElseThrow().approvalRequired();
        var context = new Workflow.Context(approval, reports.reachedSecretariatBefore(id));
        Decision decision = Workflow.decide(r.state(), action, ReportAccess.mine(r.jurisdiction()), context);
        if (decision instanceof Decision.NotInThisState) {
            var allowed = Workflow.available(
                            r.state(), java.util.EnumSet.allOf(org.roadmapmonitor.reporting.workflow.Capacity.class))
                    .stream()
                    .map(a -> texts.get("report.action." + a))
                    .toList();
            throw new ConflictException(texts.get(
                    "workflow.notInState",
                    texts.get("report.state." + r.state()),
                    texts.get("report.action." + action),
                    String.join(", ", allowed)));
        }
        if (decision instanceof Decision.NotYourRole) {
            throw new ForbiddenException(texts.get(
                    "workflow.notYourRole",
                    texts.get("report.action." + action),
                    texts.get("report.state." + r.state())));
        }
        ReportState to = ((Decision.Allowed) decision).to();
        List<Flag> flags = flagged == null ? List.of() : flagged;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        requireReason(action, why, flags, service.framework(r));
        if (action == ReportAction.SUBMIT) {
            checkComplete(r);
            if (r.state() == ReportState.RETURNED
                    && corrections.sinceLastReturn(r).isEmpty()
                    && !sectionCorrected(r)) {
                // Submitting a returned report unchanged would only send it back as it was.
                throw new ConflictException(texts.get("workflow.nothingCorrected"));
            }
        }
        Instant now = clock.instant();
        service.bump(r, now);
        if (action == ReportAction.SUBMIT || action == ReportAction.VALIDATE) {
            derived.refresh(r, service.framework(r), CurrentUser.actor(), now, r.revision() + 1);
        }
        reports.setState(id, to, now);
        if (action == ReportAction.PUBLISH) {
            publications.publish(id, now);
        }
        if (action == ReportAction.RETURN) {
            content.replaceFlags(id, flags);
        } else if (action == ReportAction.SUBMIT || action == ReportAction.REOPEN) {
            content.replaceFlags(id, List.of());
        }
        Object snapshot = action == ReportAction.VALIDATE ? snapshot(values.values(id)) : null;
        content.addTransition(id, action, r.state(), to, CurrentUser.actor(), now, why, flags, snapshot);
        ProgressReport after = reports.find(id).orElseThrow();
        events.publishEvent(new ChangeMade(
                action.name(),
                "report",
                String.valueOf(id),
                why == null
                        ? ChangeMade.summary(
                                "audit.summary.report.transitioned",
                                r.framework(),
                                r.jurisdiction(),
                                r.period(),
                                ChangeMade.word("report.state." + r.state().name()),
                                ChangeMade.word("report.state." + to.name()))
                        : ChangeMade.summary(
                                "audit.summary.report.transitionedBecause",
                                r.framework(),
                                r.jurisdiction(),
                                r.period(),
                                ChangeMade.word("report.state." + r.state().name()),
                                ChangeMade.word("report.state." + to.name()),
                                why),
                Map.of("state", r.state().name()),
                Map.of("state", to.name(), "flagged", flags)));
        CurrentUser.get().ifPresent(u -> notifications.markReadFor(u.id(), id));
        events.publishEvent(new ReportTransitioned(
                id,
                r.framework(),
                r.jurisdiction(),
                r.period().code(),
                action,
                r.state(),
                to,
                CurrentUser.actor(),
                why));
        return after;
    }

    private void requireReason(ReportAction action, String reason, List<Flag> flags, FrameworkDocument doc) {
        var problems = new ArrayList<Problem>();
        if ((action == ReportAction.RETURN || action == ReportAction.REOPEN) && reason == null) {
            problems.add(Problem.at("reason", texts.get("workflow.reasonNeeded." + action)));
        }
        if (action == ReportAction.RETURN && flags.isEmpty()) {
            problems.add(Problem.at("flagged", texts.get("workflow.flagNeeded")));
        }
        for (int i = 0; i < flags.size(); i++) {
            Flag f = flags.get(i);
            boolean known = f.kind() == Flag.Kind.NARRATIVE
                    ? doc.objective(f.target()).isPresent()
                    : doc.indicator(f.target().split("\\|", 2)[0]).isPresent();
            if (!known) {
                problems.add(Problem.at(
                        "flagged[" + i + "]",
                        texts.get(
                                f.kind() == Flag.Kind.NARRATIVE
                                        ? "workflow.unknownObjective"
                                        : "workflow.unknownIndicator",
                                f.target())));
            }
        }
        if (action != ReportAction.RETURN && !flags.isEmpty()) {
            problems.add(Problem.at("flagged", texts.get("workflow.flagsOnlyOnReturn")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(texts.get("workflow.notDone", texts.get("report.action." + action)), problems);
        }
    }

    /** At submission every rule runs, including required values; all problems are listed together. */
    private void checkComplete(ProgressReport r) {
        FrameworkDocument doc = service.framework(r);
        var kind = ReportKinds.of(r, doc);
        var problems = new ArrayList<Problem>();
        if (kind.has(org.roadmapmonitor.framework.ReportKind.Section.VALUES)) {
            problems.addAll(ValueRules.check(doc, List.of(), values.values(r.id()), Map.of(), true, texts)
                    .problems());
        } else {
            // A narrative progress report says something about every objective.
            var narratives = content.narratives(r.id());
            for (var o : doc.objectives()) {
                var n = narratives.get(o.code());
                if (n == null || n.progress() == null || n.progress().isBlank()) {
                    problems.add(Problem.at("narratives." + o.code(), texts.get("workflow.progressNeeded")));
                }
            }
        }
        // Sections other modules keep in the report (e.g. action-plan activities) are checked with it.
        sections.orderedStream().forEach(s -> problems.addAll(s.incomplete(r)));
        if (!problems.isEmpty()) {
            throw new InvalidException(texts.get("workflow.incomplete", problems.size()), problems);
        }
    }

    private static Map<String, String> snapshot(Map<String, CheckedValue> current) {
        var map = new LinkedHashMap<String, String>();
        current.values().forEach(v -> map.put(ValueRules.keyOf(v.indicator(), v.disaggregation()), display(v)));
        return map;
    }

    /** A value as one line of text, the form in which histories compare them. */
    public static String display(CheckedValue v) {
        if (v.text() != null) {
            return v.text();
        }
        if (v.numerator() != null) {
            return v.numerator().toPlainString() + " / " + v.denominator().toPlainString();
        }
        return v.value() == null ? "" : v.value().toPlainString();
    }

    /** One line of "what changed since the last validation". */
    public record Change(String indicator, String disaggregation, String then, String now) {}

    /** A report's history: transitions with their reasons, value revisions and names, for its own people only. */
    public record History(
            ProgressReport report,
            List<Transition> transitions,
            List<Change> changedSinceValidation,
            List<ValueRepository.Revision> revisions,
            List<org.roadmapmonitor.reporting.internal.ContentRepository.NarrativeRevision> narrativeRevisions,
            List<ReportCorrections.Correction> changedSinceReturn) {}

    /** The history of a report, refused (as not found) to anyone but its jurisdiction and the secretariat. */
    @Transactional(readOnly = true)
    public History history(long id) {
        ProgressReport r = service.getForTeam(id);
        return new History(
                r,
                transitions(r),
                changedSinceValidation(r),
                revisions(r),
                corrections.narrativeHistory(r),
                corrections.sinceLastReturn(r));
    }

    List<Change> changedSinceValidation(ProgressReport r) {
        var snapshot = content.lastValidatedSnapshot(r.id());
        if (snapshot.isEmpty()) {
            return List.of();
        }
        // Derived cells are compared with a fresh computation: a corrected record shows here, not in the published
        // copy.
        var current = snapshot(derived.overlay(r, service.framework(r), values.values(r.id())));
        var changes = new ArrayList<Change>();
        var keys = new java.util.TreeSet<String>(snapshot.get().keySet());
        keys.addAll(current.keySet());
        for (String key : keys) {
            String then = snapshot.get().getOrDefault(key, "");
            String now = current.getOrDefault(key, "");
            if (!then.equals(now)) {
                String[] parts = key.split("\\|", 2);
                changes.add(new Change(parts[0], parts.length > 1 ? parts[1] : DisaggregationKey.TOTAL, then, now));
            }
        }
        return changes;
    }

    List<Transition> transitions(ProgressReport r) {
        return content.transitions(r.id());
    }

    List<ValueRepository.Revision> revisions(ProgressReport r) {
        return values.revisions(r.id());
    }
}
