package org.roadmapmonitor.publication.internal;

import static org.roadmapmonitor.publication.internal.ReportParts.t;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.ledger.Flows;
import org.roadmapmonitor.fund.ledger.FundingStatus;
import org.roadmapmonitor.publication.DocumentRenderer;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.publication.RenderedDocument;
import org.roadmapmonitor.publication.RenderedDocument.Figure;
import org.roadmapmonitor.shared.Formats;
import org.roadmapmonitor.shared.Money;
import org.springframework.stereotype.Component;

/**
 * A trust fund's annual report for a year, from the fund module's public API: the funding status with its
 * prior-years, current-year and cumulative columns, contributions by donor, transfers and delivery by
 * organisation and project, and money to results (each project's linked KPIs with their published values).
 */
@Component
class FundAnnualReportRenderer implements DocumentRenderer {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final FundReports reports;
    private final ReportParts parts;
    private final Formats formats;
    private final DocWriters writers;

    FundAnnualReportRenderer(
            FundDirectory directory,
            FundLedger ledger,
            FundReports reports,
            ReportParts parts,
            Formats formats,
            DocWriters writers) {
        this.directory = directory;
        this.ledger = ledger;
        this.reports = reports;
        this.parts = parts;
        this.formats = formats;
        this.writers = writers;
    }

    @Override
    public PublicationKind kind() {
        return PublicationKind.FUND_ANNUAL_REPORT;
    }

    @Override
    public Set<PublicationFormat> formats() {
        return DocWriters.FORMATS;
    }

    @Override
    public RenderedDocument render(PublicationRequest request, Progress progress) {
        Fund fund = directory.require(request.fund());
        LocalDate end = request.period().end();
        LocalDate asOf = end.isBefore(ledger.today()) ? end : ledger.today();
        LocalDate priorEnd = request.period().start().minusDays(1);
        FundingStatus cumulative = ledger.status(fund.code(), asOf);
        FundingStatus prior = ledger.status(fund.code(), priorEnd);
        progress.done(30);
        var used = new ArrayList<Figure>();
        Map<String, String> donorNames = new LinkedHashMap<>();
        directory.donors(fund.code()).forEach(d -> donorNames.put(d.code(), d.name()));
        Map<String, String> organisationNames = new LinkedHashMap<>();
        directory.organisations(fund.code()).forEach(o -> organisationNames.put(o.code(), o.name()));
        Map<String, Money> byDonor = ledger.contributionsByDonor(fund.code(), asOf);
        Map<String, Flows> flows = reports.projectFlows(fund.code(), asOf);
        List<Project> projects = directory.projects(fund.code());
        progress.done(60);

        var sections = new ArrayList<Doc.Section>();
        var summary = new ArrayList<Doc.Block>();
        if (request.introduction() != null) {
            summary.add(Doc.Text.plain(request.introduction()));
        }
        summary.add(Doc.Text.plain(t(
                "publication.fund.summary",
                asOf,
                cumulative.contributions(),
                byDonor.values().stream().filter(Money::isPositive).count(),
                cumulative.transfers(),
                flows.size())));
        sections.add(new Doc.Section("summary", t("publication.section.summary"), 1, summary));
        sections.add(new Doc.Section(
                "status", t("publication.fund.section.status"), 1, List.of(status(prior, cumulative, used))));
        sections.add(new Doc.Section(
                "donors", t("publication.fund.section.donors"), 1, List.of(donors(byDonor, donorNames, used))));
        sections.add(new Doc.Section(
                "delivery",
                t("publication.fund.section.delivery"),
                1,
                List.of(delivery(projects, flows, organisationNames, used))));
        sections.add(new Doc.Section("results", t("publication.fund.section.results"), 1, results(fund, projects)));
        progress.done(75);
        var doc = new Doc(
                request.language().getLanguage(),
                t("publication.fund.title", fund.name(), request.period().code()),
                fund.code(),
                List.of(t("publication.cover.period", request.period().code())),
                sections,
                List.of(),
                parts.words());
        return new RenderedDocument(writers.write(doc, request.format()), used);
    }

    private Doc.Cell usd(Money m) {
        return Doc.Cell.number(formats.usd(m), m == null ? null : m.amount());
    }

