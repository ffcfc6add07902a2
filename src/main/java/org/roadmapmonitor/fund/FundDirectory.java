package org.roadmapmonitor.fund;

import java.util.List;
import java.util.Optional;
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

    public List<CallForProposals> calls(String fund) {
        return grants.calls(require(fund).code());
    }

    public List<Proposal> proposals(String fund) {
        return grants.proposals(require(fund).code());
    }

    public Proposal proposal(String fund, String code) {
        return grants.proposal(require(fund).code(), code)
                .orElseThrow(() -> new NotFoundException("fund.noProposal", fund, code));
    }

    public List<Decision> decisions(String fund) {
        return grants.decisions(require(fund).code());
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
