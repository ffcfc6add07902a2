package org.roadmapmonitor.evidence.web;

import java.util.Locale;
import org.roadmapmonitor.evidence.TracingResponseTimes;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A framework's tracing response time: shown to who signs in, set by the secretariat on the same page. */
@Controller
class TracingResponseTimeController {
    private final TracingResponseTimes times;
    private final FrameworkCatalogue frameworks;
    private final MessageSource messages;

    TracingResponseTimeController(TracingResponseTimes times, FrameworkCatalogue frameworks, MessageSource messages) {
        this.times = times;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @GetMapping("/frameworks/{code}/tracing-response-time")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("summary", frameworks.summary(code));
        model.addAttribute("setting", times.get(code));
        return "evidence/tracing-response-time";
    }

    /** Empty days: the default applies again; a stale revision or days out of range come back to the form. */
    @PostMapping("/frameworks/{code}/tracing-response-time")
    String save(
            @PathVariable String code,
            @RequestParam(required = false) String days,
            @RequestParam long revision,
            RedirectAttributes redirect,
            Locale locale) {
        Integer value = null;
        if (days != null && !days.isBlank()) {
            try {
                value = Integer.valueOf(days.strip());
            } catch (NumberFormatException e) {
                throw new InvalidException(
                        "days",
                        "evidence.responseTime.range",
                        days.strip(),
                        TracingResponseTimes.MIN_DAYS,
                        TracingResponseTimes.MAX_DAYS);
            }
        }
        var saved = times.set(code, value, revision);
        redirect.addFlashAttribute(
                "flashSuccess",
                messages.getMessage(
                        "evidence.responseTime.saved",
                        new Object[] {saved.framework(), saved.effectiveDays()},
                        locale));
        return "redirect:/frameworks/" + saved.framework() + "/tracing-response-time";
    }
}
