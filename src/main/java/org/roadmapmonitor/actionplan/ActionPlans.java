package org.roadmapmonitor.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.actionplan.internal.ActivityRepository;
import org.roadmapmonitor.actionplan.internal.Fields;
import org.roadmapmonitor.actionplan.internal.PlanRepository;
import org.roadmapmonitor.actionplan.internal.Scope;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.ReportAccess;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.SystemActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National action plans: listed and read as the caller may see them (a plan not yet approved only by its
 * jurisdiction and the secretariat), kept by the jurisdiction's editors and the secretariat.
 */
@Service
public class ActionPlans {
    private final PlanRepository plans;
    private final ActivityRepository activities;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ActionPlans(
            PlanRepository plans,
            ActivityRepository activities,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.activities = activities;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    /** A plan with its activities, and whether the caller may change it. */
    public record PlanDetail(ActionPlan plan, List<Activity> activities, boolean editable) {}

    @Transactional(readOnly = true)
    public List<PlanDetail> list(String framework, String jurisdiction) {
        var rows = plans.list(Fields.optional(framework), Fields.optional(jurisdiction), Scope.current());
        var ids = rows.stream().map(PlanRepository.Row::id).toList();
        var indicators = plans.indicators(ids);
        var byPlan = new java.util.HashMap<Long, List<Activity>>();
        if (!ids.isEmpty()) {
            var f = new ActivityRepository.Filter(
                    Fields.optional(framework),
                    null,
                    null,
                    Fields.optional(jurisdiction),
                    null,
                    null,
                    null,
                    null,
                    "PLAN",
                    null,
                    null);
            activities.forEach(
                    f,
                    Scope.current(),
                    a -> byPlan.computeIfAbsent(a.plan(), k -> new ArrayList<>())
                            .add(a));
        }
        return rows.stream()
                .map(r -> new PlanDetail(
                        r.with(indicators.getOrDefault(r.id(), List.of())),
                        byPlan.getOrDefault(r.id(), List.of()),
                        mayEdit(r.jurisdiction())))
                .toList();
    }

    /** The plan, or not found for a caller who may not see it (so a draft does not reveal itself). */
    @Transactional(readOnly = true)
    public PlanDetail get(long id) {
        var row = visible(id);
        var f = new ActivityRepository.Filter(null, null, null, null, null, null, null, id, null, null, null);
        var list = new ArrayList<Activity>();
        activities.forEach(f, Scope.current(), list::add);
        return new PlanDetail(
                row.with(plans.indicators(List.of(id)).getOrDefault(id, List.of())), list, mayEdit(row.jurisdiction()));
    }

    @Transactional
    public ActionPlan create(PlanInput in, boolean demo) {
        var fields = new Fields();
        String framework = fields.required("framework", in.framework());
        String version = fields.required("version", in.version());
        String jurisdiction = fields.required("jurisdiction", in.jurisdiction());
        String title = fields.required("title", in.title());
        var status = fields.choice("status", in.status(), ActionPlan.Status.class, true);
        var adopted = fields.date("adoptedOn", in.adoptedOn(), false);
        if (framework != null && version != null) {
            document(fields, framework, version);
        }
        if (jurisdiction != null && framework != null) {
            if (!jurisdictions.exists(jurisdiction)) {
                fields.problem("jurisdiction", "actionplan.unknownJurisdiction", jurisdiction);
            } else if (jurisdictions.membershipsOfFramework(framework).stream()
                    .noneMatch(m -> m.jurisdiction().equals(jurisdiction))) {
                fields.problem("jurisdiction", "actionplan.notMember", jurisdiction, framework);
            }
        }
        fields.check("actionplan.planNotSaved");
        requireEditor(jurisdiction);
        if (plans.find(framework, version, jurisdiction).isPresent()) {
            throw new ConflictException("actionplan.planExists", jurisdiction, framework, version);
        }
        Instant now = clock.instant();
        var row = new PlanRepository.Row(
                0, framework, version, jurisdiction, title, status, adopted, Fields.optional(in.genderNotes()), demo);
        long id = plans.insert(row, CurrentUser.actor(), now);
        ActionPlan created = plans.find(id).orElseThrow().with(List.of());
        events.publishEvent(new ChangeMade(
                "CREATE",
                "action-plan",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.actionPlan.recorded", jurisdiction, framework, version),
                null,
                created));
        return created;
    }

    @Transactional
    public ActionPlan update(long id, PlanInput in) {
        var before = visible(id);
        requireEditor(before.jurisdiction());
        var fields = new Fields();
        String title = fields.required("title", in.title());
        var status = fields.choice("status", in.status(), ActionPlan.Status.class, true);
        var adopted = fields.date("adoptedOn", in.adoptedOn(), false);
        fields.check("actionplan.planNotSaved");
        plans.update(id, title, status, adopted, Fields.optional(in.genderNotes()), clock.instant());
        var after = plans.find(id).orElseThrow().with(List.of());
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "action-plan",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.actionPlan.updated", before.jurisdiction()),
                before.with(List.of()),
                after));
        return after;
    }

    /** Adds a national indicator, naming the regional KPIs of the plan's framework version it feeds. */
    @Transactional
    public ActionPlan.NationalIndicator addIndicator(long planId, PlanInput.Indicator in) {
        var plan = visible(planId);
        requireEditor(plan.jurisdiction());
        var fields = new Fields();
        String code = fields.required("code", in.code());
        String title = fields.required("title", in.title());
        List<String> feeds = in.feeds() == null
                ? List.of()
                : in.feeds().stream()
                        .map(Fields::optional)
                        .filter(f -> f != null)
                        .distinct()
                        .toList();
        if (feeds.isEmpty()) {
            fields.problem("feeds", "actionplan.feedsNeeded");
        }
        var doc = document(fields, plan.framework(), plan.version());
        for (int i = 0; i < feeds.size() && doc.isPresent(); i++) {
            if (doc.get().indicator(feeds.get(i)).isEmpty()) {
                fields.problem(
                        "feeds[" + i + "]", "actionplan.unknownKpi", feeds.get(i), plan.framework(), plan.version());
            }
        }
        if (code != null && plans.indicatorExists(planId, code)) {
            fields.problem("code", "actionplan.indicatorExists", code);
        }
        fields.check("actionplan.indicatorNotSaved");
        long id = plans.insertIndicator(planId, code, title, Fields.optional(in.unit()), feeds);
        var created = new ActionPlan.NationalIndicator(id, code, title, Fields.optional(in.unit()), feeds);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "national-indicator",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.nationalIndicator", code, planId),
                null,
                created));
        return created;
    }

    /** The plan row if this caller may see it. */
    PlanRepository.Row visible(long id) {
        return plans.find(id)
                .filter(p -> p.status() == ActionPlan.Status.APPROVED
                        || Scope.current().sees(p.jurisdiction()))
                .orElseThrow(() -> new NotFoundException("actionplan.noPlan", id));
    }

    Optional<FrameworkDocument> document(Fields fields, String framework, String version) {
        try {
            return Optional.of(frameworks.document(framework, version));
        } catch (NotFoundException e) {
            fields.problem("version", "actionplan.unknownVersion", framework, version);
            return Optional.empty();
        }
    }

    static boolean mayEdit(String jurisdiction) {
        return SystemActor.active() || ReportAccess.canEdit(jurisdiction);
    }

    static void requireEditor(String jurisdiction) {
        if (SystemActor.active()) {
            return;
        }
        CurrentUser.require();
        if (!mayEdit(jurisdiction)) {
            throw new ForbiddenException("actionplan.onlyEditors", jurisdiction);
        }
    }
}
