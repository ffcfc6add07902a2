package org.roadmapmonitor.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.analytics.StatusScales;
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

/** A framework's status scale: everyone reads it, the secretariat sets it. */
@RestController
@Tag(
        name = "Analytics",
        description = "Indicator values folded by each indicator's rule, with baselines, targets and status")
class StatusScaleApiController {
    private final StatusScales scales;

    StatusScaleApiController(StatusScales scales) {
        this.scales = scales;
    }

    /** A level as the API writes and reads it; {@code minProgress} 1 = the target reached, null on the last level. */
    record LevelBody(String code, String label, BigDecimal minProgress, String colour) {}

    record ScaleBody(String framework, Boolean isDefault, List<LevelBody> levels) {}

    @GetMapping("/api/v1/frameworks/{code}/status-scale")
    @Operation(
            summary = "The framework's status scale, best level first (the default one until the secretariat sets one)")
    ResponseEntity<ScaleBody> get(@PathVariable String code) {
        return answer(code, scales.versioned(code));
    }

    @PutMapping(path = "/api/v1/frameworks/{code}/status-scale", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Replace the framework's status scale (secretariat): {levels: [{code, label, minProgress, colour}]},"
                            + " minimums strictly descending, none on the last level; colours GREEN, TEAL, AMBER, RED, GREY."
                            + " Send If-Match with the ETag of the scale you read: 428 without it, 412 if it was set since")
    ResponseEntity<ScaleBody> put(
            @PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ScaleBody body) {
        return answer(code, scales.set(code, StatusScaleForm.scale(levels(body)), IfMatch.revision(ifMatch)));
    }

    private static ResponseEntity<ScaleBody> answer(String code, StatusScales.Versioned v) {
        return ResponseEntity.ok().eTag(IfMatch.etag(v.revision())).body(body(code, v.scale(), v.isDefault()));
    }

    private static List<StatusScaleForm.Line> levels(ScaleBody body) {
        var out = new ArrayList<StatusScaleForm.Line>();
        if (body != null && body.levels() != null) {
            for (LevelBody l : body.levels()) {
                out.add(new StatusScaleForm.Line(
                        l.code(),
                        l.label(),
                        l.minProgress() == null ? null : l.minProgress().toPlainString(),
                        l.colour()));
            }
        }
        return out;
    }

    private static ScaleBody body(String code, StatusScale scale, boolean isDefault) {
        return new ScaleBody(
                code,
                isDefault,
                scale.levels().stream()
                        .map(l -> new LevelBody(
                                l.code(), l.label(), l.minProgress(), l.colour().name()))
                        .toList());
    }
}
