package org.roadmapmonitor.coordination.web;

import java.util.Locale;
import org.roadmapmonitor.coordination.ActionPoint;
import org.roadmapmonitor.coordination.ActionPoints;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What is overdue, per owner and per jurisdiction; an owner's own action points; following one up. */
@Controller
class ActionPointController {
    private final ActionPoints actionPoints;
    private final MessageSource messages;

    ActionPointController(ActionPoints actionPoints, MessageSource messages) {
        this.actionPoints = actionPoints;
        this.messages = messages;
    }

    @GetMapping("/action-points")
    String overdue(@RequestParam(required = false) String jurisdiction, Model model) {
        model.addAttribute("perOwner", actionPoints.overduePerOwner());
        model.addAttribute("perJurisdiction", actionPoints.overduePerJurisdiction());
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute(
                "overdue", actionPoints.list(new ActionPoints.Query(null, true, jurisdiction, false, null), 0, 200));
        return "coordination/action-points";
    }

    @GetMapping("/action-points/mine")
    String mine(Model model) {
        CurrentUser.require();
        model.addAttribute("points", actionPoints.list(new ActionPoints.Query(null, null, null, true, null), 0, 500));
        model.addAttribute("statuses", ActionPoint.Status.values());
        return "coordination/mine";
    }

    @PostMapping("/action-points/{id}/status")
    String follow(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect,
            Locale locale) {
        ActionPoint.Status s;
        try {
            s = ActionPoint.Status.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw new InvalidException("status", "coordination.problem.status");
        }
        actionPoints.follow(id, s, meeting, note);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return meeting != null ? "redirect:/meetings/" + meeting : "redirect:/action-points/mine";
    }
}
