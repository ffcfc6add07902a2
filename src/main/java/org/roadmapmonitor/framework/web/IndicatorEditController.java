package org.roadmapmonitor.framework.web;

import java.util.Locale;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkCatalogue.ImportMode;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat adds, edits, moves and removes indicators with every attribute. */
@Controller
class IndicatorEditController {
    private static final String BASE = "/frameworks/{code}/versions/{version}/indicators";

    private final FrameworkCatalogue catalogue;
    private final JurisdictionDirectory jurisdictions;
    private final MessageSource messages;

    IndicatorEditController(FrameworkCatalogue catalogue, JurisdictionDirectory jurisdictions, MessageSource messages) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @GetMapping(BASE + "/new")
    String create(
            @PathVariable String code,
            @PathVariable String version,
            @RequestParam(required = false) String objective,
            Model model) {
        FrameworkDocument doc = catalogue.document(code, version);
        var form = new IndicatorForm();
        form.setObjective(objective);
        form.setType(Vocabulary.IndicatorType.COUNT);
        form.setAggregation(Vocabulary.Aggregation.SUM);
        form.setFrequency(doc.reportingPeriodType());
        form.setRevision(catalogue.revision(code, version));
        return form(model, doc, form.withSpareRows(), null);
    }

    @GetMapping(BASE + "/{indicator}/edit")
    String edit(@PathVariable String code, @PathVariable String version, @PathVariable String indicator, Model model) {
        FrameworkDocument doc = catalogue.document(code, version);
        var ind = doc.indicator(indicator).orElseThrow(() -> new NotFoundException("framework.noIndicator", indicator));
        var form = IndicatorForm.of(
                ind, doc.objectiveOf(indicator).orElseThrow().code(), catalogue.revision(code, version));
        return form(model, doc, form.withSpareRows(), indicator);
    }

    @PostMapping(BASE)
    String save(
            @PathVariable String code,
            @PathVariable String version,
            @RequestParam(required = false) String original,
            @ModelAttribute("form") IndicatorForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        FrameworkDocument doc = catalogue.document(code, version);
        String originalCode = original == null || original.isBlank() ? null : original;
        if (doc.objective(form.getObjective() == null ? "" : form.getObjective())
                .isEmpty()) {
            model.addAttribute("formError", messages.getMessage("frameworks.indicator.chooseObjective", null, locale));
            return form(model, doc, form, originalCode);
        }
        if (originalCode == null
                && form.getCode() != null
                && doc.indicator(form.getCode().strip()).isPresent()) {
            model.addAttribute(
                    "formError",
                    messages.getMessage("frameworks.indicator.exists", new Object[] {form.getCode()}, locale));
            return form(model, doc, form, null);
        }
        if (!DocumentEdits.save(
                catalogue,
                () -> DocumentEdits.putIndicator(doc, originalCode, form.getObjective(), form.toIndicator()),
                form.getRevision(),
                model)) {
            return form(model, doc, form, originalCode);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return "redirect:/frameworks/" + code + "/versions/" + version + "/indicators/"
                + form.getCode().strip();
    }

    @PostMapping(BASE + "/{indicator}/delete")
    String delete(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String indicator,
            @RequestParam long revision,
            RedirectAttributes redirect,
            Locale locale) {
        FrameworkDocument doc = catalogue.document(code, version);
        try {
            catalogue.importDocument(
                    DocumentEdits.removeIndicator(doc, indicator), ImportMode.CREATE_OR_REPLACE, revision);
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("flash.deleted", new Object[] {indicator}, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
            return "redirect:/frameworks/" + code + "/versions/" + version + "/indicators/" + indicator;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/frameworks/" + code + "/versions/" + version + "/indicators/" + indicator;
        }
        return "redirect:/frameworks/" + code + "/versions/" + version;
    }

    private String form(Model model, FrameworkDocument doc, IndicatorForm form, String original) {
        model.addAttribute("doc", doc);
        model.addAttribute("form", form);
        model.addAttribute("original", original);
        model.addAttribute("types", Vocabulary.IndicatorType.values());
        model.addAttribute("aggregations", Vocabulary.Aggregation.values());
        model.addAttribute("valueSources", Vocabulary.ValueSource.values());
        model.addAttribute("relations", Vocabulary.CrosswalkRelation.values());
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("jurisdictions", jurisdictions.all());
        return "frameworks/edit-indicator";
    }
}
