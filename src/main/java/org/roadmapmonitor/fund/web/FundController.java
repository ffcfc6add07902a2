package org.roadmapmonitor.fund.web;

import java.time.LocalDate;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.internal.StatusLines;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The funds, one fund's funding status as of a date, its steering committee and its missing reports. */
@Controller
class FundController {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final FundReports reports;

    FundController(FundDirectory directory, FundLedger ledger, FundReports reports) {
        this.directory = directory;
        this.ledger = ledger;
        this.reports = reports;
    }

    @GetMapping("/funds")
    String list(Model model) {
        model.addAttribute("funds", directory.all());
        model.addAttribute("canSetUp", org.roadmapmonitor.fund.internal.FundAccess.canSetUpFunds());
        model.addAttribute(
                "statuses",
                directory.all().stream()
                        .collect(java.util.stream.Collectors.toMap(f -> f.code(), f -> ledger.status(f.code(), null))));
        return "fund/list";
    }

    @GetMapping("/funds/{code}")
    String show(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        var fund = FundPages.common(directory, code, "status", model);
        LocalDate day = asOf == null ? ledger.today() : asOf;
        var columns = ledger.statusColumns(fund.code(), day);
        model.addAttribute("asOf", day);
        model.addAttribute("status", columns.cumulative());
        model.addAttribute("columns", columns);
        model.addAttribute("lines", StatusLines.of(columns));
        model.addAttribute("organisations", directory.participatingOrganisations(fund.code()));
        model.addAttribute("byOrganisation", ledger.ledger(fund.code()).byOrganisation(day));
        return "fund/show";
    }

    @GetMapping("/funds/{code}/committee")
    String committee(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        var fund = FundPages.common(directory, code, "committee", model);
        LocalDate day = asOf == null ? ledger.today() : asOf;
        model.addAttribute("asOf", day);
        model.addAttribute("committee", reports.committee(fund.code(), day));
        return "fund/committee";
    }

    @GetMapping("/funds/{code}/reports")
    String missingReports(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "reports", model);
        model.addAttribute("today", ledger.today());
        model.addAttribute("missing", reports.missingFinalReports(fund.code(), ledger.today()));
        return "fund/reports";
    }
}
