package org.roadmapmonitor.fund.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.roadmapmonitor.shared.Money;

/** A money movement as recorded by a user, before the ledger turns it into entries. */
public sealed interface Posting {
    LocalDate date();

    Money amount();

    /** USD per unit of the amount's currency on the date; 1 for USD. */
    BigDecimal usdRate();

    String memo();

    record Deposit(String donor, LocalDate date, Money amount, BigDecimal usdRate, String memo) implements Posting {}

    record Transfer(String project, String organisation, LocalDate date, Money amount, BigDecimal usdRate, String memo)
            implements Posting {}

    record Refund(String project, String organisation, LocalDate date, Money amount, BigDecimal usdRate, String memo)
            implements Posting {}

    record Expenditure(
            String project,
            String organisation,
            LocalDate date,
            Money amount,
            BigDecimal usdRate,
            ExpenditureKind kind,
            int year,
            String memo)
            implements Posting {}

    /** Interest earned by the fund (organisation null) or returned by a participating organisation. */
    record Interest(String organisation, LocalDate date, Money amount, BigDecimal usdRate, String memo)
            implements Posting {}

    record DirectCost(String organisation, LocalDate date, Money amount, BigDecimal usdRate, String memo)
            implements Posting {}

    record BankCharge(LocalDate date, Money amount, BigDecimal usdRate, String memo) implements Posting {}

    record OtherIncome(LocalDate date, Money amount, BigDecimal usdRate, String memo) implements Posting {}

    /** Part of the balance passed to another multi-donor trust fund; the memo names that fund. */
    record TransferToMdtf(LocalDate date, Money amount, BigDecimal usdRate, String memo) implements Posting {}

    /** Money given back to a donor, never more than it contributed. */
    record DonorRefund(String donor, LocalDate date, Money amount, BigDecimal usdRate, String memo)
            implements Posting {}
}
