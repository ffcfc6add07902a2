package org.roadmapmonitor.framework.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkCatalogue.ImportMode;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat edits a framework version's header, copies a version, and imports documents. */
@Controller
class FrameworkEditController {
    private final FrameworkCatalogue catalogue;
    private final JurisdictionDirectory jurisdictions;
    private final MessageSource messages;

    FrameworkEditController(FrameworkCatalogue catalogue, JurisdictionDirectory jurisdictions, MessageSource messages) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("objectiveLabels", Vocabulary.ObjectiveLabel.values());
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("statuses", Vocabulary.VersionStatus.values());
    }

    @GetMapping("/frameworks/{code}/versions/{version}/edit")
    String edit(@PathVariable String code, @PathVariable String version, Model model) {
        FrameworkDocument doc = catalogue.document(code, version);
        return form(model, doc, VersionForm.of(doc, catalogue.revision(code, version)));
    }

    @PostMapping("/frameworks/{code}/versions/{version}/edit")
    String save(
            @PathVariable String code,
            @PathVariable String version,
            @ModelAttribute("form") VersionForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        FrameworkDocument doc = catalogue.document(code, version);
        try {
            catalogue.importDocument(form.apply(doc), ImportMode.CREATE_OR_REPLACE, form.getRevision());
        } catch (InvalidException e) {
            model.addAttribute("formProblems", e.problems());
            return form(model, doc, form);
        } catch (ConflictException e) {
            model.addAttribute("formError", e.getMessage());
            return form(model, doc, form);
        }
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return "redirect:/frameworks/" + code + "/versions/" + version;
    }

    private String form(Model model, FrameworkDocument doc, VersionForm form) {
        model.addAttribute("doc", doc);
        model.addAttribute("form", form);
        model.addAttribute(
                "regions",
                jurisdictions.all().stream()
                        .filter(j -> j.kind() == Jurisdiction.Kind.REGION)
                        .toList());
        return "frameworks/edit-version";
    }

    @PostMapping("/frameworks/{code}/versions/{version}/copy")
    String copy(
            @PathVariable String code,
            @PathVariable String version,
            @RequestParam String newVersion,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var saved = catalogue.copyVersion(code, version, newVersion);
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("flash.copied", new Object[] {newVersion}, locale));
            return "redirect:/frameworks/" + code + "/versions/"
                    + saved.document().version();
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/frameworks/" + code + "/versions/" + version;
    }

    @GetMapping("/frameworks/import")
    String importPage() {
        return "frameworks/import";
    }

    @PostMapping("/frameworks/import")
    String importDocument(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean replace,
            Model model,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        byte[] content = file != null && !file.isEmpty()
                ? file.getBytes()
                : (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        try {
            var saved = catalogue.importDocument(
                    catalogue.parse(content), replace ? ImportMode.CREATE_OR_REPLACE : ImportMode.CREATE_ONLY, null);
            var doc = saved.document();
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.getMessage(
                            saved.created() ? "flash.imported" : "flash.replaced",
                            new Object[] {doc.name(), doc.version()},
                            locale));
            return "redirect:/frameworks/" + doc.code() + "/versions/" + doc.version();
        } catch (InvalidException e) {
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formProblems", e.problems());
        } catch (ConflictException e) {
            model.addAttribute("formError", e.getMessage());
        }
        model.addAttribute("text", text);
        return "frameworks/import";
    }
}
