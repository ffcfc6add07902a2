package org.roadmapmonitor.identity.web;

import java.time.Clock;
import java.util.Locale;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.UserAdministration;
import org.roadmapmonitor.identity.internal.ApiTokens;
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

/** A user's own page: who they are, their roles, their password and their API tokens. */
@Controller
class AccountController {
    private final ApiTokens tokens;
    private final UserAdministration users;
    private final MessageSource messages;
    private final Clock clock;

    AccountController(ApiTokens tokens, UserAdministration users, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/account")
    String show(Model model) {
        var me = CurrentUser.require();
        model.addAttribute("tokens", tokens.list(me.id()));
        model.addAttribute("now", clock.instant());
        return "account/show";
    }

    @PostMapping("/account/tokens")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) Integer validDays,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var created = tokens.create(CurrentUser.require(), name, validDays);
            redirect.addFlashAttribute("newToken", created.token());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("account.token.created", null, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            tokens.revoke(CurrentUser.require(), id);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("account.token.revoked", null, locale));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String password(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("account.password.changed", null, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        }
        return "redirect:/account";
    }
}
