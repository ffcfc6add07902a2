package org.roadmapmonitor.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roadmapmonitor.fund.FundReports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Trust funds")
class IatiApiController {
    private final FundReports reports;

    IatiApiController(FundReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/funds/{code}/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The fund and its projects as IATI 2.03 activities (valid against the official schema)")
    ResponseEntity<byte[]> iati(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(reports.iati(code));
    }
}