    private Doc.Table status(FundingStatus prior, FundingStatus cumulative, List<Figure> used) {
        Map<String, Function<FundingStatus, Money>> lines = new LinkedHashMap<>();
        lines.put("contributions", FundingStatus::contributions);
        lines.put("fee", FundingStatus::administrativeAgentFee);
        lines.put("transfers", FundingStatus::transfers);
        lines.put("expenditure", FundingStatus::expenditure);
        lines.put("balance", FundingStatus::balanceWithAgent);
        var rows = new ArrayList<List<Doc.Cell>>();
        lines.forEach((name, line) -> {
            Money before = line.apply(prior);
            Money all = line.apply(cumulative);
            rows.add(List.of(
                    Doc.Cell.text(t("publication.fund.line." + name)), usd(before), usd(all.minus(before)), usd(all)));
            used.add(new Figure("status/" + name, all.amount().toPlainString(), "ledger"));
        });
        return new Doc.Table(
                t("publication.fund.sheet.status"),
                t("publication.fund.section.status"),
                List.of(
                        t("publication.col.line"),
                        t("publication.col.priorYears"),
                        t("publication.col.currentYear"),
                        t("publication.col.cumulative")),
                List.of(false, true, true, true),
                rows);
    }

    private Doc.Table donors(Map<String, Money> byDonor, Map<String, String> names, List<Figure> used) {
        var rows = new ArrayList<List<Doc.Cell>>();
        byDonor.forEach((donor, amount) -> {
            rows.add(List.of(Doc.Cell.text(names.getOrDefault(donor, donor)), usd(amount)));
            used.add(new Figure("donor/" + donor, amount.amount().toPlainString(), "ledger"));
        });
        return new Doc.Table(
                t("publication.fund.sheet.donors"),
                t("publication.fund.section.donors"),
                List.of(t("publication.col.donor"), t("publication.col.amount")),
                List.of(false, true),
                rows);
    }

    private Doc.Table delivery(
            List<Project> projects, Map<String, Flows> flows, Map<String, String> organisations, List<Figure> used) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (Project p : projects) {
            Flows f = flows.get(p.code());
            if (f == null) {
                continue;
            }
            rows.add(List.of(
                    Doc.Cell.text(organisations.getOrDefault(p.organisation(), p.organisation())),
                    Doc.Cell.text(p.code() + " " + p.title()),
                    usd(f.netFunded()),
                    usd(f.expenditure()),
                    Doc.Cell.number(formats.percent(f.deliveryRate()), f.deliveryRate())));
            used.add(new Figure(
                    "project/" + p.code() + "/netFunded", f.netFunded().amount().toPlainString(), "ledger"));
            used.add(new Figure(
                    "project/" + p.code() + "/expenditure",
                    f.expenditure().amount().toPlainString(),
                    "ledger"));
        }
        return new Doc.Table(
                t("publication.fund.sheet.delivery"),
                t("publication.fund.section.delivery"),
                List.of(
                        t("publication.col.organisation"),
                        t("publication.col.project"),
                        t("publication.col.transferred"),
                        t("publication.col.expenditure"),
                        t("publication.col.delivery")),
                List.of(false, false, true, true, true),
                rows);
    }

    private List<Doc.Block> results(Fund fund, List<Project> projects) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (Project p : projects) {
            for (var trend : reports.trends(fund.code(), p)) {
                if (trend.points().isEmpty()) {
                    continue;
                }
                rows.add(List.of(
                        Doc.Cell.text(p.code()),
                        Doc.Cell.text(trend.indicator()),
                        Doc.Cell.text(parts.jurisdictionName(trend.jurisdiction())),
                        Doc.Cell.number(parts.number(trend.first()), trend.first()),
                        Doc.Cell.number(parts.number(trend.last()), trend.last())));
            }
        }
        if (rows.isEmpty()) {
            return List.of(new Doc.Text(t("publication.fund.noResults"), "muted"));
        }
        return List.of(new Doc.Table(
                t("publication.fund.sheet.results"),
                t("publication.fund.section.results"),
                List.of(
                        t("publication.col.project"),
                        t("publication.col.indicator"),
                        t("publication.col.jurisdiction"),
                        t("publication.col.first"),
                        t("publication.col.last")),
                List.of(false, false, false, true, true),
                rows));
    }
}
