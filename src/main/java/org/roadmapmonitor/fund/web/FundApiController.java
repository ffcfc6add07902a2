package org.roadmapmonitor.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.FundSetup;
import org.roadmapmonitor.fund.internal.StatusExport;
import org.roadmapmonitor.fund.ledger.Flows;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.Problem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funds")
@Tag(
        name = "Trust funds",
        description = "Funds, donors, projects and the funding status (public, like the MPTF Gateway)")
class FundApiController {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final FundSetup setup;

    FundApiController(FundDirectory directory, FundLedger ledger, FundSetup setup) {
        this.directory = directory;
        this.ledger = ledger;
        this.setup = setup;
    }

    @GetMapping
    @Operation(summary = "All funds")
    List<FundJson.FundItem> list() {
        return directory.all().stream()
                .map(f -> FundJson.FundItem.of(f, directory.organisations(f.code())))
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set up a fund (its fund administrator): {code, name, framework, administrativeAgent, chair,"
                    + " startDate, endDate, feeRate, indirectRate, participatingOrganisations: [{code, name}]}")
    ResponseEntity<FundJson.FundItem> create(@RequestBody byte[] body) {
        var fund = setup.create(FundSetupReader.read(body));
        return ResponseEntity.created(URI.create("/api/v1/funds/" + fund.code()))
                .body(FundJson.FundItem.of(fund, directory.organisations(fund.code())));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One fund with its administrative agent and participating organisations")
    FundJson.FundItem fund(@PathVariable String code) {
        return FundJson.FundItem.of(directory.require(code), directory.organisations(code));
    }

    @PostMapping(path = "/{code}/extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Extend the fund (its fund administrator): {endDate, decidedOn, note}; the new end date must"
                    + " be later than the current one")
    ResponseEntity<FundJson.FundItem> extend(@PathVariable String code, @RequestBody byte[] body) {
        var fields = JsonBody.fields(body, List.of("endDate", "decidedOn", "note"));
        List<Problem> problems = new ArrayList<>();
        LocalDate endDate = FundInputs.date(fields.get("endDate"), "endDate", problems);
        LocalDate decidedOn = FundInputs.date(fields.get("decidedOn"), "decidedOn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.extension", problems);
        }
        var fund = directory.require(code);
        setup.extend(fund.code(), endDate, decidedOn, fields.get("note"));
        var after = directory.require(fund.code());
        return ResponseEntity.created(URI.create("/api/v1/funds/" + after.code()))
                .body(FundJson.FundItem.of(after, directory.organisations(after.code())));
    }

    @PutMapping(path = "/{code}/rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change the fee rates (its fund administrator): {feeRate, indirectRate} as fractions, e.g."
                    + " 0.01 for 1 %; a rate left out is kept. Recorded deposits and approved projects keep theirs.")
    FundJson.FundItem rates(@PathVariable String code, @RequestBody byte[] body) {
        var fields = JsonBody.fields(body, List.of("feeRate", "indirectRate"));
        List<Problem> problems = new ArrayList<>();
        BigDecimal fee = FundInputs.fraction(fields.get("feeRate"), "feeRate", problems);
        BigDecimal indirect = FundInputs.fraction(fields.get("indirectRate"), "indirectRate", problems);
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.rates", problems);
        }
        var fund = setup.changeRates(directory.require(code).code(), fee, indirect);
        return FundJson.FundItem.of(fund, directory.organisations(fund.code()));
    }

    @GetMapping("/{code}/status")
    @Operation(
            summary = "The funding status (MPTF Gateway layout: prior years, current year, cumulative) as of a date, in"
                    + " USD; ?format=csv or xlsx to download")
    ResponseEntity<?> status(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false, defaultValue = "json") String format) {
        var fund = directory.require(code);
        var columns = ledger.statusColumns(fund.code(), asOf);
        String name = fund.code() + "-funding-status-" + columns.cumulative().asOf();
        return switch (format) {
            case "json" -> ResponseEntity.ok(FundJson.Status.of(fund, columns));
            case "csv" -> download(StatusExport.csv(fund, columns), name + ".csv", "text/csv;charset=UTF-8");
            case "xlsx" ->
                download(
                        StatusExport.xlsx(fund, columns),
                        name + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default -> throw new BadRequestException("format", "fund.problem.format");
        };
    }

    @GetMapping("/{code}/donors")
    @Operation(summary = "The fund's donors (the codes to use in deposits) with their contributions in USD")
    List<FundJson.DonorItem> donors(@PathVariable String code) {
        var byDonor = ledger.contributionsByDonor(directory.require(code).code(), null);
        return directory.donors(code).stream()
                .map(d -> FundJson.DonorItem.of(d, byDonor.getOrDefault(d.code(), Money.zero("USD"))))
                .toList();
    }

    @GetMapping("/{code}/projects")
    @Operation(summary = "The fund's projects (the codes to use in transfers) with their finances in USD")
    List<FundJson.ProjectItem> projects(@PathVariable String code) {
        var flows = ledger.ledger(directory.require(code).code()).byProject(ledger.today());
        return directory.projects(code).stream()
                .map(p -> FundJson.ProjectItem.of(p, flows.getOrDefault(p.code(), Flows.NONE)))
                .toList();
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
