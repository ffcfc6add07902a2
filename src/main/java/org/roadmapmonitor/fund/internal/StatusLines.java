package org.roadmapmonitor.fund.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.roadmapmonitor.fund.ledger.FundingStatus;
import org.roadmapmonitor.shared.Money;

/**
 * The rows of the MPTF Office Gateway's funding-status table, in its order and with its three columns
 * (prior years, the current year, cumulative), shared by the page, the CSV and the spreadsheet so that all
 * three say the same. Refunds, refunds to donors and transfers to other MDTFs are shown negative, as on the
 * Gateway. The current year runs from 1 January of the as-of date's year to that date.
 */
public final class StatusLines {
    public enum Style {
        HEADING,
        LINE,
        TOTAL,
        PERCENT
    }

    /**
     * One row: a message key (fund.status.*), its English label, and amounts (prior years, current year,
     * cumulative) or a percentage (cumulative, and as at the end of the prior years).
     */
    public record Line(
            String key,
            String label,
            Style style,
            Money prior,
            Money current,
            Money amount,
            BigDecimal priorPercent,
            BigDecimal percent) {
        public boolean heading() {
            return style == Style.HEADING;
        }

        public boolean total() {
            return style == Style.TOTAL;
        }
    }

    /** The status at the end of the prior years and as of the day, read from the same entries. */
    public record Columns(FundingStatus prior, FundingStatus cumulative) {
        public LocalDate priorYearsEnd() {
            return prior.asOf();
        }

        public int currentYear() {
            return cumulative.asOf().getYear();
        }
    }

    private final Columns c;

    private StatusLines(Columns c) {
        this.c = c;
    }

    /** The prior years end on 31 December of the year before the as-of date. */
    public static LocalDate priorYearsEnd(LocalDate asOf) {
        return LocalDate.of(asOf.getYear() - 1, 12, 31);
    }

    public static List<Line> of(Columns columns) {
        return new StatusLines(columns).lines();
    }

    private List<Line> lines() {
        return List.of(
                heading("agent", "Funds with the administrative agent"),
                line("contributions", "Contributions from donors", FundingStatus::contributions),
                line("fundInterest", "Interest and investment income (from fund)", FundingStatus::fundInterest),
                line(
                        "organisationInterest",
                        "Interest (from participating organisations)",
                        FundingStatus::organisationInterest),
                line("otherIncome", "Other income", FundingStatus::otherIncome),
                line(
                        "donorRefunds",
                        "Refunds by the administrative agent to donors",
                        s -> s.refundsToDonors().negate()),
                line(
                        "mdtfTransfers",
                        "Transfers to other MDTFs",
                        s -> s.transfersToMdtfs().negate()),
                total("totalSources", "Total: sources of funds", FundingStatus::totalSources),
                line("transfers", "Transferred to participating organisations", FundingStatus::transfers),
                line(
                        "refunds",
                        "Refunds received from participating organisations",
                        s -> s.refunds().negate()),
                line("fee", "Administrative agent fees", FundingStatus::administrativeAgentFee),
                line("directCosts", "Direct costs", FundingStatus::directCosts),
                line("bankCharges", "Bank charges", FundingStatus::bankCharges),
                total("totalUses", "Total: uses of funds", FundingStatus::totalUses),
                total("balanceWithAgent", "Balance with administrative agent", FundingStatus::balanceWithAgent),
                percent(
                        "agentPercent",
                        "As a percentage of deposits",
                        FundingStatus::balanceWithAgentPercentOfDeposits),
                heading("organisations", "Funds with participating organisations"),
                line("orgTransfers", "Transfers to participating organisations", FundingStatus::transfers),
                total("totalResources", "Total resources", FundingStatus::transfers),
                line("expenditure", "Participating organisations' expenditure", FundingStatus::expenditure),
                line("orgRefunds", "Refunds", FundingStatus::refunds),
                total("totalExpenses", "Total expenses", FundingStatus::organisationTotalExpenses),
                total("orgBalance", "Balance with participating organisations", FundingStatus::organisationBalance),
                percent(
                        "orgPercent",
                        "As a percentage of transfers",
                        FundingStatus::organisationBalancePercentOfTransfers),
                total("netFunded", "Net funded amount (transfers less refunds)", FundingStatus::netFunded),
                heading("total", "Total"),
                total("totalBalance", "Total balance of funds", FundingStatus::totalBalance),
                percent("totalPercent", "As a percentage of deposits", FundingStatus::totalBalancePercentOfDeposits),
                percent(
                        "deliveryRate",
                        "Delivery rate (expenditure ÷ net funded amount)",
                        FundingStatus::deliveryRate));
    }

    private static Line heading(String key, String label) {
        return new Line(key, label, Style.HEADING, null, null, null, null, null);
    }

    private Line line(String key, String label, Function<FundingStatus, Money> amount) {
        return amounts(key, label, Style.LINE, amount);
    }

    private Line total(String key, String label, Function<FundingStatus, Money> amount) {
        return amounts(key, label, Style.TOTAL, amount);
    }

    /** The current year's figure is the cumulative one less the prior years': movements and balance changes. */
    private Line amounts(String key, String label, Style style, Function<FundingStatus, Money> amount) {
        Money prior = amount.apply(c.prior());
        Money cumulative = amount.apply(c.cumulative());
        return new Line(key, label, style, prior, cumulative.minus(prior), cumulative, null, null);
    }

    private Line percent(String key, String label, Function<FundingStatus, BigDecimal> percent) {
        return new Line(
                key, label, Style.PERCENT, null, null, null, percent.apply(c.prior()), percent.apply(c.cumulative()));
    }
}
