package org.roadmapmonitor.nationalreport.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.roadmapmonitor.nationalreport.AnswerInput;
import org.roadmapmonitor.nationalreport.PoaDocument;
import org.roadmapmonitor.nationalreport.PoaReport;
import org.roadmapmonitor.nationalreport.PoaReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/poa-reports")
@Tag(
        name = "PoA/ITI national reports",
        description = "A UN Member State's biennial report, pre-filled from the records and reviewed answer by answer")
class PoaReportApiController {
    private final PoaReports reports;

    PoaReportApiController(PoaReports reports) {
        this.reports = reports;
    }

    record NewReport(String jurisdiction, Integer cycle) {}

    @GetMapping
    @Operation(summary = "The national reports you may read (your jurisdiction's; the secretariat: all)")
    List<PoaReport.Summary> list() {
        return reports.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Start the report of a UN Member State for a cycle (the year it is due), pre-filled from the"
                    + " records; Kosovo, Montserrat and regions have none")
    ResponseEntity<PoaDocument> create(@RequestBody NewReport body, Locale locale) {
        var report = reports.create(body == null ? null : body.jurisdiction(), body == null ? null : body.cycle());
        return ResponseEntity.created(URI.create("/api/v1/poa-reports/" + report.id()))
                .eTag(etag(report.revision()))
                .body(PoaDocument.of(report, locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The report as structured JSON: sections, questions, answers, why, and SDG 16.4.2 per year")
    ResponseEntity<PoaDocument> get(@PathVariable long id, Locale locale) {
        var doc = reports.document(id, locale);
        return ResponseEntity.ok().eTag(etag(doc.revision())).body(doc);
    }

    @PutMapping(path = "/{id}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Answer or review questions: [{question, answer: YES|NO|DEVELOPING|'', note, men, women,"
                    + " reviewed}]; If-Match with the ETag read is required (428 without it, 412 when stale)")
    ResponseEntity<PoaDocument> answer(
            @PathVariable long id,
            @RequestBody List<AnswerInput> answers,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Locale locale) {
        var report = reports.answer(id, revision(ifMatch), answers);
        return ResponseEntity.ok().eTag(etag(report.revision())).body(PoaDocument.of(report, locale));
    }

    @PostMapping("/{id}/prefill")
    @Operation(summary = "Pre-fill again from today's records; your answers stay (If-Match required)")
    ResponseEntity<PoaDocument> prefill(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Locale locale) {
        var report = reports.refresh(id, revision(ifMatch));
        return ResponseEntity.ok().eTag(etag(report.revision())).body(PoaDocument.of(report, locale));
    }

    @GetMapping("/{id}/report.pdf")
    @Operation(summary = "The report as a tagged PDF in your language")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        var doc = reports.document(id, locale);
        return file(reports.pdf(id, locale), doc, "pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/{id}/report.json")
    @Operation(summary = "The report as a structured JSON file in your language")
    ResponseEntity<PoaDocument> json(@PathVariable long id, Locale locale) {
        var doc = reports.document(id, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(doc, "json"))
                .body(doc);
    }

    static ResponseEntity<byte[]> file(byte[] content, PoaDocument doc, String extension, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(doc, extension))
                .body(content);
    }

    static String disposition(PoaDocument doc, String extension) {
        return ContentDisposition.attachment()
                .filename("poa-iti-report-" + doc.jurisdiction() + "-" + doc.cycle() + "." + extension)
                .build()
                .toString();
    }

    private static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an If-Match names ("3", W/"3" or 3); null when absent or unreadable (then 428). */
    static Long revision(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String digits = ifMatch.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : Long.valueOf(digits);
    }
}
