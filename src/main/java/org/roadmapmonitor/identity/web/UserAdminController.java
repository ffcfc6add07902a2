package org.roadmapmonitor.identity.web;

import java.util.Locale;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.identity.UserAdministration;
import org.roadmapmonitor.identity.UserAdministration.NewUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's user pages: list, create, edit, roles, password reset. */
@Controller
class UserAdminController {
    private final UserAdministration admin;
    private final JurisdictionDirectory jurisdictions;
    private final MessageSource messages;

    UserAdminController(UserAdministration admin, JurisdictionDirectory jurisdictions, MessageSource messages) {
        this.admin = admin;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", admin.users());
        model.addAttribute("organisations", admin.organisations());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String email,
            @RequestParam String displayName,
            @RequestParam String password,
            @RequestParam(required = false) Long organisationId,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            long id = admin.createUser(new NewUser(email, displayName, password, organisationId));
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("users.created", new Object[] {email}, locale));
            return "redirect:/admin/users/" + id;
        } catch (InvalidException e) {
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formProblems", e.problems());
            model.addAttribute("newEmail", email);
            model.addAttribute("newName", displayName);
            model.addAttribute("newOrganisation", organisationId);
            return list(model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", admin.user(id));
        model.addAttribute("organisations", admin.organisations());
        model.addAttribute("roles", Role.values());
        model.addAttribute("jurisdictions", jurisdictions.all());
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @PathVariable long id,
            @RequestParam String displayName,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, () -> admin.updateUser(id, displayName, organisationId, enabled));
    }

    @PostMapping("/admin/users/{id}/password")
    String password(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> admin.resetPassword(id, password));
    }

    @PostMapping("/admin/users/{id}/roles")
    String grant(
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam(required = false) String scope,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, () -> admin.grant(id, role, scope));
    }

    @PostMapping("/admin/users/{id}/roles/delete")
    String revoke(
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam(required = false) String scope,
            RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, () -> admin.revoke(id, role, scope));
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        } catch (ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }
}
