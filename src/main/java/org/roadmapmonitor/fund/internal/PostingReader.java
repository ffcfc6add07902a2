package org.roadmapmonitor.fund.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.PostingKind;
import org.roadmapmonitor.fund.PostingRequest;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.ledger.ExpenditureKind;
import org.roadmapmonitor.fund.ledger.Posting;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

/**
 * Turns a posting request into a ledger posting, adding a problem for every field that is missing, not
 * exact, or names something the fund does not have. Returns null when the posting cannot be built.
 */
final class PostingReader {
    private static final int RATE_INTEGER_DIGITS = 11;
    private static final int RATE_DECIMALS = 8;
    /** A USD value is stored as NUMERIC(19,4). */
    private static final BigDecimal USD_LIMIT = new BigDecimal("1000000000000000");

    private final Map<String, Fund.Donor> donors;
    private final Map<String, Project> projects;
    private final Map<String, Fund.Organisation> organisations;
    private final BiFunction<String, LocalDate, BigDecimal> fxRates;
    private final List<Problem> problems;
    private final Texts texts;

    PostingReader(
            Map<String, Fund.Donor> donors,
            Map<String, Project> projects,
            Map<String, Fund.Organisation> organisations,
            BiFunction<String, LocalDate, BigDecimal> fxRates,
            Texts texts,
            List<Problem> problems) {
        this.texts = texts;
        this.donors = donors;
        this.projects = projects;
        this.organisations = organisations;
        this.fxRates = fxRates;
        this.problems = problems;
    }

    Posting read(PostingKind kind, PostingRequest r) {
        LocalDate date = date(r.date());
        String currency = blank(r.currency())
                ? (kind == PostingKind.DEPOSIT || kind == PostingKind.DONOR_REFUND ? null : "USD")
                : r.currency().strip().toUpperCase(Locale.ROOT);
        if (currency == null) {
            problems.add(Problem.at("currency", "fund.problem.currencyRequired"));
        } else if (!currency.matches("[A-Z]{3}") || !isIsoCurrency(currency)) {
            problems.add(Problem.at("currency", "problem.currencyCode", currency));
            currency = null;
        }
        Money amount = amount(r.amount(), currency);
        BigDecimal rate = rate(decimal("usdRate", r.usdRate(), false));
        if (rate == null && date != null && currency != null && !"USD".equals(currency) && blank(r.usdRate())) {
            rate = fxRates.apply(currency, date);
        }
        String donor = null;
        String project = null;
        String owner = null;
        String organisation = null;
        ExpenditureKind expenditureKind = null;
        Integer year = null;
        switch (kind) {
            case DEPOSIT, DONOR_REFUND -> {
                known("donor", r.donor(), donors, true);
                donor = blank(r.donor()) ? null : r.donor().strip();
            }
            case TRANSFER, REFUND, EXPENDITURE -> {
                Project p = known("project", r.project(), projects, true);
                project = blank(r.project()) ? null : r.project().strip();
                owner = p == null ? null : p.organisation();
            }
            case INTEREST, DIRECT_COST -> {
                known("organisation", r.organisation(), organisations, false);
                organisation = blank(r.organisation()) ? null : r.organisation().strip();
            }
            case BANK_CHARGE, OTHER_INCOME -> {}
            case TRANSFER_TO_MDTF -> {
                if (blank(r.memo())) {
                    problems.add(Problem.at("memo", "fund.problem.mdtfMemo"));
                }
            }
        }
        if (kind == PostingKind.EXPENDITURE) {
            expenditureKind = expenditureKind(r.kind());
            year = year(r.year());
            if (expenditureKind == null || year == null) {
                return null;
            }
        }
        if (date == null || amount == null) {
            return null;
        }
        if (rate != null && !fitsInUsd(amount, rate)) {
            return null;
        }
        // Built even when a code is unknown, so that the ledger's own rules are reported in the same answer.
        String memo = r.memo();
        return switch (kind) {
            case DEPOSIT -> new Posting.Deposit(donor, date, amount, rate, memo);
            case TRANSFER -> new Posting.Transfer(project, owner, date, amount, rate, memo);
            case REFUND -> new Posting.Refund(project, owner, date, amount, rate, memo);
            case EXPENDITURE ->
                new Posting.Expenditure(project, owner, date, amount, rate, expenditureKind, year, memo);
            case INTEREST -> new Posting.Interest(organisation, date, amount, rate, memo);
            case DIRECT_COST -> new Posting.DirectCost(organisation, date, amount, rate, memo);
            case BANK_CHARGE -> new Posting.BankCharge(date, amount, rate, memo);
            case OTHER_INCOME -> new Posting.OtherIncome(date, amount, rate, memo);
            case TRANSFER_TO_MDTF -> new Posting.TransferToMdtf(date, amount, rate, memo);
            case DONOR_REFUND -> new Posting.DonorRefund(donor, date, amount, rate, memo);
        };
    }

