package org.roadmapmonitor.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.roadmapmonitor.actionplan.internal.ActivityRepository;
import org.roadmapmonitor.actionplan.internal.Fields;
import org.roadmapmonitor.actionplan.internal.PlanRepository;
import org.roadmapmonitor.actionplan.internal.Scope;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.jurisdiction.Membership;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does what where: every activity the caller may see (partners' and approved plans'; a draft plan's only
 * for its jurisdiction and the secretariat), filtered and paged in SQL, the objectives × jurisdictions no
 * activity supports, and the writes that keep activities.
 */
@Service
public class Activities {
    public static final int MAX_PAGE_SIZE = 200;

    private final ActivityRepository activities;
    private final PlanRepository plans;
    private final ActionPlans actionPlans;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final FundDirectory funds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Activities(
            ActivityRepository activities,
            PlanRepository plans,
            ActionPlans actionPlans,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            FundDirectory funds,
            ApplicationEventPublisher events,
            Clock clock) {
        this.activities = activities;
        this.plans = plans;
        this.actionPlans = actionPlans;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.funds = funds;
        this.events = events;
        this.clock = clock;
    }

    /** A filter as pages and the API send it (text; empty means any). */
    public record Query(
            String framework,
            String version,
            String objective,
            String jurisdiction,
            String organisation,
            String status,
            String fundingSource,
            String kind,
            String period) {
        public static Query of(String framework) {
            return new Query(framework, null, null, null, null, null, null, null, null);
        }
    }

    public record Page(List<Activity> activities, long total, int page, int size) {}

    /** The objectives × jurisdictions of a framework version with how many activities support each. */
    public record Gaps(
            String framework,
            String version,
            String period,
            List<FrameworkDocument.Objective> objectives,
            List<Jurisdiction> jurisdictions,
            Map<String, Long> counts) {
        public long count(String objective, String jurisdiction) {
            return counts.getOrDefault(ActivityRepository.key(objective, jurisdiction), 0L);
        }

        public int gapCount() {
            int gaps = 0;
            for (var o : objectives) {
                for (var j : jurisdictions) {
                    gaps += count(o.code(), j.code()) == 0 ? 1 : 0;
                }
            }
            return gaps;
        }
    }

    @Transactional(readOnly = true)
    public Page list(Query q, int page, int size) {
        var f = filter(q);
        int s = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int p = Math.max(0, page);
        var scope = Scope.current();
        return new Page(activities.list(f, scope, p, s), activities.count(f, scope), p, s);
    }

    /** Every matching activity handed to {@code sink} as it is read: exports never hold the whole list. */
    @Transactional(readOnly = true)
    public void forEach(Query q, Consumer<Activity> sink) {
        activities.forEach(filter(q), Scope.current(), sink);
    }

    @Transactional(readOnly = true)
    public Activity get(long id) {
        return visible(id);
    }

    /**
     * The gap matrix of a framework version (its latest by default) over the framework's member
     * jurisdictions, optionally for activities running in a period; counts what the caller may see.
     */
    @Transactional(readOnly = true)
    public Gaps gaps(String framework, String version, String period) {
        var fields = new Fields();
        String code = fields.required("framework", framework);
        fields.check("actionplan.noGaps");
        FrameworkDocument doc =
                Fields.optional(version) == null ? frameworks.latest(code) : frameworks.document(code, version.strip());
        PeriodCode p = periodOf(fields, period);
        fields.check("actionplan.noGaps");
        var memberCodes = jurisdictions.membershipsOfFramework(code).stream()
                .filter(m -> m.role() == Membership.Role.MEMBER)
                .map(Membership::jurisdiction)
                .collect(java.util.stream.Collectors.toSet());
        var members = jurisdictions.forFramework(code).stream()
                .filter(j -> memberCodes.contains(j.code()))
                .toList();
        var counts = activities.counts(
                code, doc.version(), p == null ? null : p.start(), p == null ? null : p.end(), Scope.current());
        return new Gaps(code, doc.version(), p == null ? null : p.code(), doc.objectives(), members, counts);
    }

    @Transactional
    public Activity create(ActivityInput in, boolean demo) {
        Activity a = checked(in, null, demo);
        long id = activities.insert(a, CurrentUser.actor(), clock.instant());
        Activity created = activities.find(id).orElseThrow();
        events.publishEvent(new ChangeMade(
                "CREATE",
                "activity",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.activity.recorded", a.jurisdiction(), a.objective(), a.title()),
                null,
                created));
        return created;
    }

