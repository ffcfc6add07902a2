package org.roadmapmonitor.nationalreport;

import java.util.Optional;

/**
 * Where the report learns a jurisdiction's national action plan. A hook for the action-plans module: without
 * an implementation the question is left for the user to answer.
 */
public interface ActionPlanSource {
    /** A plan: its title, the years it covers, and whether it is adopted (else in development). */
    record ActionPlan(String title, Integer fromYear, Integer toYear, boolean adopted) {}

    Optional<ActionPlan> plan(String jurisdiction);
}
