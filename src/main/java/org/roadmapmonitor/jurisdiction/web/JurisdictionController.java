package org.roadmapmonitor.jurisdiction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.jurisdiction.Membership;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class JurisdictionController {
    private final JurisdictionDirectory directory;
    private final MessageSource messages;

    JurisdictionController(JurisdictionDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    /** A jurisdiction with the ones directly below it, for the tree view. */
    public record Node(Jurisdiction jurisdiction, List<Node> children) {}

    @GetMapping("/jurisdictions")
    String tree(@RequestParam(required = false) String framework, Model model) {
        List<Jurisdiction> all = directory.all();
        model.addAttribute("roots", tree(all));
        model.addAttribute(
                "footnotes", directory.footnotes(all, Designations.Convention.UN, LocaleContextHolder.getLocale()));
        return "jurisdictions/list";
    }

    static List<Node> tree(List<Jurisdiction> inTreeOrder) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Jurisdiction j : inTreeOrder) {
            Node node = new Node(j, new ArrayList<>());
            nodes.put(j.code(), node);
            Node parent = j.parent() == null ? null : nodes.get(j.parent());
            (parent == null ? roots : parent.children()).add(node);
        }
        return roots;
    }

    @GetMapping("/jurisdictions/{code}")
    String show(@PathVariable String code, Model model) {
        Jurisdiction j = directory.require(code);
        var subtree = directory.subtree(j.code());
        model.addAttribute("j", j);
        model.addAttribute(
                "parent", j.parent() == null ? null : directory.find(j.parent()).orElse(null));
        model.addAttribute(
                "children",
                subtree.stream().filter(c -> j.code().equals(c.parent())).toList());
        model.addAttribute("memberships", directory.memberships(j.code()));
        model.addAttribute("roles", Membership.Role.values());
        model.addAttribute(
                "footnotes", directory.footnotes(subtree, Designations.Convention.UN, LocaleContextHolder.getLocale()));
        model.addAttribute("wordings", directory.footnoteTexts().getOrDefault(j.code(), Map.of()));
        model.addAttribute("unMember", j.kind() == Jurisdiction.Kind.REGION ? null : directory.isUnMember(j.code()));
        return "jurisdictions/show";
    }

    @PostMapping("/jurisdictions/{code}")
    String update(
            @PathVariable String code,
            @RequestParam String name,
            @RequestParam(required = false) String shortName,
            @RequestParam(required = false) String capital,
            @RequestParam(required = false) String footnote,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            directory.update(code, name, shortName, capital, footnote);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/jurisdictions/" + code;
    }

    @PostMapping("/jurisdictions/{code}/memberships")
    String addMembership(
            @PathVariable String code,
            @RequestParam String framework,
            @RequestParam Membership.Role role,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            directory.setMembership(framework.trim(), code, role);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        } catch (InvalidException | NotFoundException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/jurisdictions/" + code;
    }

    @PostMapping("/jurisdictions/{code}/memberships/{framework}/delete")
    String removeMembership(
            @PathVariable String code, @PathVariable String framework, RedirectAttributes redirect, Locale locale) {
        directory.removeMembership(framework, code);
        redirect.addFlashAttribute(
                "flashSuccess", messages.getMessage("flash.deleted", new Object[] {framework}, locale));
        return "redirect:/jurisdictions/" + code;
    }
}
