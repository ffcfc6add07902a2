package org.roadmapmonitor.fund.internal;

import static org.roadmapmonitor.fund.internal.FundDemoData.FUND;
import static org.roadmapmonitor.fund.internal.FundDemoData.request;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.PostingKind;
import org.roadmapmonitor.shared.Money;

/** The demo fund's money movements, 2019–2026: deposits, one reversal, transfers, expenditure and the rest. */
final class FundDemoLedger {
    private static final BigDecimal INDIRECT = new BigDecimal("1.07");

    private FundDemoLedger() {}

    static void post(FundLedger ledger, List<FundDemoData.Deposit> deposits, List<FundDemoData.DemoProject> projects) {
        for (var d : deposits) {
            if (d.donor().equals("NL") && d.date().equals("2021-03-10")) {
                // A deposit keyed with the wrong rate, reversed two days later and posted again: the demo's reversal.
                var wrong = ledger.record(
                        FUND,
                        PostingKind.DEPOSIT,
                        request(
                                d.donor(),
                                null,
                                null,
                                d.date(),
                                d.amount(),
                                d.currency(),
                                "1.3930",
                                null,
                                null,
                                "Keyed with the wrong rate"));
                ledger.reverse(
                        FUND,
                        wrong.get(0).id(),
                        LocalDate.parse("2021-03-12"),
                        "Wrong USD rate (1.3930 instead of 1.1930)");
            }
            ledger.record(
                    FUND,
                    PostingKind.DEPOSIT,
                    request(
                            d.donor(),
                            null,
                            null,
                            d.date(),
                            d.amount(),
                            d.currency(),
                            d.rate(),
                            null,
                            null,
                            "Demo deposit"));
        }
        for (var p : projects) {
            if (p.outcome() != Decision.Outcome.APPROVED || p.code().equals("SLW-C3-AL-02")) {
                continue; // SLW-C3-AL-02 stays in the pipeline: approved, not funded yet
            }
            Money approved = Money.usd(p.direct()).times(INDIRECT, 2, RoundingMode.HALF_EVEN);
            switch (p.call()) {
                case 1 -> {
                    transfer(ledger, p.code(), "2020-02-17", approved);
                    spend(ledger, p.code(), approved, 2020, "0.30", true);
                    spend(ledger, p.code(), approved, 2021, "0.40", true);
                    if (p.code().equals("SLW-C1-ME-01")) {
                        spend(ledger, p.code(), approved, 2022, "0.20", false); // the final report for 2022 never came
                    } else if (p.code().equals("SLW-C1-RG-01")) {
                        spend(ledger, p.code(), approved, 2022, "0.27", true);
                        ledger.record(
                                FUND,
                                PostingKind.REFUND,
                                request(
                                        null,
                                        p.code(),
                                        null,
                                        "2023-05-22",
                                        approved.times(new BigDecimal("0.03"), 2, RoundingMode.HALF_EVEN)
                                                .plain(),
                                        "USD",
                                        null,
                                        null,
                                        null,
                                        "Unspent balance returned at closure"));
                    } else {
                        spend(ledger, p.code(), approved, 2022, "0.25", true);
                        spend(ledger, p.code(), approved, 2023, "0.05", true);
                    }
                }
                case 2 -> {
                    Money first = approved.times(new BigDecimal("0.6"), 2, RoundingMode.HALF_EVEN);
                    transfer(ledger, p.code(), "2021-02-22", first);
                    transfer(ledger, p.code(), "2022-02-21", approved.minus(first));
                    spend(ledger, p.code(), approved, 2021, "0.20", true);
                    spend(ledger, p.code(), approved, 2022, "0.30", true);
                    spend(ledger, p.code(), approved, 2023, "0.25", !p.code().equals("SLW-C2-BA-02"));
                    spend(ledger, p.code(), approved, 2024, "0.15", true);
                    spend(ledger, p.code(), approved, 2025, "0.05", p.code().equals("SLW-C2-RS-01"));
                }
                default -> {
                    transfer(ledger, p.code(), "2023-08-14", approved);
                    spend(ledger, p.code(), approved, 2023, "0.20", true);
                    spend(ledger, p.code(), approved, 2024, "0.50", true);
                    spend(ledger, p.code(), approved, 2025, "0.20", true);
                }
            }
        }
        others(ledger);
    }

    private static void others(FundLedger ledger) {
        String[][] interest = {
            {"2020-12-31", "45210.33"},
            {"2021-12-31", "12004.10"},
            {"2022-12-31", "61877.52"},
            {"2023-12-31", "210455.00"},
            {"2024-12-31", "180300.25"}
        };
        for (String[] i : interest) {
            ledger.record(
                    FUND,
                    PostingKind.INTEREST,
                    request(null, null, null, i[0], i[1], "USD", null, null, null, "Investment income"));
        }
        ledger.record(
                FUND,
                PostingKind.INTEREST,
                request(
                        null,
                        null,
                        "UNDP",
                        "2022-06-30",
                        "3512.40",
                        "USD",
                        null,
                        null,
                        null,
                        "Interest earned on project balances"));
        ledger.record(
                FUND,
                PostingKind.DIRECT_COST,
                request(
                        null,
                        null,
                        "UNDP",
                        "2021-03-01",
                        "120000",
                        "USD",
                        null,
                        null,
                        null,
                        "Secretariat support (SEESAC), approved by the steering committee"));
        ledger.record(
                FUND,
                PostingKind.DIRECT_COST,
                request(
                        null,
                        null,
                        "UNDP",
                        "2023-03-01",
                        "120000",
                        "USD",
                        null,
                        null,
                        null,
                        "Secretariat support (SEESAC), approved by the steering committee"));
        ledger.record(
                FUND,
                PostingKind.BANK_CHARGE,
                request(null, null, null, "2020-12-31", "85.50", "USD", null, null, null, null));
        ledger.record(
                FUND,
                PostingKind.BANK_CHARGE,
                request(null, null, null, "2022-12-31", "112.00", "USD", null, null, null, null));
        ledger.closeBooks(FUND, LocalDate.parse("2024-12-31"));
    }

    private static void transfer(FundLedger ledger, String project, String date, Money usd) {
        ledger.record(
                FUND,
                PostingKind.TRANSFER,
                request(
                        null,
                        project,
                        null,
                        date,
                        usd.plain(),
                        "USD",
                        null,
                        null,
                        null,
                        "Transfer on the steering committee's instruction"));
    }

    /** Expenditure of a share of the approved amount for a year: final by April of the next year, or interim. */
    private static void spend(FundLedger ledger, String project, Money approved, int year, String share, boolean last) {
        String amount =
                approved.times(new BigDecimal(share), 2, RoundingMode.HALF_EVEN).plain();
        if (last) {
            ledger.record(
                    FUND,
                    PostingKind.EXPENDITURE,
                    request(
                            null,
                            project,
                            null,
                            (year + 1) + "-04-20",
                            amount,
                            "USD",
                            null,
                            "FINAL",
                            year,
                            "Certified annual expenditure"));
        } else {
            ledger.record(
                    FUND,
                    PostingKind.EXPENDITURE,
                    request(
                            null,
                            project,
                            null,
                            year + "-10-31",
                            amount,
                            "USD",
                            null,
                            "INTERIM",
                            year,
                            "Interim expenditure (provisional)"));
        }
    }
}