    @Transactional
    public Activity update(long id, ActivityInput in) {
        Activity before = visible(id);
        ActionPlans.requireEditor(before.jurisdiction());
        Activity a = checked(in, before, before.demo());
        Instant now = clock.instant();
        activities.update(id, a, now);
        Activity after = activities.find(id).orElseThrow();
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "activity",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.activity.updated", id),
                before,
                after));
        return after;
    }

    /** Whether the caller may change this activity (its jurisdiction's editors and the secretariat). */
    public boolean editable(Activity a) {
        return ActionPlans.mayEdit(a.jurisdiction());
    }

    private Activity visible(long id) {
        return activities
                .find(id)
                .filter(a -> a.plan() == null
                        || Scope.current().sees(a.jurisdiction())
                        || plans.find(a.plan())
                                .map(p -> p.status() == ActionPlan.Status.APPROVED)
                                .orElse(false))
                .orElseThrow(() -> new NotFoundException("actionplan.noActivity", id));
    }

    /**
     * The input checked field by field, every problem listed at once. A plan activity takes its framework,
     * version and jurisdiction from the plan; an existing activity keeps its plan.
     */
    private Activity checked(ActivityInput in, Activity existing, boolean demo) {
        var fields = new Fields();
        Long planId = existing != null ? existing.plan() : in.plan();
        String framework;
        String version;
        String jurisdiction;
        if (planId != null) {
            var plan = actionPlans.visible(planId);
            framework = plan.framework();
            version = plan.version();
            jurisdiction = plan.jurisdiction();
        } else {
            framework = existing != null ? existing.framework() : fields.required("framework", in.framework());
            version = existing != null ? existing.version() : fields.required("version", in.version());
            jurisdiction = fields.required("jurisdiction", in.jurisdiction());
        }
        String objective = fields.required("objective", in.objective());
        String organisation = fields.required("organisation", in.organisation());
        String title = fields.required("title", in.title());
        LocalDate start = fields.date("start", in.start(), true);
        LocalDate end = fields.date("end", in.end(), true);
        if (start != null && end != null && end.isBefore(start)) {
            fields.problem("end", "actionplan.endBeforeStart");
        }
        var amount = fields.decimal("budget", in.budget());
        String currency = Fields.optional(in.currency());
        if (amount != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
            fields.problem("currency", "actionplan.badCurrency", currency == null ? "" : currency);
        }
        var source = fields.choice("fundingSource", in.fundingSource(), Activity.Source.class, true);
        var status = fields.choice("status", in.status(), Activity.Status.class, true);
        var funding = funding(fields, source, in);
        if (framework != null && version != null) {
            var doc = actionPlans.document(fields, framework, version);
            if (doc.isPresent()
                    && objective != null
                    && doc.get().objective(objective).isEmpty()) {
                fields.problem("objective", "actionplan.unknownObjective", objective, framework, version);
            }
        }
        if (jurisdiction != null && !jurisdictions.exists(jurisdiction)) {
            fields.problem("jurisdiction", "actionplan.unknownJurisdiction", jurisdiction);
        }
        fields.check("actionplan.activityNotSaved");
        ActionPlans.requireEditor(jurisdiction);
        Money budget = amount == null ? null : Money.of(amount, currency);
        return new Activity(
                0,
                planId,
                framework,
                version,
                objective,
                jurisdiction,
                organisation,
                title,
                start,
                end,
                budget,
                funding,
                status,
                demo);
    }

    /** A trust-fund source names a project of the fund (checked through the fund's public directory). */
    private Activity.Funding funding(Fields fields, Activity.Source source, ActivityInput in) {
        String funder = Fields.optional(in.funder());
        String fund = Fields.optional(in.fund());
        String project = Fields.optional(in.project());
        if (source == Activity.Source.DONOR && funder == null) {
            fields.problem("funder", "actionplan.funderNeeded");
        }
        if (source != Activity.Source.TRUST_FUND) {
            return new Activity.Funding(source, funder, null, null);
        }
        fields.required("fund", fund);
        fields.required("project", project);
        if (fund == null || project == null) {
            return null;
        }
        if (funds.find(fund).isEmpty()) {
            fields.problem("fund", "actionplan.unknownFund", fund);
        } else if (funds.projects(fund).stream().noneMatch(p -> p.code().equals(project))) {
            fields.problem("project", "actionplan.unknownProject", project, fund);
        }
        return new Activity.Funding(source, funder, fund, project);
    }

    private ActivityRepository.Filter filter(Query q) {
        var fields = new Fields();
        var status = fields.choice("status", q.status(), Activity.Status.class, false);
        var source = fields.choice("fundingSource", q.fundingSource(), Activity.Source.class, false);
        String kind = Fields.optional(q.kind());
        if (kind != null && !kind.equalsIgnoreCase("PLAN") && !kind.equalsIgnoreCase("PARTNER")) {
            fields.problem("kind", "actionplan.badChoice", kind, "PLAN, PARTNER");
        }
        PeriodCode period = periodOf(fields, q.period());
        fields.check("actionplan.badFilter");
        return new ActivityRepository.Filter(
                Fields.optional(q.framework()),
                Fields.optional(q.version()),
                Fields.optional(q.objective()),
                Fields.optional(q.jurisdiction()),
                Fields.optional(q.organisation()),
                status,
                source,
                null,
                kind == null ? null : kind.toUpperCase(java.util.Locale.ROOT),
                period == null ? null : period.start(),
                period == null ? null : period.end());
    }

    private static PeriodCode periodOf(Fields fields, String period) {
        String p = Fields.optional(period);
        if (p == null) {
            return null;
        }
        try {
            return PeriodCode.parse(p);
        } catch (org.roadmapmonitor.shared.InvalidException e) {
            fields.problem("period", "actionplan.badPeriod", p);
            return null;
        }
    }
}
