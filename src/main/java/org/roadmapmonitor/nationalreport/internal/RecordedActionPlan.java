package org.roadmapmonitor.nationalreport.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.roadmapmonitor.actionplan.ActionPlan.Status;
import org.roadmapmonitor.actionplan.ActionPlans;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.nationalreport.ActionPlanSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national action plan as recorded in the action-plans module, read as the caller may see it (a drafted plan
 * only by its jurisdiction and the secretariat): an approved plan wins over one still in preparation, then the
 * latest adopted. The years it covers are those of its activities' timeline.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordedActionPlan implements ActionPlanSource {
    private final ActionPlans plans;

    RecordedActionPlan(ActionPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<ActionPlan> plan(String jurisdiction) {
        return plans.list(null, jurisdiction).stream()
                .max(Comparator.comparing((ActionPlans.PlanDetail d) -> d.plan().status() == Status.APPROVED)
                        .thenComparing(d -> d.plan().adoptedOn(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(d -> new ActionPlan(
                        d.plan().title(),
                        d.activities().stream()
                                .map(Activity::start)
                                .filter(Objects::nonNull)
                                .map(LocalDate::getYear)
                                .min(Integer::compare)
                                .orElse(null),
                        d.activities().stream()
                                .map(Activity::end)
                                .filter(Objects::nonNull)
                                .map(LocalDate::getYear)
                                .max(Integer::compare)
                                .orElse(null),
                        d.plan().status() == Status.APPROVED));
    }
}
