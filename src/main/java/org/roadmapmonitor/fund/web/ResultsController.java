package org.roadmapmonitor.fund.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.shared.Money;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Money to results: each donor's money, the projects it funded, and what those projects serve. */
@Controller
class ResultsController {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final FundReports reports;

    ResultsController(FundDirectory directory, FundLedger ledger, FundReports reports) {
        this.directory = directory;
        this.ledger = ledger;
        this.reports = reports;
    }

    /** One donor's line: what it gave, and its share of each project it helped fund. */
    record DonorLine(String code, String name, Money given, List<FundReports.Attribution> projects) {}

    @GetMapping("/funds/{code}/results")
    String results(@PathVariable String code, Model model) {
        var fund = FundPages.common(directory, code, "results", model);
        var given = ledger.contributionsByDonor(fund.code(), null);
        Map<String, List<FundReports.Attribution>> byDonor = reports.attributions(fund.code(), null).stream()
                .filter(a -> a.usd().isPositive())
                .collect(
                        Collectors.groupingBy(FundReports.Attribution::donor, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute(
                "lines",
                directory.donors(fund.code()).stream()
                        .map(d -> new DonorLine(
                                d.code(),
                                d.name(),
                                given.getOrDefault(d.code(), Money.zero("USD")),
                                byDonor.getOrDefault(d.code(), List.of())))
                        .toList());
        model.addAttribute(
                "projects", directory.projects(fund.code()).stream().collect(Collectors.toMap(Project::code, p -> p)));
        return "fund/results";
    }
}
