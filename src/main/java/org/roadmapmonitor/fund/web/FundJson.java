package org.roadmapmonitor.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.RateSource;
import org.roadmapmonitor.fund.internal.StatusLines;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.Flows;
import org.roadmapmonitor.fund.ledger.FundingStatus;
import org.roadmapmonitor.shared.Money;

/** The JSON shapes of the fund API. Amounts are decimal strings, so that no client rounds them. */
final class FundJson {
    private FundJson() {}

    record FundItem(
            String code,
            String name,
            String framework,
            String administrativeAgent,
            String chair,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            String feeRate,
            String indirectRate,
            LocalDate closedThrough,
            List<Fund.Organisation> organisations) {
        static FundItem of(Fund f, List<Fund.Organisation> organisations) {
            return new FundItem(
                    f.code(),
                    f.name(),
                    f.frameworkCode(),
                    f.administrativeAgent(),
                    f.chair(),
                    f.startDate(),
                    f.endDate(),
                    f.status().name(),
                    f.feeRate().toPlainString(),
                    f.indirectRate().toPlainString(),
                    f.closedThrough(),
                    organisations);
        }
    }

    record EntryItem(
            long id,
            long posting,
            String type,
            LocalDate date,
            String amount,
            String currency,
            String usdRate,
            RateSource usdRateSource,
            String usd,
            String donor,
            String project,
            String organisation,
            String kind,
            Integer year,
            Long reverses,
            Long reversedBy,
            String memo,
            List<EntryItem> linked) {
        static EntryItem of(
                Entry e, Map<Long, Long> reversals, Map<Long, RateSource> rateSources, List<EntryItem> linked) {
            return new EntryItem(
                    e.id(),
                    e.posting(),
                    e.type().name(),
                    e.date(),
                    e.amount().plain(),
                    e.amount().currency(),
                    e.usdRate().toPlainString(),
                    rateSources.get(e.id()),
                    e.usd().plain(),
                    e.donor(),
                    e.project(),
                    e.organisation(),
                    e.kind() == null ? null : e.kind().name(),
                    e.year(),
                    e.reverses(),
                    reversals.get(e.id()),
                    e.memo(),
                    linked);
        }

        /** The first entry of a posting, with the others (a deposit's fee) linked to it. */
        static EntryItem posting(List<Entry> written, Map<Long, RateSource> rateSources) {
            var rest = written.subList(1, written.size()).stream()
                    .map(e -> of(e, Map.of(), rateSources, null))
                    .toList();
            return of(written.get(0), Map.of(), rateSources, rest);
        }
    }

    record OrganisationsBlock(
            String transfers,
            String netFunded,
            String expenditure,
            String refunds,
            String totalExpenses,
            String balance,
            String balancePercentOfTransfers) {}

    /** One row of the Gateway table with its three columns (percentages: cumulative and at the prior years' end). */
    record StatusLine(
            String key,
            String label,
            String priorYears,
            String currentYear,
            String cumulative,
            String priorYearsPercent,
            String percent) {
        static StatusLine of(StatusLines.Line l) {
            return new StatusLine(
                    l.key(),
                    l.label(),
                    l.prior() == null ? null : l.prior().plain(),
                    l.current() == null ? null : l.current().plain(),
                    l.amount() == null ? null : l.amount().plain(),
                    text(l.priorPercent()),
                    text(l.percent()));
        }
    }

    record Status(
            String fund,
            String administrativeAgent,
            LocalDate asOf,
            LocalDate priorYearsThrough,
            String currency,
            String contributions,
            String fundInterest,
            String organisationInterest,
            String interest,
            String otherIncome,
            String refundsToDonors,
            String transfersToMdtfs,
            String totalSources,
            String transfers,
            String refunds,
            String administrativeAgentFee,
            String directCosts,
            String bankCharges,
            String totalUses,
            String balanceWithAgent,
            String balanceWithAgentPercentOfDeposits,
            OrganisationsBlock participatingOrganisations,
            String totalBalance,
            String totalBalancePercentOfDeposits,
            String deliveryRate,
            List<StatusLine> lines) {
        static Status of(Fund fund, StatusLines.Columns columns) {
            FundingStatus s = columns.cumulative();
            return new Status(
                    fund.code(),
                    fund.administrativeAgent(),
                    s.asOf(),
                    columns.priorYearsEnd(),
                    "USD",
                    s.contributions().plain(),
                    s.fundInterest().plain(),
                    s.organisationInterest().plain(),
                    s.interest().plain(),
                    s.otherIncome().plain(),
                    s.refundsToDonors().plain(),
                    s.transfersToMdtfs().plain(),
                    s.totalSources().plain(),
                    s.transfers().plain(),
                    s.refunds().plain(),
                    s.administrativeAgentFee().plain(),
                    s.directCosts().plain(),
                    s.bankCharges().plain(),
                    s.totalUses().plain(),
                    s.balanceWithAgent().plain(),
                    text(s.balanceWithAgentPercentOfDeposits()),
                    new OrganisationsBlock(
                            s.transfers().plain(),
                            s.netFunded().plain(),
                            s.expenditure().plain(),
                            s.refunds().plain(),
                            s.organisationTotalExpenses().plain(),
                            s.organisationBalance().plain(),
                            text(s.organisationBalancePercentOfTransfers())),
                    s.totalBalance().plain(),
                    text(s.totalBalancePercentOfDeposits()),
                    text(s.deliveryRate()),
                    StatusLines.of(columns).stream()
                            .filter(l -> !l.heading())
                            .map(StatusLine::of)
                            .toList());
        }
    }

    record DonorItem(String code, String name, boolean exOfficio, String contributionsUsd) {
        static DonorItem of(Fund.Donor d, Money usd) {
            return new DonorItem(d.code(), d.name(), d.exOfficio(), usd.plain());
        }
    }

    record ProjectItem(
            String code,
            String title,
            String organisation,
            String office,
            String status,
            String approved,
            String transfers,
            String refunds,
            String netFunded,
            String expenditure,
            String deliveryRate,
            List<String> objectives,
            List<String> indicators,
            List<String> jurisdictions) {
        static ProjectItem of(Project p, Flows f) {
            return new ProjectItem(
                    p.code(),
                    p.title(),
                    p.organisation(),
                    p.office(),
                    p.status().name(),
                    p.approved().plain(),
                    f.transfers().plain(),
                    f.refunds().plain(),
                    f.netFunded().plain(),
                    f.expenditure().plain(),
                    text(f.deliveryRate()),
                    p.targets().objectives(),
                    p.targets().indicators(),
                    p.targets().jurisdictions());
        }
    }

    static String text(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
