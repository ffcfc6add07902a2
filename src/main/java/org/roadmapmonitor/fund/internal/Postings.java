package org.roadmapmonitor.fund.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.PostingKind;
import org.roadmapmonitor.fund.PostingRequest;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.RateSource;
import org.roadmapmonitor.fund.ledger.Flows;
import org.roadmapmonitor.fund.ledger.Ledger;
import org.roadmapmonitor.fund.ledger.Posting;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

/**
 * What a posting needs to know about its fund beyond the ledger: the donors, projects and organisations it
 * may name, who may record it, and the project rules (no transfer beyond the approved amount or to a
 * closed project).
 */
public final class Postings {
    private final Fund fund;
    private final FundRepository funds;
    private final Map<String, Fund.Donor> donors;
    private final Map<String, Project> projects;
    private final Map<String, Fund.Organisation> organisations;
    private final Texts texts;
    private FundRepository.FxRate tableRate;

    private Postings(Fund fund, FundRepository funds, GrantRepository grants, Texts texts) {
        this.fund = fund;
        this.texts = texts;
        this.funds = funds;
        this.donors = byCode(funds.donors(fund.code()), Fund.Donor::code);
        this.projects = byCode(grants.projects(fund.code()), Project::code);
        this.organisations = byCode(
                funds.organisations(fund.code()).stream()
                        .filter(o -> o.role() == Fund.Organisation.Role.PARTICIPATING_ORGANISATION)
                        .toList(),
                Fund.Organisation::code);
    }

    public static Postings context(Fund fund, FundRepository funds, GrantRepository grants, Texts texts) {
        return new Postings(fund, funds, grants, texts);
    }

    public Project project(String code) {
        return projects.get(code);
    }

    /** Checked before anything else, so that a caller without the right learns nothing from the answer. */
    public void authorise(PostingKind kind, PostingRequest r) {
        switch (kind) {
            case DEPOSIT, TRANSFER, DIRECT_COST, BANK_CHARGE, OTHER_INCOME, TRANSFER_TO_MDTF, DONOR_REFUND ->
                FundAccess.requireAdmin(fund.code());
            case REFUND, EXPENDITURE -> {
                Project p =
                        r.project() == null ? null : projects.get(r.project().strip());
                FundAccess.requireAdminOrOrganisation(
                        fund.code(), p == null ? null : organisations.get(p.organisation()));
            }
            case INTEREST -> {
                Fund.Organisation o = r.organisation() == null
                        ? null
                        : organisations.get(r.organisation().strip());
                if (o == null) {
                    FundAccess.requireAdmin(fund.code());
                } else {
                    FundAccess.requireAdminOrOrganisation(fund.code(), o);
                }
            }
        }
    }

    public Posting read(PostingKind kind, PostingRequest r, List<Problem> problems) {
        return new PostingReader(donors, projects, organisations, this::tableRate, texts, problems).read(kind, r);
    }

    /** The fund's own rate of the day; only this fund's rates are ever used for its postings. */
    private BigDecimal tableRate(String currency, LocalDate on) {
        tableRate = funds.fxRate(fund.code(), currency, on).orElse(null);
        return tableRate == null ? null : tableRate.usdRate();
    }

    /**
     * Where the USD rate of the posting just {@link #read read} came from: the fund's rate table (and who
     * entered the rate there), or the posting itself, entered by the person recording it; none for USD.
     */
    public RateSource rateSource(Posting posting, String actor, Instant at) {
        if ("USD".equals(posting.amount().currency())) {
            return null;
        }
        return tableRate != null
                ? new RateSource(RateSource.Kind.TABLE, tableRate.enteredBy(), tableRate.enteredAt())
                : new RateSource(RateSource.Kind.POSTING, actor, at);
    }

    public List<Problem> projectRules(PostingKind kind, Posting posting, Ledger ledger) {
        List<Problem> problems = new ArrayList<>();
        if (!(posting instanceof Posting.Transfer t)) {
            if (posting instanceof Posting.Expenditure || posting instanceof Posting.Refund) {
                Project p = projects.get(projectOf(posting));
                if (p != null && p.status() == Project.Status.FINANCIALLY_CLOSED) {
                    problems.add(Problem.at("project", "fund.problem.financiallyClosed", p.code()));
                }
            }
            return problems;
        }
        Project p = projects.get(t.project());
        if (p == null) {
            return problems;
        }
        if (p.status() == Project.Status.OPERATIONALLY_CLOSED || p.status() == Project.Status.FINANCIALLY_CLOSED) {
            problems.add(Problem.at("project", "fund.problem.projectClosed", p.code()));
        }
        Flows flows = ledger.byProject(ledger.rules().today().plusYears(100)).getOrDefault(p.code(), Flows.NONE);
        Money usd = "USD".equals(t.amount().currency())
                ? t.amount()
                : t.amount().convert("USD", t.usdRate() == null ? BigDecimal.ONE : t.usdRate(), 2, Ledger.ROUNDING);
        Money after = flows.netFunded().plus(usd);
        if (after.compareTo(p.approved()) > 0) {
            problems.add(Problem.at("amount", "fund.problem.aboveApproved", p.code(), after, p.approved()));
        }
        return problems;
    }

    private static String projectOf(Posting p) {
        if (p instanceof Posting.Expenditure x) {
            return x.project();
        }
        return p instanceof Posting.Refund r ? r.project() : null;
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
