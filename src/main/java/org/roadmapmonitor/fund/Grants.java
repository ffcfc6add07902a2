package org.roadmapmonitor.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.fund.internal.FundRepository;
import org.roadmapmonitor.fund.internal.GrantRepository;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From call to project: calls for proposals, proposals by participating organisations, the steering
 * committee's decisions (an approval makes the proposal a project in the pipeline), project status.
 */
@Service
public class Grants {
    private final FundRepository funds;
    private final GrantRepository grants;
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Grants(
            FundRepository funds,
            GrantRepository grants,
            FrameworkCatalogue frameworks,
            JurisdictionDirectory jurisdictions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.funds = funds;
        this.grants = grants;
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CallForProposals openCall(String fund, CallForProposals call) {
        FundAccess.requireAdminOrSecretariat(fund);
        Fund f = fund(fund);
        List<Problem> problems = new ArrayList<>();
        if (call.number() < 1) {
            problems.add(Problem.at("number", "fund.problem.callNumber"));
        }
        if (call.title() == null || call.title().isBlank()) {
            problems.add(Problem.at("title", "problem.required"));
        }
        if (call.opensOn() == null || call.closesOn() == null) {
            problems.add(Problem.at("closesOn", "fund.problem.bothDates"));
        } else if (call.closesOn().isBefore(call.opensOn())) {
            problems.add(Problem.at("closesOn", "problem.closesBeforeOpens"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.call", problems);
        }
        if (grants.calls(f.code()).stream().anyMatch(c -> c.number() == call.number())) {
            throw new ConflictException("fund.callExists", fund, String.valueOf(call.number()));
        }
        String eligible = call.eligible() == null || call.eligible().isBlank()
                ? "Offices of the participating organisations"
                : call.eligible().strip();
        var saved =
                new CallForProposals(0, call.number(), call.title().strip(), call.opensOn(), call.closesOn(), eligible);
        long id = grants.insertCall(f.code(), saved);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "call-for-proposals",
                fund + "/" + call.number(),
                ChangeMade.summary("audit.summary.call.opened", call.number()),
                null,
                saved));
        return new CallForProposals(id, saved.number(), saved.title(), saved.opensOn(), saved.closesOn(), eligible);
    }

    /** A participating organisation submits a proposal (for itself only), linked to what it serves. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Proposal submit(String fund, Proposal p, boolean demo) {
        Fund f = fund(fund);
        var organisation = funds.organisations(f.code()).stream()
                .filter(o -> o.code().equals(p.organisation())
                        && o.role() == Fund.Organisation.Role.PARTICIPATING_ORGANISATION)
                .findFirst();
        FundAccess.requireAdminOrOrganisation(f.code(), organisation.orElse(null));
        List<Problem> problems = new ArrayList<>();
        if (p.code() == null || !p.code().matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
            problems.add(Problem.at("code", "fund.problem.proposalCode"));
        }
        if (p.title() == null || p.title().isBlank()) {
            problems.add(Problem.at("title", "problem.required"));
        }
        if (organisation.isEmpty()) {
            problems.add(Problem.at("organisation", "fund.problem.notAnOrganisation"));
        }
        var call = p.callNumber() == null
                ? null
                : grants.calls(f.code()).stream()
                        .filter(c -> c.number() == p.callNumber())
                        .findFirst()
                        .orElse(null);
        if (p.callNumber() != null && call == null) {
            problems.add(Problem.at("call", "fund.problem.notACall"));
        }
        if (p.budget().isEmpty() || !p.directCosts().isPositive()) {
            problems.add(Problem.at("budget", "fund.problem.budget"));
        }
        targetProblems(f, p.targets(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.proposal", problems);
        }
        if (grants.proposal(f.code(), p.code()).isPresent()) {
            throw new ConflictException("fund.proposalExists", fund, p.code());
        }
        var submitted = new Proposal(
                0,
                p.code(),
                p.title().strip(),
                p.organisation(),
                p.office(),
                p.callNumber(),
                p.summary(),
                p.indirectRate() == null ? f.indirectRate() : p.indirectRate(),
                p.submittedOn() == null ? LocalDate.now(clock) : p.submittedOn(),
                Proposal.State.SUBMITTED,
                p.budget(),
                p.targets());
        grants.insertProposal(f.code(), call == null ? null : call.id(), submitted, demo);
        Proposal saved = grants.proposal(f.code(), p.code()).orElseThrow();
        events.publishEvent(new ChangeMade(
                "CREATE",
                "proposal",
                fund + "/" + p.code(),
                ChangeMade.summary("audit.summary.proposal.submitted", p.code()),
                null,
                saved));
        return saved;
    }

    /** Records the steering committee's decision; an approval turns the proposal into a project. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Decision decide(String fund, Decision d) {
        FundAccess.requireAdminOrSecretariat(fund);
        Fund f = fund(fund);
        List<Problem> problems = new ArrayList<>();
        var proposal = grants.proposal(f.code(), d.proposal() == null ? "" : d.proposal());
        if (proposal.isEmpty()) {
            problems.add(Problem.at("proposal", "fund.problem.notAProposal"));
        }
        if (d.meeting() == null || d.meeting().isBlank()) {
            problems.add(Problem.at("meeting", "fund.problem.meeting"));
        }
        if (d.decidedOn() == null) {
            problems.add(Problem.at("decidedOn", "problem.required"));
        }
        if (d.meetingLink() != null && !d.meetingLink().matches("/meetings/[0-9]{1,18}")) {
            problems.add(Problem.at("meeting", "fund.problem.meeting"));
        }
        if (d.outcome() == null) {
            problems.add(Problem.at("outcome", "fund.problem.outcome"));
        } else if (d.outcome() == Decision.Outcome.APPROVED) {
            if (d.amount() == null
                    || !d.amount().isPositive()
                    || !"USD".equals(d.amount().currency())) {
                problems.add(Problem.at("amount", "fund.problem.approvalAmount"));
            } else if (proposal.isPresent()
                    && d.amount().compareTo(proposal.get().total()) > 0) {
                problems.add(Problem.at(
                        "amount", "fund.problem.overBudget", proposal.get().total()));
            }
        } else if (d.reason() == null || d.reason().isBlank()) {
            problems.add(Problem.at("reason", "fund.problem.reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.decision", problems);
        }
        Proposal p = proposal.get();
        if (p.state() == Proposal.State.APPROVED || p.state() == Proposal.State.REJECTED) {
            throw new ConflictException(
                    "fund.proposalDecided", p.code(), p.state().name().toLowerCase());
        }
        Decision clean = new Decision(
                0,
                p.code(),
                d.meeting().strip(),
                d.decidedOn(),
                d.outcome(),
                d.outcome() == Decision.Outcome.APPROVED ? d.amount() : null,
                d.reason(),
                d.meetingLink());
        long id = grants.insertDecision(f.code(), p.id(), clean, clock.instant(), CurrentUser.actor());
        grants.setProposalState(p.id(), Proposal.State.valueOf(d.outcome().name()));
        if (d.outcome() == Decision.Outcome.APPROVED) {
            grants.insertProject(
                    f.code(),
                    p.id(),
                    new Project(
                            p.code(),
                            p.title(),
                            p.organisation(),
                            p.office(),
                            Project.Status.PIPELINE,
                            d.amount(),
                            p.code(),
                            d.decidedOn(),
                            null,
                            p.targets()));
        }
        events.publishEvent(new ChangeMade(
                "DECIDE",
                "proposal",
                fund + "/" + p.code(),
                ChangeMade.summary(
                        "audit.summary.proposal.decided",
                        p.code(),
                        ChangeMade.word("fund.outcome." + d.outcome().name()),
                        d.meeting()),
                Map.of("state", p.state().name()),
                clean));
        return new Decision(
                id,
                clean.proposal(),
                clean.meeting(),
                clean.decidedOn(),
                clean.outcome(),
                clean.amount(),
                clean.reason(),
                clean.meetingLink());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Project setStatus(String fund, String projectCode, Project.Status status) {
        FundAccess.requireAdmin(fund);
        Fund f = fund(fund);
        Project p = grants.projects(f.code()).stream()
                .filter(x -> x.code().equals(projectCode))
                .findFirst()
                .orElseThrow(
                        () -> new org.roadmapmonitor.shared.NotFoundException("fund.noProject", fund, projectCode));
        if (status == null || !p.status().canBecome(status)) {
            throw new ConflictException(
                    "fund.projectStatus", p.code(), p.status(), p.status().next());
        }
        grants.setProjectStatus(f.code(), p.code(), status);
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "project",
                fund + "/" + p.code(),
                ChangeMade.summary(
                        "audit.summary.project.status", p.code(), ChangeMade.word("fund.project." + status.name())),
                Map.of("status", p.status().name()),
                Map.of("status", status.name())));
        return grants.projects(f.code()).stream()
                .filter(x -> x.code().equals(projectCode))
                .findFirst()
                .orElseThrow();
    }

    private void targetProblems(Fund f, Proposal.Targets t, List<Problem> problems) {
        for (String j : t.jurisdictions()) {
            if (!jurisdictions.exists(j)) {
                problems.add(Problem.at("jurisdictions", "fund.problem.notAJurisdiction", j));
            }
        }
        if (f.frameworkCode() == null) {
            return;
        }
        FrameworkDocument doc = frameworks.latest(f.frameworkCode());
        for (String o : t.objectives()) {
            if (doc.objective(o).isEmpty()) {
                problems.add(Problem.at("objectives", "fund.problem.notAnObjective", o, f.frameworkCode()));
            }
        }
        for (String i : t.indicators()) {
            if (doc.indicator(i).isEmpty()) {
                problems.add(Problem.at("indicators", "fund.problem.notAKpi", i, f.frameworkCode()));
            }
        }
    }

    private Fund fund(String code) {
        return funds.find(code).orElseThrow(() -> FundLedger.notFound(code));
    }
}
