package org.roadmapmonitor.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.roadmapmonitor.evidence.ImportJob;
import org.roadmapmonitor.evidence.ImportJobs;
import org.roadmapmonitor.evidence.ImportProblem;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk imports of evidence: a file in, a job out (202). The job runs in the background; its state,
 * progress and problems are read here, the problems also as CSV.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {
    private final ImportJobs imports;
    private final Texts texts;

    ImportApiController(ImportJobs imports, Texts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    record Accepted(long id, String type, ImportJob.State state) {}

    record Status(
            long id,
            String type,
            ImportJob.State state,
            String fileName,
            long processed,
            long total,
            long errorCount,
            String failure,
            List<ImportProblem> errors) {}

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<Accepted> upload(
            @RequestParam String type,
            @RequestParam("file") MultipartFile file,
            @RequestHeader(name = "Idempotency-Key", required = false) String key)
            throws IOException {
        try (var in = file.getInputStream()) {
            return accepted(imports.submit(recordType(type), file.getOriginalFilename(), key, in));
        }
    }

    @PostMapping(
            consumes = {"text/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ResponseEntity<Accepted> body(
            @RequestParam String type,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request)
            throws IOException {
        try (var in = request.getInputStream()) {
            return accepted(imports.submit(recordType(type), null, key, in));
        }
    }

    @GetMapping("/{id}")
    Status status(@PathVariable long id) {
        ImportJob job = imports.get(id);
        return new Status(
                job.id(),
                job.type().path(),
                job.state(),
                job.fileName(),
                job.processed(),
                job.total(),
                job.errorCount(),
                imports.failure(job),
                imports.problems(id));
    }

    @GetMapping("/{id}/errors.csv")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.get(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.writeProblems(id, out);
        out.flush();
    }

    private RecordType recordType(String type) {
        return RecordType.fromPath(type)
                .orElseThrow(() ->
                        new BadRequestException("type", texts.get("evidence.unknownType", type, RecordType.paths())));
    }

    private static ResponseEntity<Accepted> accepted(ImportJob job) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/imports/" + job.id()))
                .body(new Accepted(job.id(), job.type().path(), job.state()));
    }
}
