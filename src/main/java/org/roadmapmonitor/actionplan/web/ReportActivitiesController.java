package org.roadmapmonitor.actionplan.web;

import java.util.ArrayList;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.actionplan.ActivityProgress;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** Fields are {@code status:<activity>}, {@code percent:<activity>} and {@code note:<activity>}. */
    @PostMapping("/reports/{id}/activities")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        var inputs = new ArrayList<ActivityProgress.Input>();
        for (String key : form.keySet()) {
            // A line left "not reported" is not sent; submission names what is still missing.
            if (key.startsWith("status:") && !form.getFirst(key).isBlank()) {
                String activity = key.substring("status:".length());
                inputs.add(new ActivityProgress.Input(
                        parse(activity),
                        form.getFirst(key),
                        form.getFirst("percent:" + activity),
                        form.getFirst("note:" + activity)));
            }
        }
        progress.save(id, inputs);
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return "redirect:/reports/" + id + "/activities";
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
