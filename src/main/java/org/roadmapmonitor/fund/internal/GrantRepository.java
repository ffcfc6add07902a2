package org.roadmapmonitor.fund.internal;

import static org.roadmapmonitor.fund.internal.FundRepository.date;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.fund.CallForProposals;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.Proposal;
import org.roadmapmonitor.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for calls for proposals, proposals with their budgets and targets, decisions and projects. */
@Repository
public class GrantRepository {
    private final JdbcClient jdbc;

    public GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CallForProposals> calls(String fund) {
        return jdbc.sql("""
                select id, number, title, opens_on, closes_on, eligible from call_for_proposals
                where fund_code = ? order by number""")
                .param(fund)
                .query((rs, i) -> new CallForProposals(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), date(rs, 4), date(rs, 5), rs.getString(6)))
                .list();
    }

    public long insertCall(String fund, CallForProposals c) {
        return jdbc.sql("""
                insert into call_for_proposals (fund_code, number, title, opens_on, closes_on, eligible)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        fund,
                        c.number(),
                        c.title(),
                        Date.valueOf(c.opensOn()),
                        Date.valueOf(c.closesOn()),
                        c.eligible())
                .query(Long.class)
                .single();
    }

    public List<Proposal> proposals(String fund) {
        return jdbc.sql("""
                select p.*, c.number as call_number from proposal p left join call_for_proposals c on c.id = p.call_id
                where p.fund_code = ? order by p.submitted_on, p.code""").param(fund).query(this::proposal).list();
    }

    public Optional<Proposal> proposal(String fund, String code) {
        return jdbc.sql("""
                select p.*, c.number as call_number from proposal p left join call_for_proposals c on c.id = p.call_id
                where p.fund_code = ? and p.code = ?""").params(fund, code).query(this::proposal).optional();
    }

    public long insertProposal(String fund, Long callId, Proposal p, boolean demo) {
        long id = jdbc.sql("""
                insert into proposal (fund_code, call_id, code, title, organisation_code, office, summary, indirect_rate,
                                      submitted_on, state, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        fund,
                        callId,
                        p.code(),
                        p.title(),
                        p.organisation(),
                        p.office(),
                        p.summary(),
                        p.indirectRate(),
                        Date.valueOf(p.submittedOn()),
                        p.state().name(),
                        demo)
                .query(Long.class)
                .single();
        int position = 1;
        for (Proposal.BudgetLine line : p.budget()) {
            jdbc.sql(
                            "insert into proposal_budget_line (proposal_id, position, description, amount) values (?, ?, ?, ?)")
                    .params(id, position++, line.description(), line.amount().amount())
                    .update();
        }
        insertTargets(id, "OBJECTIVE", p.targets().objectives());
        insertTargets(id, "INDICATOR", p.targets().indicators());
        insertTargets(id, "JURISDICTION", p.targets().jurisdictions());
        return id;
    }

    public void setProposalState(long id, Proposal.State state) {
        jdbc.sql("update proposal set state = ? where id = ?")
                .params(state.name(), id)
                .update();
    }

    public List<Decision> decisions(String fund) {
        return jdbc.sql("""
                select d.id, p.code, d.meeting, d.decided_on, d.outcome, d.amount, d.reason
                from committee_decision d join proposal p on p.id = d.proposal_id
                where d.fund_code = ? order by d.decided_on, d.id""")
                .param(fund)
                .query((rs, i) -> new Decision(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        date(rs, 4),
                        Decision.Outcome.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6) == null ? null : Money.of(rs.getBigDecimal(6), "USD"),
                        rs.getString(7)))
                .list();
    }

    public long insertDecision(String fund, long proposalId, Decision d, Instant at, String actor) {
        return jdbc.sql("""
                insert into committee_decision (fund_code, proposal_id, meeting, decided_on, outcome, amount, reason,
                                                recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        fund,
                        proposalId,
                        d.meeting(),
                        Date.valueOf(d.decidedOn()),
                        d.outcome().name(),
                        d.amount() == null ? null : d.amount().amount(),
                        d.reason(),
                        Timestamp.from(at),
                        actor)
                .query(Long.class)
                .single();
    }

    public List<Project> projects(String fund) {
        return jdbc.sql("""
                select pr.*, p.code as proposal_code, p.id as pid from project pr join proposal p on p.id = pr.proposal_id
                where pr.fund_code = ? order by pr.code""").param(fund).query(this::project).list();
    }

    public void insertProject(String fund, long proposalId, Project p) {
        jdbc.sql("""
                insert into project (fund_code, code, proposal_id, title, organisation_code, office, status,
                                     approved_amount, start_date, end_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        fund,
                        p.code(),
                        proposalId,
                        p.title(),
                        p.organisation(),
                        p.office(),
                        p.status().name(),
                        p.approved().amount(),
                        p.startDate() == null ? null : Date.valueOf(p.startDate()),
                        p.endDate() == null ? null : Date.valueOf(p.endDate()))
                .update();
    }

    public void setProjectStatus(String fund, String code, Project.Status status) {
        jdbc.sql("update project set status = ? where fund_code = ? and code = ?")
                .params(status.name(), fund, code)
                .update();
    }

    private void insertTargets(long proposalId, String kind, List<String> codes) {
        for (String code : codes) {
            jdbc.sql("insert into proposal_target (proposal_id, kind, code) values (?, ?, ?) on conflict do nothing")
                    .params(proposalId, kind, code)
                    .update();
        }
    }

    private Proposal.Targets targets(long proposalId) {
        var rows = jdbc.sql("select kind, code from proposal_target where proposal_id = ? order by kind, code")
                .param(proposalId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        return new Proposal.Targets(
                rows.stream()
                        .filter(r -> r[0].equals("OBJECTIVE"))
                        .map(r -> r[1])
                        .toList(),
                rows.stream()
                        .filter(r -> r[0].equals("INDICATOR"))
                        .map(r -> r[1])
                        .toList(),
                rows.stream()
                        .filter(r -> r[0].equals("JURISDICTION"))
                        .map(r -> r[1])
                        .toList());
    }

    private Proposal proposal(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Proposal.BudgetLine> lines = jdbc.sql(
                        "select description, amount from proposal_budget_line where proposal_id = ? order by position")
                .param(id)
                .query((r, i) -> new Proposal.BudgetLine(r.getString(1), Money.of(r.getBigDecimal(2), "USD")))
                .list();
        return new Proposal(
                id,
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("organisation_code"),
                rs.getString("office"),
                (Integer) rs.getObject("call_number"),
                rs.getString("summary"),
                rs.getBigDecimal("indirect_rate").stripTrailingZeros(),
                date(rs, "submitted_on"),
                Proposal.State.valueOf(rs.getString("state")),
                lines,
                targets(id));
    }

    private Project project(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("organisation_code"),
                rs.getString("office"),
                Project.Status.valueOf(rs.getString("status")),
                Money.of(rs.getBigDecimal("approved_amount"), "USD"),
                rs.getString("proposal_code"),
                date(rs, "start_date"),
                date(rs, "end_date"),
                targets(rs.getLong("pid")));
    }
}
