package org.roadmapmonitor.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.roadmapmonitor.reporting.ValueImports;
import org.roadmapmonitor.shared.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Reports")
class ReportUploadApiController {
    private final ValueImports imports;

    ReportUploadApiController(ValueImports imports) {
        this.imports = imports;
    }

    record UploadResult(
            boolean applied, List<ValueImports.Change> changes, List<Problem> problems, List<Problem> warnings) {}

    @PostMapping(path = "/api/v1/reports/{id}/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload the filled Excel template or a CSV (multipart field 'file'); ?dryRun=true only previews")
    ResponseEntity<UploadResult> upload(
            @PathVariable long id,
            @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws IOException {
        return handle(id, file.getOriginalFilename(), file.getBytes(), dryRun, ifMatch);
    }

    @PostMapping(
            path = "/api/v1/reports/{id}/upload",
            consumes = {
                "text/csv",
                "application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @Operation(summary = "The same, with the file as the request body")
    ResponseEntity<UploadResult> uploadBody(
            @PathVariable long id,
            @RequestBody byte[] body,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return handle(id, null, body, dryRun, ifMatch);
    }

    private ResponseEntity<UploadResult> handle(long id, String name, byte[] content, boolean dryRun, String ifMatch) {
        var preview = imports.preview(id, name, content);
        if (!preview.ok() && !dryRun) {
            throw new org.roadmapmonitor.shared.InvalidException(
                    preview.problems(),
                    "reporting.refused.file",
                    preview.problems().size());
        }
        if (dryRun) {
            return ResponseEntity.status(HttpStatus.OK)
                    .body(new UploadResult(false, preview.changes(), preview.problems(), preview.warnings()));
        }
        Long expected = ReportApiController.revision(ifMatch);
        var saved = imports.apply(id, expected == null ? preview.report().revision() : expected, name, content);
        return ResponseEntity.ok()
                .eTag(saved.report().etag())
                .body(new UploadResult(true, preview.changes(), List.of(), saved.warnings()));
    }
}
