package org.roadmapmonitor.publication.internal;

import static org.roadmapmonitor.publication.internal.ReportParts.t;

import java.math.BigDecimal;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A trust fund's annual report for a year, from the fund module's public API: the funding status with its
 * prior-years, current-year and cumulative columns, contributions by donor, transfers and delivery by
 * organisation and project, and money to results (each project's linked KPIs with their published values).
 * What it read is kept with it, and a re-issue is laid out from that.
 */
@Component
class FundAnnualReportRenderer implements DocumentRenderer {
    private final FundDirectory directory;
    private final FundLedger ledger;
    private final FundReports reports;
    private final ReportParts parts;
    private final Formats formats;
    private final DocWriters writers;
    private final JsonMapper json;

    FundAnnualReportRenderer(
            FundDirectory directory,
            FundLedger ledger,
            FundReports reports,
            ReportParts parts,
            Formats formats,
            DocWriters writers,
            JsonMapper json) {
        this.directory = directory;
        this.ledger = ledger;
        this.reports = reports;
        this.parts = parts;
        this.formats = formats;
        this.writers = writers;
        this.json = json;
    }

    @Override
    public PublicationKind kind() {
        return PublicationKind.FUND_ANNUAL_REPORT;
    }

    @Override
    public Set<PublicationFormat> formats() {
        return DocWriters.FORMATS;
    }

    /**
     * What the report read, kept with it as JSON so that it can be issued again with the same amounts: the
     * funding status lines (prior years and cumulative), contributions by donor, each project's flows and the
     * results of its linked KPIs, in the fund's reporting currency.
     */
    record Kept(
            LocalDate asOf,
            String currency,
            List<Line> status,
            List<Contribution> donors,
            List<Delivery> delivery,
            List<Result> results) {
        record Line(String name, BigDecimal prior, BigDecimal cumulative) {}

        record Contribution(String donor, String name, BigDecimal amount) {}

        record Delivery(
                String project,
                String title,
                String organisation,
                BigDecimal netFunded,
                BigDecimal expenditure,
                BigDecimal deliveryRate) {}

        record Result(String project, String indicator, String jurisdiction, BigDecimal first, BigDecimal last) {}

        BigDecimal cumulative(String line) {
            return status.stream()
                    .filter(l -> l.name().equals(line))
                    .map(Line::cumulative)
                    .findFirst()
                    .orElse(BigDecimal.ZERO);
        }
    }

    @Override
    public RenderedDocument render(PublicationRequest request, Progress progress) {
        Fund fund = directory.require(request.fund());
        LocalDate end = request.period().end();
        LocalDate asOf = end.isBefore(ledger.today()) ? end : ledger.today();
        FundingStatus cumulative = ledger.status(fund.code(), asOf);
        FundingStatus prior =
                ledger.status(fund.code(), request.period().start().minusDays(1));
        progress.done(30);
        String currency = cumulative.contributions().currency();
        var lines = new ArrayList<Kept.Line>();
        STATUS_LINES.forEach((name, line) -> lines.add(new Kept.Line(
                name, line.apply(prior).amount(), line.apply(cumulative).amount())));
        Map<String, String> donorNames = new LinkedHashMap<>();
        directory.donors(fund.code()).forEach(d -> donorNames.put(d.code(), d.name()));
        var donors = new ArrayList<Kept.Contribution>();
        ledger.contributionsByDonor(fund.code(), asOf)
                .forEach((donor, amount) -> donors.add(
                        new Kept.Contribution(donor, donorNames.getOrDefault(donor, donor), amount.amount())));
        Map<String, String> organisationNames = new LinkedHashMap<>();
        directory.organisations(fund.code()).forEach(o -> organisationNames.put(o.code(), o.name()));
        Map<String, Flows> flows = reports.projectFlows(fund.code(), asOf);
        List<Project> projects = directory.projects(fund.code());
        var delivery = new ArrayList<Kept.Delivery>();
        var results = new ArrayList<Kept.Result>();
        for (Project p : projects) {
            Flows f = flows.get(p.code());
            if (f != null) {
                delivery.add(new Kept.Delivery(
                        p.code(),
                        p.title(),
                        organisationNames.getOrDefault(p.organisation(), p.organisation()),
                        f.netFunded().amount(),
                        f.expenditure().amount(),
                        f.deliveryRate()));
            }
            for (var trend : reports.trends(fund.code(), p)) {
                if (!trend.points().isEmpty()) {
                    results.add(new Kept.Result(
                            p.code(), trend.indicator(), trend.jurisdiction(), trend.first(), trend.last()));
                }
            }
        }
        progress.done(60);
        return layout(request, fund, new Kept(asOf, currency, lines, donors, delivery, results));
    }

    @Override
    public boolean reissues() {
        return true;
    }

    @Override
    public RenderedDocument reissue(PublicationRequest request, String inputs, Progress progress) {
        return layout(request, directory.require(request.fund()), json.readValue(inputs, Kept.class));
    }

    private RenderedDocument layout(PublicationRequest request, Fund fund, Kept kept) {
        var used = new ArrayList<Figure>();
        var sections = new ArrayList<Doc.Section>();
        var summary = new ArrayList<Doc.Block>();
        if (request.introduction() != null) {
            summary.add(Doc.Text.plain(request.introduction()));
        }
        summary.add(Doc.Text.plain(t(
                "publication.fund.summary",
                kept.asOf(),
                money(kept, kept.cumulative("contributions")),
                kept.donors().stream().filter(d -> d.amount().signum() > 0).count(),
                money(kept, kept.cumulative("transfers")),
                kept.delivery().size())));
        sections.add(new Doc.Section("summary", t("publication.section.summary"), 1, summary));
        sections.add(new Doc.Section("status", t("publication.fund.section.status"), 1, List.of(status(kept, used))));
        sections.add(new Doc.Section("donors", t("publication.fund.section.donors"), 1, List.of(donors(kept, used))));
        sections.add(
                new Doc.Section("delivery", t("publication.fund.section.delivery"), 1, List.of(delivery(kept, used))));
        sections.add(new Doc.Section("results", t("publication.fund.section.results"), 1, results(kept)));
        var doc = new Doc(
                request.language().getLanguage(),
                t("publication.fund.title", fund.name(), request.period().code()),
                fund.code(),
                List.of(t("publication.cover.period", request.period().code())),
                sections,
                List.of(),
                parts.words());
        return new RenderedDocument(writers.write(doc, request.format()), used, json.writeValueAsString(kept));
    }

    private static Money money(Kept kept, BigDecimal amount) {
        return new Money(amount, kept.currency());
    }

    private Doc.Cell usd(Money m) {
        return Doc.Cell.number(formats.usd(m), m == null ? null : m.amount());
    }

    private static final Map<String, Function<FundingStatus, Money>> STATUS_LINES = new LinkedHashMap<>();

    static {
        STATUS_LINES.put("contributions", FundingStatus::contributions);
        STATUS_LINES.put("fee", FundingStatus::administrativeAgentFee);
        STATUS_LINES.put("transfers", FundingStatus::transfers);
        STATUS_LINES.put("expenditure", FundingStatus::expenditure);
        STATUS_LINES.put("balance", FundingStatus::balanceWithAgent);
    }

    private Doc.Table status(Kept kept, List<Figure> used) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (Kept.Line line : kept.status()) {
            Money before = money(kept, line.prior());
            Money all = money(kept, line.cumulative());
            rows.add(List.of(
                    Doc.Cell.text(t("publication.fund.line." + line.name())),
                    usd(before),
                    usd(all.minus(before)),
                    usd(all)));
            used.add(new Figure("status/" + line.name(), all.amount().toPlainString(), "ledger"));
        }
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

    private Doc.Table donors(Kept kept, List<Figure> used) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (Kept.Contribution c : kept.donors()) {
            Money amount = money(kept, c.amount());
            rows.add(List.of(Doc.Cell.text(c.name()), usd(amount)));
            used.add(new Figure("donor/" + c.donor(), amount.amount().toPlainString(), "ledger"));
        }
        return new Doc.Table(
                t("publication.fund.sheet.donors"),
                t("publication.fund.section.donors"),
                List.of(t("publication.col.donor"), t("publication.col.amount")),
                List.of(false, true),
                rows);
    }

    private Doc.Table delivery(Kept kept, List<Figure> used) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (Kept.Delivery d : kept.delivery()) {
            rows.add(List.of(
                    Doc.Cell.text(d.organisation()),
                    Doc.Cell.text(d.project() + " " + d.title()),
                    usd(money(kept, d.netFunded())),
                    usd(money(kept, d.expenditure())),
                    Doc.Cell.number(formats.percent(d.deliveryRate()), d.deliveryRate())));
            used.add(new Figure(
                    "project/" + d.project() + "/netFunded", d.netFunded().toPlainString(), "ledger"));
            used.add(new Figure(
                    "project/" + d.project() + "/expenditure", d.expenditure().toPlainString(), "ledger"));
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

    private List<Doc.Block> results(Kept kept) {
        var rows = new ArrayList<List<Doc.Cell>>();
        for (Kept.Result r : kept.results()) {
            rows.add(List.of(
                    Doc.Cell.text(r.project()),
                    Doc.Cell.text(r.indicator()),
                    Doc.Cell.text(parts.jurisdictionName(r.jurisdiction())),
                    Doc.Cell.number(parts.number(r.first()), r.first()),
                    Doc.Cell.number(parts.number(r.last()), r.last())));
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
