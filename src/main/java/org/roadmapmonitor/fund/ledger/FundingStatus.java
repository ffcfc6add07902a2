package org.roadmapmonitor.fund.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.shared.Money;

/**
 * The MPTF Office Gateway's "funding status" of a fund as of a date, in USD: sources and uses of funds
 * with the administrative agent, funds with participating organisations, and the total balance. Built
 * from ledger entries only, and checked on construction: both balances computed line by line must equal
 * the balances computed entry by entry from each type's effect.
 */
public record FundingStatus(LocalDate asOf, Map<EntryType, Money> totals) {
    private static final Money ZERO = Money.zero("USD");

    public FundingStatus {
        totals = Map.copyOf(totals);
    }

    public static FundingStatus of(List<Entry> entries, LocalDate asOf) {
        Map<EntryType, Money> totals = new EnumMap<>(EntryType.class);
        Money agent = ZERO;
        Money organisations = ZERO;
        for (Entry e : entries) {
            if (!e.date().isAfter(asOf)) {
                totals.merge(e.type(), e.usd(), Money::plus);
                agent = agent.plus(
                        e.usd().times(BigDecimal.valueOf(e.type().agentEffect()), 4, RoundingMode.UNNECESSARY));
                organisations = organisations.plus(
                        e.usd().times(BigDecimal.valueOf(e.type().organisationEffect()), 4, RoundingMode.UNNECESSARY));
            }
        }
        var status = new FundingStatus(asOf, totals);
        if (!status.balanceWithAgent().equals(agent)
                || !status.organisationBalance().equals(organisations)) {
            throw new IllegalStateException("The funding status does not reconcile with its entries: agent "
                    + status.balanceWithAgent() + " vs " + agent + ", organisations " + status.organisationBalance()
                    + " vs " + organisations);
        }
        return status;
    }

    public Money total(EntryType type) {
        return totals.getOrDefault(type, ZERO);
    }

    public Money contributions() {
        return total(EntryType.CONTRIBUTION);
    }

    public Money fundInterest() {
        return total(EntryType.FUND_INTEREST);
    }

    public Money organisationInterest() {
        return total(EntryType.ORGANISATION_INTEREST);
    }

    public Money interest() {
        return fundInterest().plus(organisationInterest());
    }

    public Money otherIncome() {
        return total(EntryType.OTHER_INCOME);
    }

    public Money refundsToDonors() {
        return total(EntryType.DONOR_REFUND);
    }

    public Money transfersToMdtfs() {
        return total(EntryType.TRANSFER_TO_MDTF);
    }

    /**
     * Contributions, interest and other income, less what went back to donors or on to other MDTFs (the
     * Gateway shows those two as negative sources).
     */
    public Money totalSources() {
        return contributions()
                .plus(interest())
                .plus(otherIncome())
                .minus(refundsToDonors())
                .minus(transfersToMdtfs());
    }

    public Money transfers() {
        return total(EntryType.TRANSFER);
    }

    public Money refunds() {
        return total(EntryType.REFUND);
    }

    /** Transfers less refunds from participating organisations: what they were funded with, net. */
    public Money netFunded() {
        return transfers().minus(refunds());
    }

    public Money administrativeAgentFee() {
        return total(EntryType.ADMINISTRATIVE_AGENT_FEE);
    }

    public Money directCosts() {
        return total(EntryType.DIRECT_COST);
    }

    public Money bankCharges() {
        return total(EntryType.BANK_CHARGE);
    }

    /** Transfers net of refunds, plus the fee, direct costs and bank charges (the Gateway shows refunds as a negative use). */
    public Money totalUses() {
        return netFunded().plus(administrativeAgentFee()).plus(directCosts()).plus(bankCharges());
    }

    public Money balanceWithAgent() {
        return totalSources().minus(totalUses());
    }

    public BigDecimal balanceWithAgentPercentOfDeposits() {
        return percent(balanceWithAgent(), contributions());
    }

    public Money expenditure() {
        return total(EntryType.EXPENDITURE);
    }

    public Money organisationTotalExpenses() {
        return expenditure().plus(refunds());
    }

    public Money organisationBalance() {
        return transfers().minus(organisationTotalExpenses());
    }

    public BigDecimal organisationBalancePercentOfTransfers() {
        return percent(organisationBalance(), transfers());
    }

    public Money totalBalance() {
        return balanceWithAgent().plus(organisationBalance());
    }

    public BigDecimal totalBalancePercentOfDeposits() {
        return percent(totalBalance(), contributions());
    }

    /** Expenditure ÷ net funded amount (transfers − refunds), in per cent; null while nothing is funded. */
    public BigDecimal deliveryRate() {
        return new Flows(transfers(), refunds(), expenditure()).deliveryRate();
    }

    private static BigDecimal percent(Money part, Money whole) {
        return whole.isPositive() ? part.percentOf(whole, 2, RoundingMode.HALF_EVEN) : null;
    }
}
