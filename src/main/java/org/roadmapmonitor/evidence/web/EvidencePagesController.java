package org.roadmapmonitor.evidence.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.ImportJob;
import org.roadmapmonitor.evidence.ImportJobs;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.TracingDeadlines;
import org.roadmapmonitor.evidence.internal.RecordTable;
import org.roadmapmonitor.evidence.internal.RecordTables;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence pages: browse and filter a jurisdiction's records, upload a file and follow its import (htmx
 * polls the job's progress until it has finished, then shows every problem).
 */
@Controller
class EvidencePagesController {
    private final EvidenceRecords records;
    private final ImportJobs imports;
    private final Texts texts;
    private final TracingDeadlines deadlines;

    EvidencePagesController(EvidenceRecords records, ImportJobs imports, Texts texts, TracingDeadlines deadlines) {
        this.deadlines = deadlines;
        this.records = records;
        this.imports = imports;
        this.texts = texts;
    }

    @GetMapping("/evidence")
    String index() {
        return "redirect:/evidence/records/weapon-items";
    }

    @GetMapping("/evidence/records/{type}")
    String browse(
            @PathVariable String type,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RecordType t = recordType(type);
        var query = new EvidenceRecords.Query(jurisdiction, from, to, page, 50);
        RecordTable table = RecordTables.of(t);
        model.addAttribute("type", t);
        model.addAttribute("types", List.of(RecordType.values()));
        model.addAttribute(
                "columns",
                table.fields().stream().limit(8).map(RecordTable.Field::name).toList());
        var found = records.list(t, query);
        model.addAttribute("page", found);
        if (t == RecordType.TRACING_REQUESTS) {
            model.addAttribute(
                    "due",
                    deadlines.due(found.records().stream()
                            .map(r -> ((Number) r.get("id")).longValue())
                            .toList()));
        }
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "evidence/records";
    }

    @GetMapping("/evidence/imports/new")
    String uploadForm(Model model) {
        model.addAttribute("types", imports.importable());
        return "evidence/upload";
    }

    @PostMapping("/evidence/imports")
    String upload(@RequestParam String type, @RequestParam("file") MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            ImportJob job = imports.submit(recordType(type), file.getOriginalFilename(), null, in);
            return "redirect:/evidence/imports/" + job.id();
        }
    }

    @GetMapping("/evidence/imports/{id}")
    String job(@PathVariable long id, Model model) {
        progressModel(id, model);
        return "evidence/import";
    }

    @GetMapping("/evidence/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        progressModel(id, model);
        return "evidence/import :: progress";
    }

    private void progressModel(long id, Model model) {
        ImportJob job = imports.get(id);
        model.addAttribute("job", job);
        model.addAttribute("failure", imports.failure(job));
        model.addAttribute("problems", job.state() == ImportJob.State.FAILED ? imports.problems(id) : List.of());
    }

    private RecordType recordType(String type) {
        return RecordType.fromPath(type)
                .orElseThrow(() ->
                        new BadRequestException("type", texts.get("evidence.unknownType", type, RecordType.paths())));
    }
}
