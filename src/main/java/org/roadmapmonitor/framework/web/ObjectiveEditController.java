package org.roadmapmonitor.framework.web;

import java.util.Locale;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkCatalogue.ImportMode;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat adds, edits and removes objectives of a framework version. */
@Controller
class ObjectiveEditController {
    private static final String BASE = "/frameworks/{code}/versions/{version}/objectives";

    private final FrameworkCatalogue catalogue;
    private final MessageSource messages;

    ObjectiveEditController(FrameworkCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping(BASE + "/new")
    String create(@PathVariable String code, @PathVariable String version, Model model) {
        FrameworkDocument doc = catalogue.document(code, version);
        var form = new ObjectiveForm();
        int next = doc.objectives().stream()
                        .mapToInt(o -> o.number() == null ? 0 : o.number())
                        .max()
                        .orElse(0)
                + 1;
        form.setNumber(next);
        form.setRevision(catalogue.revision(code, version));
        return form(model, doc, form, null);
    }

    @GetMapping(BASE + "/{objective}/edit")
    String edit(@PathVariable String code, @PathVariable String version, @PathVariable String objective, Model model) {
        FrameworkDocument doc = catalogue.document(code, version);
        var o = doc.objective(objective).orElseThrow(() -> new NotFoundException("framework.noObjective", objective));
        return form(model, doc, ObjectiveForm.of(o, catalogue.revision(code, version)), objective);
    }

    @PostMapping(BASE)
    String save(
            @PathVariable String code,
            @PathVariable String version,
            @RequestParam(required = false) String original,
            @ModelAttribute("form") ObjectiveForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        FrameworkDocument doc = catalogue.document(code, version);
        String originalCode = original == null || original.isBlank() ? null : original;
        if (originalCode == null
                && form.getCode() != null
                && doc.objective(form.getCode().strip()).isPresent()) {
            model.addAttribute(
                    "formError",
                    messages.getMessage("frameworks.objective.exists", new Object[] {form.getCode()}, locale));
            return form(model, doc, form, null);
        }
        if (!DocumentEdits.save(
                catalogue,
                () -> DocumentEdits.putObjective(doc, originalCode, form.toObjective()),
                form.getRevision(),
                model)) {
            return form(model, doc, form, originalCode);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return "redirect:/frameworks/" + code + "/versions/" + version + "#objective-"
                + form.getCode().strip();
    }

    @PostMapping(BASE + "/{objective}/delete")
    String delete(
            @PathVariable String code,
            @PathVariable String version,
            @PathVariable String objective,
            @RequestParam long revision,
            RedirectAttributes redirect,
            Locale locale) {
        FrameworkDocument doc = catalogue.document(code, version);
        try {
            catalogue.importDocument(
                    DocumentEdits.removeObjective(doc, objective), ImportMode.CREATE_OR_REPLACE, revision);
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("flash.deleted", new Object[] {objective}, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/frameworks/" + code + "/versions/" + version;
    }

    private String form(Model model, FrameworkDocument doc, ObjectiveForm form, String original) {
        model.addAttribute("doc", doc);
        model.addAttribute("form", form);
        model.addAttribute("original", original);
        return "frameworks/edit-objective";
    }
}
