package org.roadmapmonitor.actionplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.roadmapmonitor.actionplan.Activities;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.actionplan.ActivityInput;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who does what where: the filtered list with the gap matrix, its CSV and Excel downloads, and the forms. */
@Controller
class ActivityController {
    static final String DEFAULT_FRAMEWORK = "WB-SALW-ROADMAP";
    private static final int PAGE_SIZE = 50;

    private final Activities activities;
    private final FrameworkCatalogue frameworks;

    ActivityController(Activities activities, FrameworkCatalogue frameworks) {
        this.activities = activities;
        this.frameworks = frameworks;
    }

    @GetMapping("/activities")
    String list(Activities.Query query, @RequestParam(defaultValue = "0") int page, Model model) {
        var q = query.framework() == null || query.framework().isBlank() ? withFramework(query) : query;
        var gaps = activities.gaps(q.framework(), q.version(), q.period());
        model.addAttribute("q", q);
        model.addAttribute("gaps", gaps);
        model.addAttribute("page", activities.list(q, page, PAGE_SIZE));
        model.addAttribute("frameworks", frameworks.list());
        model.addAttribute("statuses", Activity.Status.values());
        model.addAttribute("sources", Activity.Source.values());
        return "actionplans/activities";
    }

    @GetMapping({"/activities.csv", "/activities.xlsx"})
    void export(Activities.Query query, HttpServletRequest req, HttpServletResponse res) throws IOException {
        boolean xlsx = req.getRequestURI().endsWith(".xlsx");
        res.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        res.setHeader(
                "Content-Disposition", "attachment; filename=\"who-does-what-where." + (xlsx ? "xlsx" : "csv") + "\"");
        try (var sink = xlsx ? ActivityExport.xlsx(res.getOutputStream()) : ActivityExport.csv(res.getOutputStream())) {
            activities.forEach(query, sink);
        }
    }

    @PostMapping("/activities")
    String create(ActivityInput form, RedirectAttributes redirect) {
        var created = activities.create(form, false);
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return "redirect:/activities?framework=" + created.framework() + "&jurisdiction=" + created.jurisdiction();
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, Model model) {
        var a = activities.get(id);
        model.addAttribute("a", a);
        model.addAttribute("editable", activities.editable(a));
        model.addAttribute(
                "objectives", frameworks.document(a.framework(), a.version()).objectives());
        model.addAttribute("statuses", Activity.Status.values());
        model.addAttribute("sources", Activity.Source.values());
        return "actionplans/activity";
    }

    @PostMapping("/activities/{id}")
    String update(@PathVariable long id, ActivityInput form, RedirectAttributes redirect) {
        var updated = activities.update(id, form);
        redirect.addFlashAttribute("flashSuccess", Texts.of("flash.saved"));
        return updated.plan() == null ? "redirect:/activities/" + id : "redirect:/action-plans/" + updated.plan();
    }

    private static Activities.Query withFramework(Activities.Query q) {
        return new Activities.Query(
                DEFAULT_FRAMEWORK,
                q.version(),
                q.objective(),
                q.jurisdiction(),
                q.organisation(),
                q.status(),
                q.fundingSource(),
                q.kind(),
                q.period());
    }
}
