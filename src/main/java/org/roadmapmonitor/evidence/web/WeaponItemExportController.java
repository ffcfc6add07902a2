package org.roadmapmonitor.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.WeaponItemExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Weapon items as a CSV file that can be imported again, with the filters of the records list
 * ({@code jurisdiction} a jurisdiction or region, {@code from}/{@code to} on the event date); streamed as read.
 * The same file for API clients and for the records page (which signs in by session, not by token).
 */
@RestController
class WeaponItemExportController {
    private final WeaponItemExport export;

    WeaponItemExportController(WeaponItemExport export) {
        this.export = export;
    }

    @GetMapping({"/api/v1/evidence/weapon-items.csv", "/evidence/records/weapon-items.csv"})
    @Operation(
            summary =
                    "Weapon items as CSV in the import's columns (re-importable), with the list's filters and scoping;"
                            + " streamed")
    void csv(
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse res)
            throws IOException {
        var ready = export.of(new EvidenceRecords.Query(jurisdiction, from, to, 0, 1));
        res.setContentType("text/csv;charset=UTF-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"weapon-items.csv\"");
        ready.writeTo(res.getOutputStream());
    }
}
