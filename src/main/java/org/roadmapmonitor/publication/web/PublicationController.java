package org.roadmapmonitor.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.publication.Publication;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.Publications;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Publications page: the documents the reader may see with their progress, a form to generate one (with
 * the secretariat's introduction and per-goal commentary for the chosen framework), and one document's page,
 * whose progress bar htmx refreshes until the file is ready.
 */
@Controller
class PublicationController {
    private static final List<PublicationFormat> FORMATS =
            List.of(PublicationFormat.PDF, PublicationFormat.HTML, PublicationFormat.XLSX);
    private static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private final Publications publications;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final FundDirectory funds;

    PublicationController(
            Publications publications,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            FundDirectory funds) {
        this.publications = publications;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.funds = funds;
    }

    @GetMapping("/publications")
    String list(@RequestParam(required = false) String framework, Model model) {
        var form = new PublicationForm();
        form.setFramework(framework);
        form.setLanguage(LocaleContextHolder.getLocale().getLanguage());
        return page(form, fieldErrors(model.getAttribute("flashProblems")), model);
    }

    /**
     * Queues the document; a form whose fields are wrong comes back as typed, each problem at its field (refusals
     * that are not about a field, such as a forbidden kind, go through the error boundary).
     */
    @PostMapping("/publications")
    String generate(
            @ModelAttribute PublicationForm form, Model model, RedirectAttributes flash, HttpServletResponse response) {
        PublicationInput input = form.toInput();
        List<Problem> problems = input.problems();
        if (problems.isEmpty()) {
            problems = publications.problems(input.toRequest());
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("formProblems", problems);
            return page(form, fieldErrors(problems), model);
        }
        Publication p = publications.submit(input.toRequest());
        flash.addFlashAttribute("queued", p.id());
        return "redirect:/publications/" + p.id();
    }

    private String page(PublicationForm form, Map<String, String> fieldErrors, Model model) {
        List<FrameworkSummary> all = frameworks.list();
        String chosen = all.stream().anyMatch(f -> f.code().equals(form.getFramework()))
                ? form.getFramework()
                : all.isEmpty() ? null : all.get(0).code();
        form.setFramework(chosen);
        model.addAttribute("form", form);
        model.addAttribute("publications", publications.list());
        model.addAttribute("kinds", publications.available());
        model.addAttribute("frameworks", all);
        model.addAttribute(
                "goals", chosen == null ? List.of() : frameworks.latest(chosen).objectives());
        model.addAttribute(
                "jurisdictions",
                jurisdictions.all().stream()
                        .filter(j -> j.kind() == Jurisdiction.Kind.JURISDICTION)
                        .toList());
        model.addAttribute("funds", funds.all());
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("formats", FORMATS);
        model.addAttribute("documentLanguages", LANGUAGES);
        return "publication/list";
    }

    /** A refused form's problems by field, to show each at its field. */
    private static Map<String, String> fieldErrors(Object problems) {
        var byField = new LinkedHashMap<String, String>();
        if (problems instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Problem p && p.path() != null) {
                    byField.merge(p.path(), p.message(), (a, b) -> a + " " + b);
                }
            }
        }
        return byField;
    }

    @PostMapping("/publications/{id}/reissue")
    String reissue(@PathVariable long id, ReissueForm form, RedirectAttributes flash) {
        Publication p = publications.reissue(id, form.format(), form.language());
        flash.addFlashAttribute("queued", p.id());
        return "redirect:/publications/" + p.id();
    }

    /** The page's form to issue a kept document again in another format or language. */
    record ReissueForm(String format, String language) {}

    @GetMapping("/publications/{id}")
    String one(@PathVariable long id, Model model) {
        Publication p = publications.get(id);
        model.addAttribute("p", p);
        model.addAttribute("reissuable", publications.reissuable(p));
        model.addAttribute("formats", FORMATS);
        model.addAttribute("documentLanguages", LANGUAGES);
        model.addAttribute("figures", p.state() == Publication.State.SUCCEEDED ? publications.figures(id) : List.of());
        return "publication/one";
    }

    /** The file for a signed-in browser (the API's copy answers API credentials only). */
    @GetMapping("/publications/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return PublicationApiController.download(publications, id);
    }

    @GetMapping("/publications/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        Publication p = publications.get(id);
        model.addAttribute("p", p);
        model.addAttribute("reissuable", publications.reissuable(p));
        model.addAttribute("formats", FORMATS);
        model.addAttribute("documentLanguages", LANGUAGES);
        return "publication/one :: progress";
    }
}
