package org.roadmapmonitor.fund.internal;

import java.math.BigDecimal;
import java.util.List;
import org.roadmapmonitor.fund.ledger.FundingStatus;
import org.roadmapmonitor.shared.Money;

/**
 * The rows of the MPTF Office Gateway's funding-status table, in its order, shared by the page, the CSV and
 * the spreadsheet so that all three say the same. Refunds are shown negative among the uses of funds.
 */
public final class StatusLines {
    public enum Style {
        HEADING,
        LINE,
        TOTAL,
        PERCENT
    }

    /** One row: a message key (fund.status.*), its English label, and an amount or a percentage. */
    public record Line(String key, String label, Style style, Money amount, BigDecimal percent) {
        public boolean heading() {
            return style == Style.HEADING;
        }

        public boolean total() {
            return style == Style.TOTAL;
        }
    }

    private StatusLines() {}

    public static List<Line> of(FundingStatus s) {
        return List.of(
                heading("agent", "Funds with Administrative Agent"),
                line("contributions", "Contributions from donors", s.contributions()),
                line("fundInterest", "Interest and investment income (from fund)", s.fundInterest()),
                line("organisationInterest", "Interest (from participating organisations)", s.organisationInterest()),
                total("totalSources", "Total: sources of funds", s.totalSources()),
                line("transfers", "Transferred to participating organisations", s.transfers()),
                line(
                        "refunds",
                        "Refunds received from participating organisations",
                        s.refunds().negate()),
                line("fee", "Administrative agent fees", s.administrativeAgentFee()),
                line("directCosts", "Direct costs", s.directCosts()),
                line("bankCharges", "Bank charges", s.bankCharges()),
                total("totalUses", "Total: uses of funds", s.totalUses()),
                total("balanceWithAgent", "Balance with administrative agent", s.balanceWithAgent()),
                percent("agentPercent", "As a percentage of deposits", s.balanceWithAgentPercentOfDeposits()),
                heading("organisations", "Funds with Participating Organisations"),
                line("orgTransfers", "Transfers to participating organisations", s.transfers()),
                total("totalResources", "Total resources", s.transfers()),
                line("expenditure", "Participating organisations' expenditure", s.expenditure()),
                line("orgRefunds", "Refunds", s.refunds()),
                total("totalExpenses", "Total expenses", s.organisationTotalExpenses()),
                total("orgBalance", "Balance with participating organisations", s.organisationBalance()),
                percent("orgPercent", "As a percentage of transfers", s.organisationBalancePercentOfTransfers()),
                heading("total", "Total"),
                total("totalBalance", "Total balance of funds", s.totalBalance()),
                percent("totalPercent", "As a percentage of deposits", s.totalBalancePercentOfDeposits()),
                percent("deliveryRate", "Delivery rate (expenditure ÷ net funded amount)", s.deliveryRate()));
    }

    private static Line heading(String key, String label) {
        return new Line(key, label, Style.HEADING, null, null);
    }

    private static Line line(String key, String label, Money amount) {
        return new Line(key, label, Style.LINE, amount, null);
    }

    private static Line total(String key, String label, Money amount) {
        return new Line(key, label, Style.TOTAL, amount, null);
    }

    private static Line percent(String key, String label, BigDecimal percent) {
        return new Line(key, label, Style.PERCENT, null, percent);
    }
}
