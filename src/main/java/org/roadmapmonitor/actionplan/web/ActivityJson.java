package org.roadmapmonitor.actionplan.web;

import java.util.List;
import org.roadmapmonitor.actionplan.ActionPlan;
import org.roadmapmonitor.actionplan.ActionPlans;
import org.roadmapmonitor.actionplan.Activities;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.actionplan.ActivityInput;
import org.roadmapmonitor.actionplan.ActivityProgress;

/** The API's shapes: amounts as decimal strings (read exactly by every client), dates as ISO text. */
final class ActivityJson {
    private ActivityJson() {}

    record Amount(String amount, String currency) {}

    record Funding(String source, String funder, String fund, String project) {}

    record Item(
            long id,
            Long plan,
            String kind,
            String framework,
            String version,
            String objective,
            String jurisdiction,
            String organisation,
            String title,
            String start,
            String end,
            Amount budget,
            Funding funding,
            String status,
            boolean demo) {
        static Item of(Activity a) {
            return new Item(
                    a.id(),
                    a.plan(),
                    a.partner() ? "PARTNER" : "PLAN",
                    a.framework(),
                    a.version(),
                    a.objective(),
                    a.jurisdiction(),
                    a.organisation(),
                    a.title(),
                    a.start().toString(),
                    a.end().toString(),
                    a.budget() == null
                            ? null
                            : new Amount(a.budget().plain(), a.budget().currency()),
                    new Funding(
                            a.funding().source().name(),
                            a.funding().funder(),
                            a.funding().fund(),
                            a.funding().project()),
                    a.status().name(),
                    a.demo());
        }
    }

    record Page(List<Item> activities, long total, int page, int size) {
        static Page of(Activities.Page p) {
            return new Page(p.activities().stream().map(Item::of).toList(), p.total(), p.page(), p.size());
        }
    }

    /** What a client sends to record or change an activity. */
    record Request(
            Long plan,
            String framework,
            String version,
            String objective,
            String jurisdiction,
            String organisation,
            String title,
            String start,
            String end,
            Amount budget,
            Funding funding,
            String status) {
        ActivityInput input() {
            return new ActivityInput(
                    plan,
                    framework,
                    version,
                    objective,
                    jurisdiction,
                    organisation,
                    title,
                    start,
                    end,
                    budget == null ? null : budget.amount(),
                    budget == null ? null : budget.currency(),
                    funding == null ? null : funding.source(),
                    funding == null ? null : funding.funder(),
                    funding == null ? null : funding.fund(),
                    funding == null ? null : funding.project(),
                    status);
        }
    }

    record Plan(
            long id,
            String framework,
            String version,
            String jurisdiction,
            String title,
            String status,
            String adoptedOn,
            String genderNotes,
            boolean demo,
            List<ActionPlan.NationalIndicator> indicators,
            List<Item> activities) {
        static Plan of(ActionPlans.PlanDetail d) {
            var p = d.plan();
            return new Plan(
                    p.id(),
                    p.framework(),
                    p.version(),
                    p.jurisdiction(),
                    p.title(),
                    p.status().name(),
                    p.adoptedOn() == null ? null : p.adoptedOn().toString(),
                    p.genderNotes(),
                    p.demo(),
                    p.indicators(),
                    d.activities().stream().map(Item::of).toList());
        }
    }

    record GapCell(String objective, String jurisdiction, long activities) {}

    record Gaps(String framework, String version, String period, int gaps, List<GapCell> cells) {
        static Gaps of(Activities.Gaps g) {
            var cells = g.objectives().stream()
                    .flatMap(o -> g.jurisdictions().stream()
                            .map(j -> new GapCell(o.code(), j.code(), g.count(o.code(), j.code()))))
                    .toList();
            return new Gaps(g.framework(), g.version(), g.period(), g.gapCount(), cells);
        }
    }

    record ProgressLine(
            long activity,
            String objective,
            String organisation,
            String title,
            String status,
            Integer percent,
            String note,
            boolean editable) {}

    record Progress(long report, Long plan, boolean workingCopy, List<ProgressLine> activities) {
        static Progress of(ActivityProgress.Section s) {
            return new Progress(
                    s.report().id(),
                    s.plan(),
                    s.team(),
                    s.lines().stream()
                            .map(l -> new ProgressLine(
                                    l.activity(),
                                    l.objective(),
                                    l.organisation(),
                                    l.title(),
                                    l.status() == null ? null : l.status().name(),
                                    l.percent(),
                                    l.note(),
                                    l.editable()))
                            .toList());
        }
    }
}
