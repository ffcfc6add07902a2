package org.roadmapmonitor.actionplan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.roadmapmonitor.actionplan.ActivityProgress;
import org.roadmapmonitor.shared.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reports")
class ReportActivitiesApiController {
    private final ActivityProgress progress;

    ReportActivitiesApiController(ActivityProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/api/v1/reports/{id}/activities")
    @Operation(
            summary = "The report's action-plan section: each activity due in the period with its reported status"
                    + " (the working copy for the report's own people, the published copy for everyone else)")
    ActivityJson.Progress get(@PathVariable long id) {
        return ActivityJson.Progress.of(progress.section(id));
    }

    @PutMapping(path = "/api/v1/reports/{id}/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Report activities' progress [{activity, status, percent, note}] while the report may be"
                    + " changed (when returned: only activities of flagged objectives); If-Match with the report's"
                    + " ETag is required (428 without it, 412 when stale)")
    ResponseEntity<ActivityJson.Progress> put(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody List<ActivityProgress.Input> body) {
        var saved = progress.save(id, IfMatch.revision(ifMatch), body);
        return ResponseEntity.ok().eTag(saved.report().etag()).body(ActivityJson.Progress.of(saved));
    }
}
