package org.roadmapmonitor.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.roadmapmonitor.evidence.TracingResponseTimes;
import org.roadmapmonitor.evidence.TracingResponseTimes.Setting;
import org.roadmapmonitor.shared.IfMatch;
import org.roadmapmonitor.shared.PreconditionRequiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A framework's tracing response time: read with its ETag, set by the secretariat with If-Match. */
@RestController
@Tag(name = "Evidence", description = "Arms events, weapons, tracing, destructions, stockpiles, incidents, trainings")
class TracingResponseTimeApiController {
    private final TracingResponseTimes times;

    TracingResponseTimeApiController(TracingResponseTimes times) {
        this.times = times;
    }

    /** {@code days} null: the framework sets none and {@code defaultDays} applies ({@code effectiveDays}). */
    record ResponseTimeBody(
            String framework, Integer days, int defaultDays, int effectiveDays, String updatedBy, Instant updatedAt) {
        static ResponseTimeBody of(Setting s) {
            return new ResponseTimeBody(
                    s.framework(), s.days(), s.defaultDays(), s.effectiveDays(), s.updatedBy(), s.updatedAt());
        }
    }

    record ResponseTimeInput(Integer days) {}

    @GetMapping("/api/v1/frameworks/{code}/tracing-response-time")
    @Operation(
            summary = "Days within which a tracing request should be answered in this framework's jurisdictions"
                    + " (unanswered after them: overdue); the ETag names the revision")
    ResponseEntity<ResponseTimeBody> get(@PathVariable String code) {
        return answer(times.get(code));
    }

    @PutMapping(path = "/api/v1/frameworks/{code}/tracing-response-time", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set the framework's tracing response time (secretariat; If-Match required): {days: 1–3650},"
                    + " or {days: null} for the default")
    ResponseEntity<ResponseTimeBody> put(
            @PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ResponseTimeInput body) {
        Long revision = IfMatch.revision(ifMatch);
        if (revision == null) {
            throw new PreconditionRequiredException();
        }
        return answer(times.set(code, body == null ? null : body.days(), revision));
    }

    private static ResponseEntity<ResponseTimeBody> answer(Setting s) {
        return ResponseEntity.ok().eTag(IfMatch.etag(s.revision())).body(ResponseTimeBody.of(s));
    }
}
