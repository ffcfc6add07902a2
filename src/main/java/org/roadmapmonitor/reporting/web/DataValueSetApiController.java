package org.roadmapmonitor.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.roadmapmonitor.reporting.DataValueSets;
import org.roadmapmonitor.shared.TooLargeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interoperability", description = "Values from DHIS2 and other systems")
class DataValueSetApiController {
    private final DataValueSets sets;
    private final long maxBytes;

    DataValueSetApiController(DataValueSets sets, @Value("${roadmap.import.max-bytes:10485760}") long maxBytes) {
        this.sets = sets;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/api/v1/dataValueSets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import DHIS2 dataValueSets JSON (dataElement = indicator, orgUnit = jurisdiction, period,"
                    + " categoryOptionCombo = disaggregation such as sex=female); answers a DHIS2 import summary")
    ResponseEntity<DataValueSets.Summary> importSet(
            InputStream body,
            @RequestParam(required = false) String dataSet,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "ALL") String atomicMode)
            throws IOException {
        var summary = sets.importSet(bounded(body), dataSet, dryRun, !"NONE".equalsIgnoreCase(atomicMode));
        return ResponseEntity.status("ERROR".equals(summary.status()) ? HttpStatus.CONFLICT : HttpStatus.OK)
                .body(summary);
    }

    /** Reads at most the configured number of bytes, so that an endless body is refused without being kept. */
    private byte[] bounded(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new TooLargeException("import.tooManyBytes", maxBytes / (1024 * 1024));
        }
        return bytes;
    }
}