    private <T> T known(String field, String code, Map<String, T> known, boolean required) {
        if (blank(code)) {
            if (required) {
                problems.add(Problem.at(field, "fund.problem.requiredOneOf", String.join(", ", known.keySet())));
            }
            return null;
        }
        T found = known.get(code.strip());
        if (found == null) {
            problems.add(Problem.at(field, "fund.problem.notOneOfThisFund", code, String.join(", ", known.keySet())));
        }
        return found;
    }

    private LocalDate date(String text) {
        if (blank(text)) {
            problems.add(Problem.at("date", "fund.problem.dateRequired"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.at("date", "problem.notADate", text));
            return null;
        }
    }

    private Money amount(String text, String currency) {
        BigDecimal value = decimal("amount", text, true);
        if (value == null || currency == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > Money.MAX_SCALE) {
            problems.add(Problem.at("amount", "fund.problem.tooManyDecimals", Money.MAX_SCALE));
            return null;
        }
        int minor = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        if (minor >= 0 && value.stripTrailingZeros().scale() > minor) {
            // A bank transfer in EUR carries cents, never tenths of a cent.
            problems.add(Problem.at("amount", "fund.problem.currencyDecimals", value.toPlainString(), currency, minor));
            return null;
        }
        try {
            return Money.of(value, currency);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at("amount", "fund.problem.amountTooLarge"));
            return null;
        }
    }

    private static boolean isIsoCurrency(String code) {
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private BigDecimal decimal(String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                problems.add(Problem.at(field, "problem.required"));
            }
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "problem.notANumber", text));
            return null;
        }
    }

    /** A rate is stored as NUMERIC(19,8): more digits would fail in the database, so they are refused here. */
    private BigDecimal rate(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal exact = rate.stripTrailingZeros();
        if (exact.precision() - exact.scale() > RATE_INTEGER_DIGITS || exact.scale() > RATE_DECIMALS) {
            problems.add(Problem.at(
                    "usdRate",
                    texts.get("fund.posting.rateOutOfRange", exact.toString(), RATE_INTEGER_DIGITS, RATE_DECIMALS)));
            return null;
        }
        return rate;
    }

    private boolean fitsInUsd(Money amount, BigDecimal rate) {
        if (amount.amount().multiply(rate).abs().compareTo(USD_LIMIT) < 0) {
            return true;
        }
        problems.add(Problem.at(
                "usdRate",
                texts.get(
                        "fund.posting.usdTooLarge",
                        amount.amount().toPlainString(),
                        amount.currency(),
                        rate.toPlainString())));
        return false;
    }

    private ExpenditureKind expenditureKind(String text) {
        try {
            return ExpenditureKind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at("kind", "fund.problem.expenditureKind"));
            return null;
        }
    }

    private Integer year(String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(Problem.at("year", "fund.problem.yearRequired"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
