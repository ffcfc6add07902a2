package org.roadmapmonitor.fund.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.Grants;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.ledger.Flows;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The projects with their delivery rates, and one project: its money, what it serves, how its KPIs moved. */
@Controller
class ProjectController {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final FundReports reports;
    private final Grants grants;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final MessageSource messages;

    ProjectController(
            FundDirectory directory,
            FundLedger ledger,
            FundReports reports,
            Grants grants,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            MessageSource messages) {
        this.directory = directory;
        this.ledger = ledger;
        this.reports = reports;
        this.grants = grants;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @GetMapping("/funds/{code}/projects")
    String list(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "projects", model);
        model.addAttribute("projects", directory.projects(fund.code()));
        model.addAttribute("flows", reports.projectFlows(fund.code(), null));
        model.addAttribute("none", Flows.NONE);
        return "fund/projects";
    }

    @GetMapping("/funds/{code}/projects/{project}")
    String show(@PathVariable String code, @PathVariable String project, Model model) {
        var fund = FundPages.common(directory, code, "projects", model);
        Project p = directory.project(fund.code(), project);
        model.addAttribute("project", p);
        model.addAttribute("flows", reports.projectFlows(fund.code(), null).getOrDefault(p.code(), Flows.NONE));
        model.addAttribute(
                "entries",
                ledger.entriesNewestFirst(fund.code()).stream()
                        .filter(e -> p.code().equals(e.project()))
                        .toList());
        model.addAttribute("proposal", directory.proposal(fund.code(), p.proposal()));
        model.addAttribute(
                "attributions",
                reports.attributions(fund.code(), null).stream()
                        .filter(a -> a.project().equals(p.code()) && a.usd().isPositive())
                        .toList());
        model.addAttribute(
                "donorNames",
                directory.donors(fund.code()).stream().collect(Collectors.toMap(d -> d.code(), d -> d.name())));
        model.addAttribute("trends", reports.trends(fund.code(), p));
        model.addAttribute("places", places());
        FrameworkDocument doc = fund.frameworkCode() == null ? null : frameworks.latest(fund.frameworkCode());
        model.addAttribute("framework", doc);
        model.addAttribute(
                "footnotes",
                FundPages.footnotes(
                        jurisdictions,
                        fund.code(),
                        p.targets().jurisdictions().stream()
                                .map(j -> places().get(j))
                                .toList()));
        return "fund/project";
    }

    @PostMapping("/funds/{code}/projects/{project}/status")
    String status(
            @PathVariable String code,
            @PathVariable String project,
            @RequestParam Project.Status status,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            grants.setStatus(code, project, status);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/funds/" + code + "/projects/" + project;
    }

    private Map<String, Jurisdiction> places() {
        return jurisdictions.all().stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
    }
}
