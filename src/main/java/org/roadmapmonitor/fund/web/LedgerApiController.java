package org.roadmapmonitor.fund.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.PostingKind;
import org.roadmapmonitor.fund.PostingRequest;
import org.roadmapmonitor.shared.InvalidException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Postings and the ledger. There is no PUT or DELETE on a ledger entry: the server answers 405, because an
 * entry is never changed; a correction is a reversal.
 */
@RestController
@RequestMapping("/api/v1/funds/{code}")
@Tag(name = "Trust fund ledger", description = "Deposits, transfers, refunds, expenditure, interest, costs; reversals")
class LedgerApiController {
    private final FundDirectory directory;
    private final FundLedger ledger;

    LedgerApiController(FundDirectory directory, FundLedger ledger) {
        this.directory = directory;
        this.ledger = ledger;
    }

    @PostMapping(
            path =
                    "/{kind:deposits|transfers|refunds|expenditures|interest|direct-costs|bank-charges|other-income|mdtf-transfers|donor-refunds}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Record a money movement; amounts as decimal strings or JSON numbers (read exactly); 201 with the entry")
    ResponseEntity<FundJson.EntryItem> post(
            @PathVariable String code, @PathVariable String kind, @RequestBody byte[] body) {
        PostingKind posting = PostingKind.byPath(kind).orElseThrow();
        var fields = JsonBody.fields(body, posting.fields());
        var written = ledger.record(code, posting, PostingRequest.of(fields));
        return ResponseEntity.created(URI.create(
                        "/api/v1/funds/" + code + "/ledger/" + written.get(0).id()))
                .body(FundJson.EntryItem.posting(written, ledger.rateSources(code)));
    }

    @GetMapping("/ledger")
    @Operation(summary = "Every ledger entry, newest first, with reversal links")
    List<FundJson.EntryItem> entries(@PathVariable String code) {
        directory.require(code);
        Map<Long, Long> reversals = ledger.reversals(code);
        var rateSources = ledger.rateSources(code);
        return ledger.entriesNewestFirst(code).stream()
                .map(e -> FundJson.EntryItem.of(e, reversals, rateSources, null))
                .toList();
    }

    @GetMapping("/ledger/{entryId}")
    @Operation(summary = "One ledger entry")
    FundJson.EntryItem entry(@PathVariable String code, @PathVariable long entryId) {
        directory.require(code);
        return FundJson.EntryItem.of(
                ledger.entry(code, entryId), ledger.reversals(code), ledger.rateSources(code), null);
    }

    @PostMapping(path = "/ledger/{entryId}/reversal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reverse an entry's posting: {reason, date?}; 201 with the reversing entry")
    ResponseEntity<FundJson.EntryItem> reverse(
            @PathVariable String code, @PathVariable long entryId, @RequestBody byte[] body) {
        var fields = JsonBody.fields(body, List.of("reason", "date"));
        var written = ledger.reverse(code, entryId, date(fields.get("date"), "date"), fields.get("reason"));
        return ResponseEntity.created(URI.create(
                        "/api/v1/funds/" + code + "/ledger/" + written.get(0).id()))
                .body(FundJson.EntryItem.posting(written, ledger.rateSources(code)));
    }

    @PostMapping(path = "/closed-through", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close the books through a date: {date}; nothing can be posted on or before it afterwards")
    FundJson.FundItem close(@PathVariable String code, @RequestBody byte[] body) {
        var fields = JsonBody.fields(body, List.of("date"));
        var fund = ledger.closeBooks(code, date(fields.get("date"), "date"));
        return FundJson.FundItem.of(fund, directory.organisations(code));
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidException(field, "problem.notADate", text);
        }
    }
}
