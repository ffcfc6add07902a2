package org.roadmapmonitor.evidence.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ExactJson;
import org.roadmapmonitor.shared.IfMatch;
import org.roadmapmonitor.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Evidence records one by one: {@code arms-events}, {@code weapon-items}, {@code tracing-requests},
 * {@code destructions}, {@code stockpile-sites}, {@code incidents}, {@code trainings}. Never public.
 */
@RestController
@RequestMapping("/api/v1/evidence/{type}")
class RecordApiController {
    private final EvidenceRecords records;
    private final Texts texts;

    RecordApiController(EvidenceRecords records, Texts texts) {
        this.records = records;
        this.texts = texts;
    }

    record PageJson(List<Map<String, Object>> records, long total, int page, int size) {}

    @GetMapping
    PageJson list(
            @PathVariable String type,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var p = records.list(recordType(type), new EvidenceRecords.Query(jurisdiction, from, to, page, size));
        return new PageJson(p.records(), p.total(), p.page(), p.size());
    }

    /** The record, its ETag the revision that a PUT or DELETE names in If-Match. */
    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> get(@PathVariable String type, @PathVariable long id) {
        return tagged(ResponseEntity.ok(), records.get(recordType(type), id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@PathVariable String type, @RequestBody byte[] body) {
        var created = records.create(recordType(type), ExactJson.read(body));
        return tagged(
                ResponseEntity.created(URI.create("/api/v1/evidence/" + type + "/" + created.get("id"))), created);
    }

    /** Replaces the record; If-Match with its ETag is required (428 without, 412 when someone changed it since). */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> update(
            @PathVariable String type,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody byte[] body) {
        RecordType t = recordType(type);
        return tagged(ResponseEntity.ok(), records.update(t, id, IfMatch.revision(ifMatch), ExactJson.read(body)));
    }

    /** Deletes the record; If-Match with its ETag is required (428 without, 412 when someone changed it since). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String type,
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RecordType t = recordType(type);
        records.delete(t, id, IfMatch.revision(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Map<String, Object>> tagged(
            ResponseEntity.BodyBuilder answer, Map<String, Object> record) {
        return answer.eTag(IfMatch.etag((Long) record.get("revision"))).body(record);
    }

    private RecordType recordType(String type) {
        return RecordType.fromPath(type)
                .orElseThrow(() ->
                        new BadRequestException("type", texts.get("evidence.unknownType", type, RecordType.paths())));
    }
}
