package org.roadmapmonitor.actionplan.web;

import java.util.List;
import org.roadmapmonitor.actionplan.ActionPlan;
import org.roadmapmonitor.actionplan.ActionPlans;
import org.roadmapmonitor.actionplan.Activities;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.actionplan.ActivityInput;
import org.roadmapmonitor.actionplan.PlanInput;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** National action plans: the list, one plan with its activities and indicators, and the forms that keep them. */
@Controller
class ActionPlanController {
    private final ActionPlans plans;
    private final Activities activities;
    private final FrameworkCatalogue frameworks;

    ActionPlanController(ActionPlans plans, Activities activities, FrameworkCatalogue frameworks) {
        this.plans = plans;
        this.activities = activities;
        this.frameworks = frameworks;
    }

    /** The fields of the indicator form: the KPI codes come as one comma-separated text. */
    record IndicatorForm(String code, String title, String unit, String feeds) {
        PlanInput.Indicator input() {
            return new PlanInput.Indicator(
                    code, title, unit, feeds == null ? List.of() : List.of(feeds.split("[,\\s]+")));
        }
    }

    @GetMapping("/action-plans")
    String list(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String jurisdiction,
            Model model) {
        model.addAttribute("plans", plans.list(framework, jurisdiction));
        model.addAttribute("framework", framework);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("statuses", ActionPlan.Status.values());
        return "actionplans/list";
    }

    @PostMapping("/action-plans")
    String create(PlanInput form, RedirectAttributes redirect) {
        var created = plans.create(form, false);
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return "redirect:/action-plans/" + created.id();
    }

    @GetMapping("/action-plans/{id}")
    String show(@PathVariable long id, Model model) {
        var detail = plans.get(id);
        model.addAttribute("d", detail);
        model.addAttribute("p", detail.plan());
        model.addAttribute(
                "objectives",
                frameworks
                        .document(detail.plan().framework(), detail.plan().version())
                        .objectives());
        model.addAttribute("planStatuses", ActionPlan.Status.values());
        model.addAttribute("statuses", Activity.Status.values());
        model.addAttribute("sources", Activity.Source.values());
        return "actionplans/show";
    }

    @PostMapping("/action-plans/{id}")
    String update(@PathVariable long id, PlanInput form, RedirectAttributes redirect) {
        plans.update(id, form);
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return "redirect:/action-plans/" + id;
    }

    @PostMapping("/action-plans/{id}/indicators")
    String addIndicator(@PathVariable long id, IndicatorForm form, RedirectAttributes redirect) {
        plans.addIndicator(id, form.input());
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return "redirect:/action-plans/" + id + "#indicators";
    }

    @PostMapping("/action-plans/{id}/activities")
    String addActivity(@PathVariable long id, ActivityInput form, RedirectAttributes redirect) {
        activities.create(withPlan(form, id), false);
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return "redirect:/action-plans/" + id + "#activities";
    }

    private static ActivityInput withPlan(ActivityInput f, long plan) {
        return new ActivityInput(
                plan,
                null,
                null,
                f.objective(),
                null,
                f.organisation(),
                f.title(),
                f.start(),
                f.end(),
                f.budget(),
                f.currency(),
                f.fundingSource(),
                f.funder(),
                f.fund(),
                f.project(),
                f.status());
    }
}
