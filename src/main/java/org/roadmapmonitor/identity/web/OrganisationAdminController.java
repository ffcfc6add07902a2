package org.roadmapmonitor.identity.web;

import java.util.Locale;
import org.roadmapmonitor.identity.Organisation;
import org.roadmapmonitor.identity.UserAdministration;
import org.roadmapmonitor.identity.UserAdministration.NewOrganisation;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class OrganisationAdminController {
    private final UserAdministration admin;
    private final JurisdictionDirectory jurisdictions;
    private final MessageSource messages;

    OrganisationAdminController(UserAdministration admin, JurisdictionDirectory jurisdictions, MessageSource messages) {
        this.admin = admin;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @GetMapping("/admin/organisations")
    String list(Model model) {
        model.addAttribute("organisations", admin.organisations());
        model.addAttribute("kinds", Organisation.Kind.values());
        model.addAttribute("jurisdictions", jurisdictions.all());
        return "admin/organisations";
    }

    @PostMapping("/admin/organisations")
    String create(
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam Organisation.Kind kind,
            @RequestParam(required = false) String jurisdiction,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                redirect, locale, () -> admin.createOrganisation(new NewOrganisation(code, name, kind, jurisdiction)));
    }

    @PostMapping("/admin/organisations/{id}")
    String update(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam Organisation.Kind kind,
            @RequestParam(required = false) String jurisdiction,
            RedirectAttributes redirect,
            Locale locale) {
        return act(redirect, locale, () -> admin.updateOrganisation(id, name, kind, jurisdiction));
    }

    private String act(RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        }
        return "redirect:/admin/organisations";
    }
}
