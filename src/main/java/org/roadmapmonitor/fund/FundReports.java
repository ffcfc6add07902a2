package org.roadmapmonitor.fund;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.fund.internal.IatiExport;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.EntryType;
import org.roadmapmonitor.fund.ledger.Flows;
import org.roadmapmonitor.fund.ledger.Ledger;
import org.roadmapmonitor.reporting.PublishedValues;
import org.roadmapmonitor.shared.Money;
import org.springframework.stereotype.Service;

/**
 * What the fund's figures mean for people: the steering committee's composition, the final expenditure
 * reports still missing, and the line from each donor's money to the projects and KPIs it served.
 */
@Service
public class FundReports {
    /** Final expenditure of a year is due by 30 April of the next. */
    public static final MonthDay FINAL_REPORT_DUE = MonthDay.of(4, 30);

    private final FundDirectory directory;
    private final FundLedger ledger;
    private final PublishedValues published;
    private final FrameworkCatalogue frameworks;
    private final Clock clock;

    public FundReports(
            FundDirectory directory,
            FundLedger ledger,
            PublishedValues published,
            FrameworkCatalogue frameworks,
            Clock clock) {
        this.directory = directory;
        this.ledger = ledger;
        this.published = published;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** The fund and its projects as IATI 2.03 activities XML. */
    public byte[] iati(String fundCode) {
        Fund fund = directory.require(fundCode);
        List<Project> projects = directory.projects(fund.code());
        Map<String, List<KpiTrend>> trends = new LinkedHashMap<>();
        projects.forEach(p -> trends.put(p.code(), trends(fund.code(), p)));
        Map<String, IatiExport.Kpi> kpis = new LinkedHashMap<>();
        if (fund.frameworkCode() != null) {
            frameworks
                    .latest(fund.frameworkCode())
                    .indicators()
                    .forEach(i -> kpis.put(i.code(), new IatiExport.Kpi(i.title(), i.type())));
        }
        return IatiExport.write(new IatiExport.Input(
                fund,
                directory.organisations(fund.code()),
                directory.donors(fund.code()),
                projects,
                directory.decisions(fund.code()),
                ledger.ledger(fund.code()).entries(),
                directory.agreements(fund.code()),
                directory.pledges(fund.code()),
                trends,
                kpis,
                ledger.today(),
                clock.instant()));
    }

    public record MissingReport(
            String project, String title, String organisation, int year, LocalDate due, boolean overdue) {}

    /** A donor's share of one project's net funding, attributed in proportion to contributions (a pooled fund). */
    public record Attribution(String donor, String project, Money usd) {}

    /** One linked KPI of a project in one jurisdiction, with its published values (empty until published). */
    public record KpiTrend(String indicator, String jurisdiction, List<PublishedValues.Point> points) {
        public BigDecimal first() {
            return points.isEmpty() ? null : points.get(0).value();
        }

        public BigDecimal last() {
            return points.isEmpty() ? null : points.get(points.size() - 1).value();
        }

        public BigDecimal change() {
            return first() == null || last() == null ? null : last().subtract(first());
        }
    }

    public SteeringCommittee committee(String fundCode, LocalDate asOf) {
        Fund fund = directory.require(fundCode);
        return SteeringCommittee.compose(
                fund.chair(),
                directory.participatingOrganisations(fund.code()),
                directory.donors(fund.code()),
                ledger.contributionsByDonor(fund.code(), asOf),
                directory.committeeSeats(fund.code(), "EX_OFFICIO"),
                directory.committeeSeats(fund.code(), "OBSERVER"));
    }

    /**
     * For each funded project, each year from its first transfer to last year (to its last reported year
     * once it is closed) that has no final expenditure report yet.
     */
    public List<MissingReport> missingFinalReports(String fundCode, LocalDate today) {
        Ledger books = ledger.ledger(directory.require(fundCode).code());
        List<MissingReport> missing = new ArrayList<>();
        for (Project p : directory.projects(fundCode)) {
            var mine = books.entries().stream()
                    .filter(e -> p.code().equals(e.project()))
                    .toList();
            var firstTransfer = mine.stream()
                    .filter(e -> e.type() == EntryType.TRANSFER)
                    .map(Entry::date)
                    .min(LocalDate::compareTo);
            if (firstTransfer.isEmpty()) {
                continue;
            }
            int last = today.getYear() - 1;
            if (p.status() != Project.Status.ACTIVE && p.status() != Project.Status.PIPELINE) {
                last = mine.stream()
                        .filter(e -> e.year() != null)
                        .mapToInt(Entry::year)
                        .max()
                        .orElse(last);
            }
            for (int year = firstTransfer.get().getYear(); year <= last; year++) {
                if (!books.hasFinalReport(p.code(), year)) {
                    LocalDate due = FINAL_REPORT_DUE.atYear(year + 1);
                    missing.add(
                            new MissingReport(p.code(), p.title(), p.organisation(), year, due, today.isAfter(due)));
                }
            }
        }
        return missing;
    }

    /** Each project's net funding split between the donors in proportion to their contributions, to the cent. */
    public List<Attribution> attributions(String fundCode, LocalDate asOf) {
        LocalDate day = asOf == null ? ledger.today() : asOf;
        Ledger books = ledger.ledger(directory.require(fundCode).code());
        Map<String, Money> given = new LinkedHashMap<>(books.contributionsByDonor(day));
        given.values().removeIf(m -> !m.isPositive());
        List<Attribution> result = new ArrayList<>();
        if (given.isEmpty()) {
            return result;
        }
        List<BigDecimal> weights = given.values().stream().map(Money::amount).toList();
        List<String> donors = List.copyOf(given.keySet());
        for (var project : books.byProject(day).entrySet()) {
            Money net = project.getValue().netFunded();
            if (!net.isPositive()) {
                continue;
            }
            List<Money> parts = net.allocate(weights, 2);
            for (int i = 0; i < donors.size(); i++) {
                result.add(new Attribution(donors.get(i), project.getKey(), parts.get(i)));
            }
        }
        return result;
    }

    public Map<String, Flows> projectFlows(String fundCode, LocalDate asOf) {
        return ledger.ledger(directory.require(fundCode).code()).byProject(asOf == null ? ledger.today() : asOf);
    }

    /** The published series of every KPI a project serves, in every jurisdiction it covers. */
    public List<KpiTrend> trends(String fundCode, Project project) {
        Fund fund = directory.require(fundCode);
        List<KpiTrend> trends = new ArrayList<>();
        if (fund.frameworkCode() == null) {
            return trends;
        }
        for (String kpi : project.targets().indicators()) {
            for (String j : project.targets().jurisdictions()) {
                trends.add(new KpiTrend(kpi, j, published.series(fund.frameworkCode(), kpi, j)));
            }
        }
        return trends;
    }
}
