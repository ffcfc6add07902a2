package org.roadmapmonitor.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roadmapmonitor.reporting.DataValueSets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interoperability", description = "Values from DHIS2 and other systems")
class DataValueSetApiController {
    private final DataValueSets sets;

    DataValueSetApiController(DataValueSets sets) {
        this.sets = sets;
    }

    @PostMapping(path = "/api/v1/dataValueSets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import DHIS2 dataValueSets JSON (dataElement = indicator, orgUnit = jurisdiction, period,"
                    + " categoryOptionCombo = disaggregation such as sex=female); answers a DHIS2 import summary")
    ResponseEntity<DataValueSets.Summary> importSet(
            @RequestBody byte[] body,
            @RequestParam(required = false) String dataSet,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "ALL") String atomicMode) {
        var summary = sets.importSet(body, dataSet, dryRun, !"NONE".equalsIgnoreCase(atomicMode));
        return ResponseEntity.status("ERROR".equals(summary.status()) ? HttpStatus.CONFLICT : HttpStatus.OK)
                .body(summary);
    }
}
