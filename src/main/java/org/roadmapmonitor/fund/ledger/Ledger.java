package org.roadmapmonitor.fund.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;

/**
 * A fund's ledger and its rules (after Apache Fineract's): entries are only ever added; a correction is a
 * reversal linked to the original; nothing is posted on or before the closed-through date, before the fund
 * started or in the future; amounts are positive and exact; USD values are rounded to the cent half-even,
 * and the administrative-agent fee is a separate entry rounded the same way, so that contribution = fee +
 * what the agent keeps, to the cent. Balances may never go below zero.
 */
public final class Ledger {
    public static final String USD = "USD";
    /** USD values and fees are kept to the cent. */
    public static final int USD_SCALE = 2;

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    /**
     * @param closedThrough the last day of the closed books, or null when nothing is closed
     * @param today no posting may be dated after it
     */
    public record Rules(LocalDate fundStart, LocalDate closedThrough, BigDecimal feeRate, LocalDate today) {
        public Rules {
            Objects.requireNonNull(fundStart, "fundStart");
            Objects.requireNonNull(feeRate, "feeRate");
            Objects.requireNonNull(today, "today");
        }
    }

    private final List<Entry> entries;
    private final Rules rules;

    public Ledger(List<Entry> entries, Rules rules) {
        this.entries = List.copyOf(entries);
        this.rules = rules;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Rules rules() {
        return rules;
    }

    /** This ledger with entries written since it was read. */
    public Ledger with(List<Entry> written) {
        var all = new ArrayList<>(entries);
        all.addAll(written);
        return new Ledger(all, rules);
    }

    public Optional<Entry> entry(long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst();
    }

    public boolean isReversed(long id) {
        return entries.stream().anyMatch(e -> Objects.equals(e.reverses(), id));
    }

    /** Every problem with the posting's own fields, all at once (the caller adds what it knows, e.g. codes). */
    public List<Problem> problems(Posting p) {
        List<Problem> problems = new ArrayList<>();
        if (!p.amount().isPositive() && !(p instanceof Posting.Expenditure x && x.kind() == ExpenditureKind.FINAL)) {
            problems.add(Problem.at("amount", "problem.positive"));
        }
        if (p.amount().isNegative()) {
            problems.add(Problem.at("amount", "problem.notNegative"));
        }
        if (USD.equals(p.amount().currency())) {
            if (p.usdRate() != null && p.usdRate().compareTo(BigDecimal.ONE) != 0) {
                problems.add(Problem.at("usdRate", "fund.problem.usdRateForUsd"));
            }
        } else if (p.usdRate() == null) {
            problems.add(Problem.at(
                    "usdRate", "fund.problem.usdRateRequired", p.amount().currency(), p.date()));
        } else if (p.usdRate().signum() <= 0) {
            problems.add(Problem.at("usdRate", "problem.positive"));
        }
        if (p.date().isBefore(rules.fundStart())) {
            problems.add(Problem.at("date", "fund.problem.beforeFundStart", rules.fundStart()));
        }
        if (p.date().isAfter(rules.today())) {
            problems.add(Problem.at("date", "problem.inTheFuture"));
        }
        if (p instanceof Posting.Expenditure x) {
            if (x.year() < rules.fundStart().getYear() || x.year() > x.date().getYear()) {
                problems.add(Problem.at(
                        "year",
                        "fund.problem.expenditureYear",
                        String.valueOf(rules.fundStart().getYear())));
            }
        }
        return problems;
    }

    /** Checks the posting against every rule and returns the entries to write, without ids yet. */
    public List<Entry> post(Posting p) {
        List<Problem> problems = problems(p);
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "fund.refused.posting", problems.size());
        }
        requireOpen(p.date());
        BigDecimal rate = p.usdRate() == null ? BigDecimal.ONE : p.usdRate();
        Money usd = USD.equals(p.amount().currency())
                ? p.amount().round(USD_SCALE, ROUNDING)
                : p.amount().convert(USD, rate, USD_SCALE, ROUNDING);
        List<Entry> drafts = entriesFor(p, rate, usd);
        requireNoNegativeBalance(drafts);
        return drafts;
    }

    /** The entries that undo the posting of entry {@code id} (a deposit's fee with it), dated {@code on}. */
    public List<Entry> reverse(long id, LocalDate on, String reason) {
        Entry original = entry(id).orElseThrow(() -> new NotFoundException("fund.noEntry", id));
        if (reason == null || reason.isBlank()) {
            throw new InvalidException("reason", "fund.problem.reversalReason");
        }
        if (original.isReversal()) {
            throw new ReversalRefusedException("fund.reversalOfReversal", id);
        }
        if (isReversed(id)) {
            throw new ReversalRefusedException("fund.reversedAlready", id);
        }
        if (on.isBefore(original.date())) {
            throw new InvalidException("date", "fund.problem.reversalBeforeEntry", original.date());
        }
        if (on.isAfter(rules.today())) {
            throw new InvalidException("date", "problem.inTheFuture");
        }
        requireOpen(on);
        List<Entry> drafts = entries.stream()
                .filter(e -> e.posting() == original.posting() && !e.isReversal())
                .map(e -> e.reversal(on, reason.strip()))
                .toList();
        requireNoNegativeBalance(drafts);
        return drafts;
    }

    public FundingStatus status(LocalDate asOf) {
        return FundingStatus.of(entries, asOf);
    }

    public Map<String, Flows> byProject(LocalDate asOf) {
        return flows(asOf, Entry::project);
    }

    public Map<String, Flows> byOrganisation(LocalDate asOf) {
        return flows(asOf, Entry::organisation);
    }

    /** Each donor's contributions in USD (net of reversals) as of the date, in order of first deposit. */
    public Map<String, Money> contributionsByDonor(LocalDate asOf) {
        Map<String, Money> byDonor = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> e.type() == EntryType.CONTRIBUTION && !e.date().isAfter(asOf))
                .forEach(e -> byDonor.merge(e.donor(), e.usd(), Money::plus));
        return byDonor;
    }

    /** Whether the final expenditure report of a project for a year is recorded (and not reversed). */
    public boolean hasFinalReport(String project, int year) {
        return entries.stream()
                .filter(e -> e.type() == EntryType.EXPENDITURE
                        && e.kind() == ExpenditureKind.FINAL
                        && project.equals(e.project())
                        && Objects.equals(e.year(), year))
                .anyMatch(e -> !e.isReversal() && !isReversed(e.id()));
    }

    private Map<String, Flows> flows(LocalDate asOf, Function<Entry, String> key) {
        Map<String, Flows> result = new LinkedHashMap<>();
        for (Entry e : entries) {
            String k = key.apply(e);
            if (k != null && e.type().needsProject() && !e.date().isAfter(asOf)) {
                result.put(k, result.getOrDefault(k, Flows.NONE).add(e));
            }
        }
        return result;
    }

    private List<Entry> entriesFor(Posting p, BigDecimal rate, Money usd) {
        if (p instanceof Posting.Deposit d) {
            return deposit(d, rate, usd);
        } else if (p instanceof Posting.Transfer t) {
            return List.of(draft(EntryType.TRANSFER, p, rate, usd, null, t.project(), t.organisation()));
        } else if (p instanceof Posting.Refund r) {
            return List.of(draft(EntryType.REFUND, p, rate, usd, null, r.project(), r.organisation()));
        } else if (p instanceof Posting.Expenditure x) {
            return List.of(expenditure(x, rate, usd));
        } else if (p instanceof Posting.Interest i) {
            EntryType type = i.organisation() == null ? EntryType.FUND_INTEREST : EntryType.ORGANISATION_INTEREST;
            return List.of(draft(type, p, rate, usd, null, null, i.organisation()));
        } else if (p instanceof Posting.DirectCost c) {
            return List.of(draft(EntryType.DIRECT_COST, p, rate, usd, null, null, c.organisation()));
        } else if (p instanceof Posting.OtherIncome) {
            return List.of(draft(EntryType.OTHER_INCOME, p, rate, usd, null, null, null));
        } else if (p instanceof Posting.TransferToMdtf) {
            return List.of(draft(EntryType.TRANSFER_TO_MDTF, p, rate, usd, null, null, null));
        } else if (p instanceof Posting.DonorRefund r) {
            requireContributed(r.donor(), usd, p.date());
            return List.of(draft(EntryType.DONOR_REFUND, p, rate, usd, r.donor(), null, null));
        } else {
            return List.of(draft(EntryType.BANK_CHARGE, p, rate, usd, null, null, null));
        }
    }

    private List<Entry> deposit(Posting.Deposit d, BigDecimal rate, Money usd) {
        Money fee = usd.times(rules.feeRate(), USD_SCALE, ROUNDING);
        Money feeOriginal = d.amount().times(rules.feeRate(), USD_SCALE, ROUNDING);
        Entry contribution = draft(EntryType.CONTRIBUTION, d, rate, usd, d.donor(), null, null);
        Entry feeEntry = new Entry(
                0,
                0,
                EntryType.ADMINISTRATIVE_AGENT_FEE,
                d.date(),
                feeOriginal,
                rate,
                fee,
                d.donor(),
                null,
                null,
                null,
                null,
                null,
                "Administrative agent fee "
                        + rules.feeRate().movePointRight(2).stripTrailingZeros().toPlainString() + " %");
        return List.of(contribution, feeEntry);
    }

    private Entry expenditure(Posting.Expenditure x, BigDecimal rate, Money usd) {
        if (x.kind() == ExpenditureKind.FINAL && hasFinalReport(x.project(), x.year())) {
            throw new ReversalRefusedException("fund.finalReportRecorded", x.project(), String.valueOf(x.year()));
        }
        return new Entry(
                0,
                0,
                EntryType.EXPENDITURE,
                x.date(),
                x.amount(),
                rate,
                usd,
                null,
                x.project(),
                x.organisation(),
                x.kind(),
                x.year(),
                null,
                blankToNull(x.memo()));
    }

    private static Entry draft(
            EntryType type, Posting p, BigDecimal rate, Money usd, String donor, String project, String organisation) {
        return new Entry(
                0,
                0,
                type,
                p.date(),
                p.amount(),
                rate,
                usd,
                donor,
                project,
                organisation,
                null,
                null,
                null,
                blankToNull(p.memo()));
    }

    /** A donor is never refunded more than it has contributed, net of what it was refunded before. */
    private void requireContributed(String donor, Money usd, LocalDate on) {
        Money net = Money.zero(USD);
        for (Entry e : entries) {
            if (donor.equals(e.donor()) && !e.date().isAfter(on)) {
                if (e.type() == EntryType.CONTRIBUTION) {
                    net = net.plus(e.usd());
                } else if (e.type() == EntryType.DONOR_REFUND) {
                    net = net.minus(e.usd());
                }
            }
        }
        if (usd.compareTo(net) > 0) {
            throw new InsufficientBalanceException("fund.donorRefundBalance", usd, donor, net, on);
        }
    }

    private void requireOpen(LocalDate date) {
        if (rules.closedThrough() != null && !date.isAfter(rules.closedThrough())) {
            throw new ClosedPeriodException(date, rules.closedThrough());
        }
    }

    /**
     * The agent's balance, and each project's balance, must stay at or above zero both on the new entries'
     * date and after every later entry, so that no back-dated posting spends money that was not there.
     */
    private void requireNoNegativeBalance(List<Entry> drafts) {
        Ledger after = with(drafts);
        LocalDate from = drafts.get(0).date();
        List<LocalDate> checkpoints = new ArrayList<>();
        checkpoints.add(from);
        after.entries.stream()
                .map(Entry::date)
                .filter(d -> d.isAfter(from))
                .distinct()
                .forEach(checkpoints::add);
        for (LocalDate day : checkpoints) {
            FundingStatus s = after.status(day);
            if (s.balanceWithAgent().isNegative()) {
                throw new InsufficientBalanceException(
                        "fund.agentBalance",
                        s.balanceWithAgent(),
                        day,
                        status(day).balanceWithAgent());
            }
            for (var project : after.byProject(day).entrySet()) {
                if (project.getValue().balance().isNegative()) {
                    throw new InsufficientBalanceException(
                            "fund.projectBalance",
                            project.getKey(),
                            project.getValue().balance(),
                            day);
                }
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
