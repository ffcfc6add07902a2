package org.roadmapmonitor.analytics.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.analytics.StatusScales;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A framework's status scale: shown to everyone, set by the secretariat on the same page. */
@Controller
class StatusScaleController {
    /** Lines offered on the form: the current levels and blank ones up to this many. */
    static final int LINES = 6;

    private final StatusScales scales;
    private final FrameworkCatalogue frameworks;
    private final MessageSource messages;

    StatusScaleController(StatusScales scales, FrameworkCatalogue frameworks, MessageSource messages) {
        this.scales = scales;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @GetMapping("/frameworks/{code}/status-scale")
    String show(@PathVariable String code, Model model) {
        var summary = frameworks.summary(code);
        var versioned = scales.versioned(summary.code());
        StatusScale scale = versioned.scale();
        var lines = new ArrayList<StatusScaleForm.Line>();
        scale.levels()
                .forEach(l -> lines.add(new StatusScaleForm.Line(
                        l.code(),
                        l.label(),
                        l.minProgress() == null ? null : l.minProgress().toPlainString(),
                        l.colour().name())));
        while (lines.size() < LINES) {
            lines.add(new StatusScaleForm.Line(null, null, null, null));
        }
        model.addAttribute("summary", summary);
        model.addAttribute("scale", scale);
        model.addAttribute("isDefault", versioned.isDefault());
        model.addAttribute("revision", versioned.revision());
        model.addAttribute("lines", lines);
        model.addAttribute("colours", Arrays.asList(StatusScale.Colour.values()));
        return "analytics/status-scale";
    }

    @PostMapping("/frameworks/{code}/status-scale")
    String save(@PathVariable String code, StatusScaleForm form, RedirectAttributes redirect, Locale locale) {
        // A refused scale goes back to the form with each problem at its level and field (ErrorHandling).
        // The revision the form was shown at: a scale set meanwhile by someone else is refused, not overwritten.
        scales.set(code, StatusScaleForm.scale(form.levels() == null ? List.of() : form.levels()), form.revision());
        redirect.addFlashAttribute(
                "flashSuccess", messages.getMessage("analytics.scale.saved", new Object[] {code}, locale));
        return "redirect:/frameworks/" + code + "/status-scale";
    }
}
