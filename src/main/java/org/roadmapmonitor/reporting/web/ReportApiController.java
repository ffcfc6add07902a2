package org.roadmapmonitor.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.ReportCorrections;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.reporting.ReportWorkflow;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.reporting.workflow.Workflow;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ExactJson;
import org.roadmapmonitor.shared.IfMatch;
import org.roadmapmonitor.shared.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Jurisdiction progress reports: values, narratives and the review workflow")
class ReportApiController {
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final Texts texts;

    ReportApiController(ReportService reports, ReportWorkflow workflow, Texts texts) {
        this.texts = texts;
        this.reports = reports;
        this.workflow = workflow;
    }

    record NewReport(String framework, String jurisdiction, String period) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Start a report; the same framework, jurisdiction and period again is a 409 naming the existing one")
    ResponseEntity<ReportJson.ReportItem> create(@RequestBody NewReport body) {
        ProgressReport r = reports.create(body.framework(), body.jurisdiction(), body.period());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + r.id()))
                .eTag(r.etag())
                .body(ReportJson.ReportItem.of(r));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft started by mistake (only a draft never submitted; 409 otherwise)")
    ResponseEntity<Void> delete(
            @PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        reports.deleteDraft(id, revision(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "Reports you may see (published ones for everyone; drafts only within their jurisdiction)")
    List<ReportJson.ReportItem> list(
            @RequestParam(required = false) String framework,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) ReportState state) {
        if (period != null && !period.isBlank()) {
            try {
                org.roadmapmonitor.shared.PeriodCode.parse(period.strip());
            } catch (org.roadmapmonitor.shared.InvalidException e) {
                throw new BadRequestException(e.getMessage(), e.problems());
            }
        }
        return reports.list(framework, jurisdiction, period, state).stream()
                .map(ReportJson.ReportItem::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report with its values, narratives and flags")
    ResponseEntity<ReportJson.ReportDetail> get(@PathVariable long id) {
        var reading = reports.read(id);
        ProgressReport r = reading.report();
        var detail = new ReportJson.ReportDetail(
                ReportJson.ReportItem.of(r),
                reading.values().values().stream().map(ReportJson.ValueItem::of).toList(),
                List.copyOf(reading.narratives().values()),
                reading.flags().stream().map(ReportJson.FlagItem::of).toList(),
                Workflow.available(r.state(), reading.capacities()));
        return ResponseEntity.ok().eTag(r.etag()).body(detail);
    }

    @PutMapping(path = "/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Save values; send If-Match with the ETag. Every problem is listed (422); nothing is saved then")
    ResponseEntity<ReportJson.SaveResult> values(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody byte[] body) {
        var saved = reports.saveValues(id, revision(ifMatch), ReportJson.values(body));
        return ResponseEntity.ok()
                .eTag(saved.report().etag())
                .body(new ReportJson.SaveResult(
                        ReportJson.ReportItem.of(saved.report()), saved.changed(), saved.warnings()));
    }

    @PutMapping(path = "/{id}/narratives", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save narratives per objective (progress, challenges, supportNeeded)")
    ResponseEntity<ReportJson.SaveResult> narratives(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody byte[] body) {
        var saved = reports.saveNarratives(id, revision(ifMatch), ReportJson.narratives(body));
        return ResponseEntity.ok()
                .eTag(saved.report().etag())
                .body(new ReportJson.SaveResult(
                        ReportJson.ReportItem.of(saved.report()), saved.changed(), saved.warnings()));
    }

    @PostMapping(path = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Move the report: {action: SUBMIT|APPROVE|RETURN|VALIDATE|PUBLISH|REOPEN, reason, flagged:[…]}")
    ResponseEntity<ReportJson.ReportItem> transition(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody byte[] body) {
        var node = ExactJson.read(body);
        String action = ExactJson.text(node, "action");
        ReportAction a;
        try {
            a = ReportAction.valueOf(action == null ? "" : action.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("action", "reporting.problem.action", List.of(ReportAction.values()));
        }
        ProgressReport r = workflow.act(
                id, a, ExactJson.text(node, "reason"), ReportJson.flags(node.get("flagged"), texts), revision(ifMatch));
        return ResponseEntity.ok().eTag(r.etag()).body(ReportJson.ReportItem.of(r));
    }

    record History(
            ReportJson.ReportItem report,
            List<org.roadmapmonitor.reporting.Transition> transitions,
            List<ReportWorkflow.Change> changedSinceValidation,
            List<org.roadmapmonitor.reporting.internal.ValueRepository.Revision> revisions,
            List<org.roadmapmonitor.reporting.internal.ContentRepository.NarrativeRevision> narrativeRevisions,
            List<ReportCorrections.Correction> changedSinceReturn) {}

    @GetMapping("/{id}/history")
    @Operation(
            summary =
                    "Every transition (who, when, why), what changed since the last validation, every value and narrative change, what changed since the last return")
    History history(@PathVariable long id) {
        var history = workflow.history(id);
        return new History(
                ReportJson.ReportItem.of(history.report()),
                history.transitions(),
                history.changedSinceValidation(),
                history.revisions(),
                history.narrativeRevisions(),
                history.changedSinceReturn());
    }

    static Long revision(String ifMatch) {
        return IfMatch.revision(ifMatch);
    }
}
