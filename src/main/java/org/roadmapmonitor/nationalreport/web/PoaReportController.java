package org.roadmapmonitor.nationalreport.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.roadmapmonitor.nationalreport.Answer;
import org.roadmapmonitor.nationalreport.AnswerInput;
import org.roadmapmonitor.nationalreport.PoaReports;
import org.roadmapmonitor.shared.Texts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to start a national report, review its answers and download it as PDF or JSON. */
@Controller
class PoaReportController {
    private final PoaReports reports;

    PoaReportController(PoaReports reports) {
        this.reports = reports;
    }

    record StartForm(String jurisdiction, Integer cycle) {}

    record AnswersForm(Long revision, List<AnswerInput> answers) {}

    @GetMapping("/national-reports")
    String list(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute("startable", reports.startable());
        return "nationalreport/list";
    }

    @PostMapping("/national-reports")
    String start(StartForm form, RedirectAttributes redirect) {
        var report = reports.create(form.jurisdiction(), form.cycle());
        redirect.addFlashAttribute("flashSuccess", Texts.of("nationalreport.started"));
        return "redirect:/national-reports/" + report.id();
    }

    @GetMapping("/national-reports/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("doc", reports.document(id, locale));
        model.addAttribute("answers", Answer.values());
        return "nationalreport/show";
    }

    @PostMapping("/national-reports/{id}")
    String save(@PathVariable long id, AnswersForm form, RedirectAttributes redirect) {
        // A page sends every question; indices it left out arrive as gaps in the list.
        var answers = form.answers() == null
                ? List.<AnswerInput>of()
                : form.answers().stream().filter(Objects::nonNull).toList();
        reports.answer(id, form.revision(), answers);
        redirect.addFlashAttribute("flashSuccess", Texts.of("nationalreport.saved"));
        return "redirect:/national-reports/" + id;
    }

    @PostMapping("/national-reports/{id}/prefill")
    String prefill(@PathVariable long id, Long revision, RedirectAttributes redirect) {
        reports.refresh(id, revision);
        redirect.addFlashAttribute("flashSuccess", Texts.of("nationalreport.refilled"));
        return "redirect:/national-reports/" + id;
    }

    @GetMapping("/national-reports/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        var doc = reports.document(id, locale);
        return PoaReportApiController.file(reports.pdf(id, locale), doc, "pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/national-reports/{id}/report.json")
    ResponseEntity<byte[]> json(@PathVariable long id, Locale locale) {
        var doc = reports.document(id, locale);
        return PoaReportApiController.file(doc.json(), doc, "json", MediaType.APPLICATION_JSON);
    }
}
