package org.roadmapmonitor.reporting.web;

import java.util.List;
import java.util.Locale;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.reporting.EvidenceFiles;
import org.roadmapmonitor.reporting.ReportSection;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.reporting.ReportView;
import org.roadmapmonitor.reporting.ReportWorkflow;
import org.roadmapmonitor.reporting.StaleReportException;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One report's page: read it, fill it, move it through the workflow, see its history. */
@Controller
class ReportController {
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final EvidenceFiles evidence;
    private final JurisdictionDirectory jurisdictions;
    private final MessageSource messages;
    private final ObjectProvider<ReportSection> sections;

    ReportController(
            ReportService reports,
            ReportWorkflow workflow,
            EvidenceFiles evidence,
            JurisdictionDirectory jurisdictions,
            MessageSource messages,
            ObjectProvider<ReportSection> sections) {
        this.sections = sections;
        this.reports = reports;
        this.workflow = workflow;
        this.evidence = evidence;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, Model model) {
        var reading = reports.read(id);
        ReportView view = reports.view(reading);
        model.addAttribute("view", view);
        model.addAttribute("r", view.report());
        var jurisdiction = jurisdictions.require(view.report().jurisdiction());
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute(
                "footnotes",
                jurisdictions.footnotes(
                        List.of(jurisdiction),
                        jurisdictions.convention(
                                Designations.Owner.FRAMEWORK, view.report().framework()),
                        LocaleContextHolder.getLocale()));
        model.addAttribute("evidence", evidence.list(view.report()));
        model.addAttribute(
                "sections",
                sections.orderedStream()
                        .flatMap(s -> s.link(view.report()).stream())
                        .toList());
        if (!reading.team() && view.report().state() != org.roadmapmonitor.reporting.workflow.ReportState.PUBLISHED) {
            reading.publishedAt().ifPresent(at -> model.addAttribute("revisingSince", at));
        }
        if (!reading.corrections().isEmpty()) {
            model.addAttribute("corrections", reading.corrections());
        }
        model.addAttribute(
                "deletable",
                view.editing()
                        && view.report().state() == org.roadmapmonitor.reporting.workflow.ReportState.DRAFT
                        && !reading.everMoved());
        reading.returnReason().ifPresent(reason -> model.addAttribute("returnReason", reason));
        return "reports/show";
    }

    @PostMapping("/reports/{id}")
    String save(
            @PathVariable long id,
            @RequestParam long revision,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        ReportView view = reports.view(id);
        try {
            var saved = reports.saveValues(id, revision, ReportFormReader.values(view, form));
            var narratives = ReportFormReader.narratives(view, form);
            if (!narratives.isEmpty()) {
                reports.saveNarratives(id, saved.report().revision(), narratives);
            }
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("report.saved", null, locale));
            if (!saved.warnings().isEmpty()) {
                redirect.addFlashAttribute("warnings", saved.warnings());
            }
            return "redirect:/reports/" + id;
        } catch (InvalidException e) {
            var located = ReportFields.of(view).locate(e.problems());
            model.addAttribute("fieldError", e.getMessage());
            model.addAttribute("fieldProblems", located);
            model.addAttribute("fieldErrors", ReportFields.byField(located));
        } catch (StaleReportException e) {
            model.addAttribute("formError", e.getMessage());
        }
        // Show the page again with what the user typed, so that nothing is lost.
        model.addAttribute("typed", form.toSingleValueMap());
        return show(id, model);
    }

    record Check(List<ReportFields.FieldProblem> problems, List<ReportFields.FieldProblem> warnings) {}

    /** The checks on what is being typed, for the page to show at once, each at its field (nothing is saved). */
    @PostMapping("/reports/{id}/check")
    @org.springframework.web.bind.annotation.ResponseBody
    Check check(@PathVariable long id, @RequestParam MultiValueMap<String, String> form) {
        ReportView view = reports.view(id);
        var result = reports.check(id, ReportFormReader.values(view, form));
        var fields = ReportFields.of(view);
        return new Check(fields.locate(result.problems()), fields.locate(result.warnings()));
    }

    @PostMapping("/reports/{id}/transitions")
    String act(
            @PathVariable long id,
            @RequestParam ReportAction action,
            @RequestParam(required = false) String reason,
            @RequestParam long revision,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            workflow.act(id, action, reason, ReportFormReader.flags(form), revision);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("report.done." + action, null, locale));
        } catch (InvalidException e) {
            // What stops a step (e.g. a required value at submission) is shown at its field, like a refused save.
            var located = ReportFields.of(reports.view(id)).locate(e.problems());
            redirect.addFlashAttribute("fieldError", e.getMessage());
            redirect.addFlashAttribute("fieldProblems", located);
            redirect.addFlashAttribute("fieldErrors", ReportFields.byField(located));
        } catch (StaleReportException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long revision, RedirectAttributes redirect, Locale locale) {
        reports.deleteDraft(id, revision);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("report.deleted", null, locale));
        return "redirect:/reports";
    }

    @GetMapping("/reports/{id}/history")
    String history(@PathVariable long id, Model model) {
        var history = workflow.history(id);
        model.addAttribute("r", history.report());
        model.addAttribute(
                "jurisdiction", jurisdictions.require(history.report().jurisdiction()));
        model.addAttribute("transitions", history.transitions());
        model.addAttribute("changes", history.changedSinceValidation());
        model.addAttribute("revisions", history.revisions());
        model.addAttribute("narrativeRevisions", history.narrativeRevisions());
        return "reports/history";
    }
}
