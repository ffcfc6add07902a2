package org.roadmapmonitor.actionplan.web;

import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.actionplan.ActivityProgress;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action-plan section of a report: each activity due in the period, with its status for the period. */
@Controller
class ReportActivitiesController {
    private final ActivityProgress progress;

    ReportActivitiesController(ActivityProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/reports/{id}/activities")
    String show(@PathVariable long id, Model model) {
        var section = progress.section(id);
        model.addAttribute("s", section);
        model.addAttribute("r", section.report());
        model.addAttribute("statuses", Activity.Status.values());
        return "actionplans/report-activities";
    }

    @PostMapping("/reports/{id}/activities")
    String save(@PathVariable long id, ProgressForm form, RedirectAttributes redirect) {
        progress.save(id, form.revision(), form.inputs());
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return "redirect:/reports/" + id + "/activities";
    }
}
