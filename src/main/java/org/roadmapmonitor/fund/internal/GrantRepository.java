package org.roadmapmonitor.fund.internal;

import static org.roadmapmonitor.fund.internal.FundRepository.date;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public Map<String, List<CallForProposals>> calls(Collection<String> funds) {
        var out = new LinkedHashMap<String, List<CallForProposals>>();
        funds.forEach(f -> out.put(f, new ArrayList<>()));
        jdbc.sql("""
                        select fund_code, id, number, title, opens_on, closes_on, eligible from call_for_proposals
                        where fund_code = any(?) order by fund_code, number""")
                .param(funds.toArray(String[]::new))
                .query((rs, i) -> Map.entry(
                        rs.getString(1),
                        new CallForProposals(
                                rs.getLong(2),
                                rs.getInt(3),
                                rs.getString(4),
                                date(rs, 5),
                                date(rs, 6),
                                rs.getString(7))))
                .list()
                .forEach(e -> out.get(e.getKey()).add(e.getValue()));
        return out;
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
        var rows = jdbc.sql("""
                select p.*, c.number as call_number from proposal p left join call_for_proposals c on c.id = p.call_id
                where p.fund_code = ? order by p.submitted_on, p.code""").param(fund).query(GrantRepository::proposalRow).list();
        return withDetails(fund, rows);
    }

    public Optional<Proposal> proposal(String fund, String code) {
        var rows = jdbc.sql("""
                select p.*, c.number as call_number from proposal p left join call_for_proposals c on c.id = p.call_id
                where p.fund_code = ? and p.code = ?""")
                .params(fund, code)
                .query(GrantRepository::proposalRow)
                .list();
        return withDetails(fund, rows).stream().findFirst();
    }

    /** Budget lines and targets of a fund's proposals in two queries, however many proposals there are. */
    private List<Proposal> withDetails(String fund, List<ProposalRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Proposal.BudgetLine>> lines = new HashMap<>();
        jdbc.sql("""
                select l.proposal_id, l.description, l.amount from proposal_budget_line l
                join proposal p on p.id = l.proposal_id where p.fund_code = ? order by l.proposal_id, l.position""").param(fund).query(rs -> {
            lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Proposal.BudgetLine(rs.getString(2), Money.of(rs.getBigDecimal(3), "USD")));
        });
        Map<Long, Proposal.Targets> targets = targets(fund);
        return rows.stream()
                .map(r -> r.proposal(lines.getOrDefault(r.id(), List.of()), targets.getOrDefault(r.id(), NO_TARGETS)))
                .toList();
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
                select d.id, p.code, d.meeting, d.decided_on, d.outcome, d.amount, d.reason, d.meeting_link
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
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    public long insertDecision(String fund, long proposalId, Decision d, Instant at, String actor) {
        return jdbc.sql("""
                insert into committee_decision (fund_code, proposal_id, meeting, decided_on, outcome, amount, reason,
                                                recorded_at, recorded_by, meeting_link)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        fund,
                        proposalId,
                        d.meeting(),
                        Date.valueOf(d.decidedOn()),
                        d.outcome().name(),
                        d.amount() == null ? null : d.amount().amount(),
                        d.reason(),
                        Timestamp.from(at),
                        actor,
                        d.meetingLink())
                .query(Long.class)
                .single();
    }

    public List<Project> projects(String fund) {
        Map<Long, Proposal.Targets> targets = targets(fund);
        return jdbc.sql("""
                select pr.*, p.code as proposal_code, p.id as pid from project pr join proposal p on p.id = pr.proposal_id
                where pr.fund_code = ? order by pr.code""")
                .param(fund)
                .query((rs, i) -> project(rs, targets.getOrDefault(rs.getLong("pid"), NO_TARGETS)))
                .list();
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

    private static final Proposal.Targets NO_TARGETS = new Proposal.Targets(List.of(), List.of(), List.of());

    /** The objectives, indicators and jurisdictions every proposal of a fund targets, by proposal id. */
    private Map<Long, Proposal.Targets> targets(String fund) {
        Map<Long, Map<String, List<String>>> byKind = new HashMap<>();
        jdbc.sql("""
                select t.proposal_id, t.kind, t.code from proposal_target t join proposal p on p.id = t.proposal_id
                where p.fund_code = ? order by t.proposal_id, t.kind, t.code""").param(fund).query(rs -> {
            byKind.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                    .add(rs.getString(3));
        });
        Map<Long, Proposal.Targets> targets = new HashMap<>();
        byKind.forEach((id, kinds) -> targets.put(
                id,
                new Proposal.Targets(
                        kinds.getOrDefault("OBJECTIVE", List.of()),
                        kinds.getOrDefault("INDICATOR", List.of()),
                        kinds.getOrDefault("JURISDICTION", List.of()))));
        return targets;
    }

    /** A proposal row before its budget lines and targets are attached. */
    private record ProposalRow(
            long id,
            String code,
            String title,
            String organisation,
            String office,
            Integer callNumber,
            String summary,
            java.math.BigDecimal indirectRate,
            java.time.LocalDate submittedOn,
            Proposal.State state) {
        Proposal proposal(List<Proposal.BudgetLine> lines, Proposal.Targets targets) {
            return new Proposal(
                    id,
                    code,
                    title,
                    organisation,
                    office,
                    callNumber,
                    summary,
                    indirectRate,
                    submittedOn,
                    state,
                    lines,
                    targets);
        }
    }

    private static ProposalRow proposalRow(ResultSet rs, int row) throws SQLException {
        return new ProposalRow(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("organisation_code"),
                rs.getString("office"),
                (Integer) rs.getObject("call_number"),
                rs.getString("summary"),
                rs.getBigDecimal("indirect_rate").stripTrailingZeros(),
                date(rs, "submitted_on"),
                Proposal.State.valueOf(rs.getString("state")));
    }

    private static Project project(ResultSet rs, Proposal.Targets targets) throws SQLException {
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
                targets);
    }
}
