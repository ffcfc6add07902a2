package org.roadmapmonitor.framework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkCatalogue.ImportMode;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkSummary;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.IfMatch;
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
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Roadmaps as versioned frameworks of objectives and indicators")
class FrameworkApiController {
    private final FrameworkCatalogue catalogue;

    FrameworkApiController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record VersionItem(
            String version, String title, Vocabulary.VersionStatus status, Integer startYear, Integer endYear) {}

    record FrameworkItem(
            String code,
            String name,
            String description,
            Vocabulary.ObjectiveLabel objectiveLabel,
            String region,
            String reportingPeriodType,
            String latestVersion,
            List<VersionItem> versions) {
        static FrameworkItem of(FrameworkSummary f) {
            return new FrameworkItem(
                    f.code(),
                    f.name(),
                    f.description(),
                    f.objectiveLabel(),
                    f.region(),
                    f.reportingPeriodType().name(),
                    f.latest() == null ? null : f.latest().version(),
                    f.versions().stream()
                            .map(v -> new VersionItem(v.version(), v.title(), v.status(), v.startYear(), v.endYear()))
                            .toList());
        }
    }

    @GetMapping
    @Operation(summary = "All frameworks with their versions")
    List<FrameworkItem> list() {
        return catalogue.list().stream().map(FrameworkItem::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "The latest version of a framework, as an importable document")
    ResponseEntity<FrameworkDocument> latest(@PathVariable String code) {
        FrameworkDocument doc = catalogue.latest(code);
        return withEtag(doc, catalogue.revision(code, doc.version()));
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "One version of a framework, as an importable document")
    ResponseEntity<FrameworkDocument> version(@PathVariable String code, @PathVariable String version) {
        return withEtag(catalogue.document(code, version), catalogue.revision(code, version));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a new framework version (refused with 409 if that version exists)")
    ResponseEntity<FrameworkDocument> create(@DocumentBody @RequestBody byte[] body) {
        catalogue.checkMayImport();
        var saved = catalogue.importDocument(catalogue.parse(body), ImportMode.CREATE_ONLY, null);
        var doc = saved.document();
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + doc.code() + "/versions/" + doc.version()))
                .eTag(etag(saved.revision()))
                .body(doc);
    }

    @PutMapping(
            path = {"/{code}/versions/{version}", "/{code}"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Create or replace a framework version; send If-Match with the ETag to avoid overwriting others' edits")
    ResponseEntity<FrameworkDocument> replace(
            @PathVariable String code,
            @PathVariable(required = false) String version,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @DocumentBody @RequestBody byte[] body) {
        catalogue.checkMayImport();
        FrameworkDocument doc = catalogue.parse(body);
        if (!code.equals(doc.code()) || (version != null && !version.equals(doc.version()))) {
            throw new BadRequestException(
                    "code",
                    "framework.problem.addressMismatch",
                    doc.code(),
                    doc.version(),
                    version == null ? code : code + " " + version);
        }
        var saved = catalogue.importDocument(doc, ImportMode.CREATE_OR_REPLACE_IF_MATCH, IfMatch.revision(ifMatch));
        var response = saved.created()
                ? ResponseEntity.created(URI.create("/api/v1/frameworks/" + doc.code() + "/versions/" + doc.version()))
                : ResponseEntity.ok();
        return response.eTag(etag(saved.revision())).body(saved.document());
    }

    private static ResponseEntity<FrameworkDocument> withEtag(FrameworkDocument doc, long revision) {
        return ResponseEntity.ok().eTag(etag(revision)).body(doc);
    }

    /** Documents the raw body as a framework document (it is read as bytes so that every problem can be listed). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "application/json",
                            schema =
                                    @io.swagger.v3.oas.annotations.media.Schema(
                                            implementation = FrameworkDocument.class)))
    @interface DocumentBody {}

    static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    static Long revisionOf(String ifMatch) {
        return IfMatch.revision(ifMatch);
    }
}
