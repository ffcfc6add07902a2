package org.roadmapmonitor.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.fund.internal.FundRepository;
import org.roadmapmonitor.fund.internal.GrantRepository;
import org.roadmapmonitor.fund.internal.LedgerRepository;
import org.roadmapmonitor.fund.internal.Postings;
import org.roadmapmonitor.fund.internal.StatusLines;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.EntryType;
import org.roadmapmonitor.fund.ledger.FundingStatus;
import org.roadmapmonitor.fund.ledger.Ledger;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.MessageTexts;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fund's books: records postings and reversals through the plain-Java {@link Ledger} (which holds every
 * rule), closes periods, and reads the funding status as of any date. Postings to one fund are serialised
 * by locking the fund's row, so the balance checks see every earlier entry.
 */
@Service
public class FundLedger {
    private final FundRepository funds;
    private final GrantRepository grants;
    private final LedgerRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Texts texts;

    public FundLedger(
            FundRepository funds,
            GrantRepository grants,
            LedgerRepository entries,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages) {
        this.funds = funds;
        this.grants = grants;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
        this.texts = MessageTexts.of(messages);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Ledger ledger(String fundCode) {
        Fund fund = fund(fundCode);
        return new Ledger(entries.entries(fundCode), rules(fund));
    }

    public FundingStatus status(String fundCode, LocalDate asOf) {
        return ledger(fundCode).status(asOf == null ? today() : asOf);
    }

    /** The funding status as of a day and at the end of the years before it (the Gateway's columns). */
    public StatusLines.Columns statusColumns(String fundCode, LocalDate asOf) {
        LocalDate day = asOf == null ? today() : asOf;
        Ledger ledger = ledger(fundCode);
        return new StatusLines.Columns(ledger.status(StatusLines.priorYearsEnd(day)), ledger.status(day));
    }

    public Entry entry(String fundCode, long id) {
        return ledger(fundCode).entry(id).orElseThrow(() -> new NotFoundException("fund.noLedgerEntry", fundCode, id));
    }

    /** Records a money movement; returns the entries written (a deposit's contribution, then its fee). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Entry> record(String fundCode, PostingKind kind, PostingRequest request) {
        FundAccess.requirePosterFor(fundCode);
        Fund fund = funds.lock(fundCode).orElseThrow(() -> notFound(fundCode));
        var context = Postings.context(fund, funds, grants, texts);
        context.authorise(kind, request);
        Ledger ledger = new Ledger(entries.entries(fundCode), rules(fund));
        List<Problem> problems = new ArrayList<>();
        var posting = context.read(kind, request, problems);
        if (posting != null) {
            problems.addAll(ledger.problems(posting));
            problems.addAll(context.projectRules(kind, posting, ledger));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "fund.refused.posting", problems.size());
        }
        String actor = CurrentUser.actor();
        List<Entry> written = entries.append(
                fundCode,
                ledger.post(posting),
                clock.instant(),
                actor,
                context.rateSource(posting, actor, clock.instant()));
        activateOnFirstTransfer(fundCode, context.project(main(written).project()), written);
        Entry main = main(written);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "ledger-entry",
                fundCode + "/" + main.id(),
                ChangeMade.summary(
                        "audit.summary.ledger.recorded",
                        ChangeMade.word("fund.type." + main.type().name()),
                        fundCode,
                        main.amount(),
                        main.usd()),
                null,
                written));
        if (main.type() == EntryType.CONTRIBUTION) {
            events.publishEvent(
                    new DepositRecorded(fundCode, main.id(), main.donor(), main.date(), main.amount(), main.usd()));
        }
        return written;
    }

    /** Reverses the posting of an entry (a deposit with its fee), dated {@code on} (today when null). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<Entry> reverse(String fundCode, long entryId, LocalDate on, String reason) {
        FundAccess.requireAdmin(fundCode);
        Fund fund = funds.lock(fundCode).orElseThrow(() -> notFound(fundCode));
        Ledger ledger = new Ledger(entries.entries(fundCode), rules(fund));
        List<Entry> written = entries.append(
                fundCode,
                ledger.reverse(entryId, on == null ? today() : on, reason),
                clock.instant(),
                CurrentUser.actor(),
                entries.rateSources(fundCode).get(entryId));
        events.publishEvent(new ChangeMade(
                "REVERSE",
                "ledger-entry",
                fundCode + "/" + entryId,
                ChangeMade.summary("audit.summary.ledger.reversed", entryId, fundCode, reason),
                ledger.entry(entryId).orElseThrow(),
                written));
        return written;
    }

    /** Closes the books through a day: nothing can be posted on or before it any more, and it never reopens. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Fund closeBooks(String fundCode, LocalDate through) {
        FundAccess.requireAdmin(fundCode);
        Fund before = funds.lock(fundCode).orElseThrow(() -> notFound(fundCode));
        if (through == null) {
            throw new InvalidException("closedThrough", "fund.problem.closeThrough");
        }
        if (before.closedThrough() != null && !through.isAfter(before.closedThrough())) {
            throw new InvalidException("closedThrough", "fund.problem.closedAlready", before.closedThrough());
        }
        if (through.isAfter(today())) {
            throw new InvalidException("closedThrough", "fund.problem.periodNotEnded");
        }
        funds.closeBooks(fundCode, through);
        events.publishEvent(new ChangeMade(
                "CLOSE",
                "fund",
                fundCode,
                ChangeMade.summary("audit.summary.books.closed", fundCode, through),
                Map.of("closedThrough", String.valueOf(before.closedThrough())),
                Map.of("closedThrough", through.toString())));
        return fund(fundCode);
    }

    /** Each donor's contributions as of a date, keyed by donor code. */
    public Map<String, org.roadmapmonitor.shared.Money> contributionsByDonor(String fundCode, LocalDate asOf) {
        return ledger(fundCode).contributionsByDonor(asOf == null ? today() : asOf);
    }

    /** One page of a ledger's entries, newest first, with the reversal of each shown entry (if any). */
    public record LedgerPage(List<Entry> entries, Map<Long, Long> reversals, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** The entries that match, one page at a time: filtered and paged in SQL, not in memory. */
    @Transactional(readOnly = true)
    public LedgerPage entries(String fundCode, LedgerQuery query, int page, int size) {
        int p = Math.max(0, page);
        var shown = entries.page(fundCode, query, p * size, size);
        var reversals =
                entries.reversalsOf(fundCode, shown.stream().map(Entry::id).toList());
        return new LedgerPage(shown, reversals, entries.count(fundCode, query), p, size);
    }

    /** Hands every matching entry, in booking order, to {@code row} as it is read (for streaming exports). */
    @Transactional(readOnly = true)
    public void export(String fundCode, LedgerQuery query, java.util.function.Consumer<Entry> row) {
        entries.forEach(fundCode, query, row);
    }

    /** The ledger's entries, newest first, each with the id of the entry that reversed it (if any). */
    public List<Entry> entriesNewestFirst(String fundCode) {
        var all = new ArrayList<>(ledger(fundCode).entries());
        all.sort((a, b) -> Long.compare(b.id(), a.id()));
        return all;
    }

    /** Where each entry's USD rate came from and who entered it, by entry id (none for USD entries). */
    public Map<Long, RateSource> rateSources(String fundCode) {
        var sources = entries.rateSources(fundCode);
        if (FundAccess.isParticipant(fundCode)) {
            return sources;
        }
        // The public sees where a rate came from, not which member of staff entered it.
        var shown = new LinkedHashMap<Long, RateSource>();
        sources.forEach((id, s) -> shown.put(id, new RateSource(s.kind(), null, null)));
        return shown;
    }

    public Map<Long, Long> reversals(String fundCode) {
        return ledger(fundCode).entries().stream()
                .filter(Entry::isReversal)
                .collect(Collectors.toMap(Entry::reverses, Entry::id, (a, b) -> a, LinkedHashMap::new));
    }

    private static Entry main(List<Entry> written) {
        return written.get(0);
    }

    /** A project in the pipeline becomes active when its first money arrives. */
    private void activateOnFirstTransfer(String fundCode, Project project, List<Entry> written) {
        if (project != null
                && main(written).type() == EntryType.TRANSFER
                && project.status() == Project.Status.PIPELINE) {
            grants.setProjectStatus(fundCode, project.code(), Project.Status.ACTIVE);
            events.publishEvent(new ChangeMade(
                    "UPDATE",
                    "project",
                    fundCode + "/" + project.code(),
                    ChangeMade.summary("audit.summary.project.activated", project.code()),
                    Map.of("status", project.status().name()),
                    Map.of("status", Project.Status.ACTIVE.name())));
        }
    }

    private Fund fund(String code) {
        return funds.find(code).orElseThrow(() -> notFound(code));
    }

    static Ledger.Rules rules(Fund fund, LocalDate today) {
        return new Ledger.Rules(fund.startDate(), fund.closedThrough(), fund.feeRate(), today);
    }

    private Ledger.Rules rules(Fund fund) {
        return rules(fund, today());
    }

    static NotFoundException notFound(String code) {
        return new NotFoundException("fund.noFund", code);
    }

    static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
