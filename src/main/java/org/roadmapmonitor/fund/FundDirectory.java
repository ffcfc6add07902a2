package org.roadmapmonitor.fund;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.fund.internal.FundRepository;
import org.roadmapmonitor.fund.internal.GrantRepository;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** Reads a fund and what belongs to it. Everything here is public, as on the MPTF Office Gateway. */
@Service
public class FundDirectory {
    private final FundRepository funds;
    private final GrantRepository grants;

    public FundDirectory(FundRepository funds, GrantRepository grants) {
        this.funds = funds;
        this.grants = grants;
    }

    public List<Fund> all() {
        return funds.all();
    }

    public Optional<Fund> find(String code) {
        return code == null ? Optional.empty() : funds.find(code.strip().toUpperCase());
    }

    public Fund require(String code) {
        return find(code).orElseThrow(() -> FundLedger.notFound(code));
    }

    public List<Fund.Organisation> organisations(String fund) {
        return funds.organisations(require(fund).code());
    }

    public List<Fund.Organisation> participatingOrganisations(String fund) {
        return organisations(fund).stream()
                .filter(o -> o.role() == Fund.Organisation.Role.PARTICIPATING_ORGANISATION)
                .toList();
    }

    public List<Fund.Donor> donors(String fund) {
        return funds.donors(require(fund).code());
    }

    public List<String> committeeSeats(String fund, String kind) {
        return funds.seats(fund, kind);
    }

    public List<Contribution.Agreement> agreements(String fund) {
        return funds.agreements(require(fund).code());
    }

    public List<Contribution.Pledge> pledges(String fund) {
        return funds.pledges(require(fund).code());
    }

    /** The calls of several funds in one query (feeds that list every fund must not ask per fund). */
    public Map<String, List<CallForProposals>> calls(Collection<String> funds) {
        return grants.calls(funds);
    }

    public List<CallForProposals> calls(String fund) {
        return grants.calls(require(fund).code());
    }

    /** The proposals this viewer may see: all of them for the fund's participants, the approved ones for others. */
    public List<Proposal> proposals(String fund) {
        String code = require(fund).code();
        boolean all = FundAccess.isParticipant(code);
        return grants.proposals(code).stream()
                .filter(p -> all || p.state() == Proposal.State.APPROVED)
                .toList();
    }

    public Proposal proposal(String fund, String code) {
        boolean all = FundAccess.isParticipant(require(fund).code());
        return grants.proposal(require(fund).code(), code)
                .filter(p -> all || p.state() == Proposal.State.APPROVED)
                .orElseThrow(() -> new NotFoundException("fund.noProposal", fund, code));
    }

    /** The committee's decisions this viewer may see: rejections and deferrals, and why, only for participants. */
    public List<Decision> decisions(String fund) {
        String code = require(fund).code();
        boolean all = FundAccess.isParticipant(code);
        return grants.decisions(code).stream()
                .filter(d -> all || d.outcome() == Decision.Outcome.APPROVED)
                .toList();
    }

    public boolean seesAllProposals(String fund) {
        return FundAccess.isParticipant(fund);
    }

    public List<Project> projects(String fund) {
        return grants.projects(require(fund).code());
    }

    public Project project(String fund, String code) {
        return projects(fund).stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("fund.noProject", fund, code));
    }
}
