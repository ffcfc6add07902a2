package org.roadmapmonitor.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.roadmapmonitor.reporting.Evidence;
import org.roadmapmonitor.reporting.EvidenceFiles;
import org.roadmapmonitor.reporting.ReportService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Reports")
class EvidenceApiController {
    private final EvidenceFiles evidence;
    private final ReportService reports;

    EvidenceApiController(EvidenceFiles evidence, ReportService reports) {
        this.evidence = evidence;
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/{id}/evidence")
    @Operation(summary = "The evidence files of a report (for its jurisdiction and the secretariat)")
    List<Evidence> list(@PathVariable long id) {
        return evidence.list(reports.get(id));
    }

    @PostMapping(path = "/api/v1/reports/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a PDF, XLSX, DOCX, PNG or JPEG file (at most 10 MB; the type is read from the content)")
    ResponseEntity<Evidence> add(
            @PathVariable long id, @RequestParam MultipartFile file, @RequestParam(required = false) String note)
            throws IOException {
        Evidence e = evidence.add(id, file.getOriginalFilename(), file.getBytes(), note);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/evidence/" + e.id()))
                .body(e);
    }
}
