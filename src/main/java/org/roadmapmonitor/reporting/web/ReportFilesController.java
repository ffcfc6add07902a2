package org.roadmapmonitor.reporting.web;

import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import org.roadmapmonitor.reporting.EvidenceFiles;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.reporting.ValueImports;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Files of a report on its pages: the Excel template, uploads with a preview, and evidence. */
@Controller
class ReportFilesController {
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ValueImports imports;
    private final EvidenceFiles evidence;
    private final ReportService reports;
    private final MessageSource messages;

    ReportFilesController(ValueImports imports, EvidenceFiles evidence, ReportService reports, MessageSource messages) {
        this.imports = imports;
        this.evidence = evidence;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping({"/reports/{id}/template.xlsx", "/api/v1/reports/{id}/template.xlsx"})
    ResponseEntity<byte[]> template(@PathVariable long id) {
        var r = reports.get(id);
        return download(
                imports.template(id),
                "report-" + r.framework().toLowerCase() + "-" + r.jurisdiction() + "-"
                        + r.period().code() + ".xlsx",
                XLSX);
    }

    @GetMapping("/reports/{id}/upload")
    String uploadPage(@PathVariable long id, Model model) {
        model.addAttribute("r", reports.getForTeam(id));
        model.addAttribute("columns", org.roadmapmonitor.reporting.spreadsheet.ValueCsv.columnsHelp());
        return "reports/upload";
    }

    @PostMapping("/reports/{id}/upload")
    String preview(@PathVariable long id, @RequestParam MultipartFile file, Model model) throws IOException {
        var preview = imports.preview(id, file.getOriginalFilename(), file.getBytes());
        model.addAttribute("r", preview.report());
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("fileBase64", Base64.getEncoder().encodeToString(file.getBytes()));
        model.addAttribute("columns", org.roadmapmonitor.reporting.spreadsheet.ValueCsv.columnsHelp());
        return "reports/upload";
    }

    @PostMapping("/reports/{id}/upload/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam long revision,
            @RequestParam String fileName,
            @RequestParam String content,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var saved =
                    imports.apply(id, revision, fileName, Base64.getDecoder().decode(content));
            redirect.addFlashAttribute(
                    "flashSuccess",
                    messages.getMessage(
                            "upload.applied",
                            new Object[] {String.valueOf(saved.changed().size())},
                            locale));
            redirect.addFlashAttribute("warnings", saved.warnings());
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("flashProblems", e.problems());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage("upload.again", null, locale));
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/evidence")
    String addEvidence(
            @PathVariable long id,
            @RequestParam MultipartFile file,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        try {
            var e = evidence.add(id, file.getOriginalFilename(), file.getBytes(), note);
            redirect.addFlashAttribute(
                    "flashSuccess", messages.getMessage("evidence.added", new Object[] {e.fileName()}, locale));
        } catch (InvalidException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/reports/" + id;
    }

    @GetMapping({"/reports/{id}/evidence/{evidenceId}", "/api/v1/reports/{id}/evidence/{evidenceId}"})
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        var d = evidence.download(id, evidenceId);
        return download(d.content(), d.fileName(), MediaType.parseMediaType(d.contentType()));
    }

    @PostMapping("/reports/{id}/evidence/{evidenceId}/delete")
    String removeEvidence(
            @PathVariable long id, @PathVariable long evidenceId, RedirectAttributes redirect, Locale locale) {
        evidence.remove(id, evidenceId);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("flash.saved", null, locale));
        return "redirect:/reports/" + id;
    }

    /** Always an attachment, never rendered inline: an uploaded file cannot run as a page of this site. */
    static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
