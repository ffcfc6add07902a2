package org.roadmapmonitor.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.reporting.Evidence;
import org.roadmapmonitor.reporting.Flag;
import org.roadmapmonitor.reporting.Narrative;
import org.roadmapmonitor.reporting.Transition;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for a report's narratives, evidence files, workflow transitions and return flags. */
@Repository
public class ContentRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ContentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Map<String, Narrative> narratives(long reportId) {
        var map = new LinkedHashMap<String, Narrative>();
        jdbc.sql(
                        "select objective_code, progress, challenges, support_needed from report_narrative where report_id = ?")
                .param(reportId)
                .query(rs -> {
                    map.put(
                            rs.getString(1),
                            new Narrative(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return map;
    }

    public void saveNarrative(long reportId, Narrative n, String actor, Instant now) {
        if (n.isEmpty()) {
            jdbc.sql("delete from report_narrative where report_id = ? and objective_code = ?")
                    .params(reportId, n.objective())
                    .update();
            return;
        }
        jdbc.sql("""
                insert into report_narrative (report_id, objective_code, progress, challenges, support_needed, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (report_id, objective_code) do update set progress = excluded.progress,
                  challenges = excluded.challenges, support_needed = excluded.support_needed,
                  updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(
                        reportId,
                        n.objective(),
                        n.progress(),
                        n.challenges(),
                        n.supportNeeded(),
                        Timestamp.from(now),
                        actor)
                .update();
    }

    /** One change of an objective's narrative, kept for the history and for the reviewer of a correction. */
    public record NarrativeRevision(
            String objective, Narrative before, Narrative after, Instant at, String by, long reportRevision) {}

    public void addNarrativeRevision(
            long reportId, String objective, Narrative before, Narrative after, String actor, Instant now, long rev) {
        Narrative b = before == null ? new Narrative(objective, null, null, null) : before;
        jdbc.sql("""
                insert into report_narrative_revision (report_id, objective_code, old_progress, new_progress,
                  old_challenges, new_challenges, old_support, new_support, changed_at, changed_by, report_revision)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        reportId,
                        objective,
                        b.progress(),
                        after.progress(),
                        b.challenges(),
                        after.challenges(),
                        b.supportNeeded(),
                        after.supportNeeded(),
                        Timestamp.from(now),
                        actor,
                        rev)
                .update();
    }

    /** Every change of a narrative, newest first. */
    public List<NarrativeRevision> narrativeRevisions(long reportId) {
        return jdbc.sql("""
                select objective_code, old_progress, old_challenges, old_support, new_progress, new_challenges,
                       new_support, changed_at, changed_by, report_revision
                from report_narrative_revision where report_id = ? order by id desc""")
                .param(reportId)
                .query((rs, i) -> new NarrativeRevision(
                        rs.getString(1),
                        new Narrative(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        new Narrative(rs.getString(1), rs.getString(5), rs.getString(6), rs.getString(7)),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9),
                        rs.getLong(10)))
                .list();
    }

    /** When the report was last returned for correction, if ever. */
    public Optional<Instant> lastReturn(long reportId) {
        return jdbc.sql("select max(occurred_at) from report_transition where report_id = ? and action = 'RETURN'")
                .param(reportId)
                .query((rs, i) -> rs.getTimestamp(1))
                .optional()
                .filter(t -> t != null)
                .map(Timestamp::toInstant);
    }

    public List<Evidence> evidence(long reportId) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, sha256, note, uploaded_at, uploaded_by
                from report_evidence where report_id = ? order by uploaded_at, id""")
                .param(reportId)
                .query((rs, i) -> new Evidence(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    public long addEvidence(
            long reportId,
            String name,
            String type,
            byte[] content,
            String sha256,
            String note,
            String actor,
            Instant now) {
        return jdbc.sql("""
                insert into report_evidence (report_id, file_name, content_type, size_bytes, sha256, content, note,
                  uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reportId, name, type, content.length, sha256, content, note, Timestamp.from(now), actor)
                .query(Long.class)
                .single();
    }

    public Optional<byte[]> evidenceContent(long reportId, long evidenceId) {
        return jdbc.sql("select content from report_evidence where report_id = ? and id = ?")
                .params(reportId, evidenceId)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }

    public boolean removeEvidence(long reportId, long evidenceId) {
        return jdbc.sql("delete from report_evidence where report_id = ? and id = ?")
                        .params(reportId, evidenceId)
                        .update()
                > 0;
    }

    public List<Flag> flags(long reportId) {
        return jdbc.sql("select kind, target, note from report_flag where report_id = ? order by kind, target")
                .param(reportId)
                .query((rs, i) -> new Flag(Flag.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .list();
    }

    public void replaceFlags(long reportId, List<Flag> flags) {
        jdbc.sql("delete from report_flag where report_id = ?").param(reportId).update();
        for (Flag f : flags) {
            jdbc.sql(
                            "insert into report_flag (report_id, kind, target, note) values (?, ?, ?, ?) on conflict do nothing")
                    .params(reportId, f.kind().name(), f.target(), f.note())
                    .update();
        }
    }

    public void addTransition(
            long reportId,
            ReportAction action,
            ReportState from,
            ReportState to,
            String actor,
            Instant now,
            String reason,
            List<Flag> flagged,
            Object snapshot) {
        jdbc.sql("""
                insert into report_transition (report_id, action, from_state, to_state, actor, occurred_at, reason, flagged, snapshot)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(
                        reportId,
                        action.name(),
                        from.name(),
                        to.name(),
                        actor,
                        Timestamp.from(now),
                        reason,
                        json.writeValueAsString(flagged),
                        snapshot == null ? null : json.writeValueAsString(snapshot))
                .update();
    }

    public List<Transition> transitions(long reportId) {
        return jdbc.sql("""
                select id, action, from_state, to_state, actor, occurred_at, reason, flagged::text
                from report_transition where report_id = ? order by id""")
                .param(reportId)
                .query((rs, i) -> new Transition(
                        rs.getLong(1),
                        ReportAction.valueOf(rs.getString(2)),
                        ReportState.valueOf(rs.getString(3)),
                        ReportState.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        json.readValue(rs.getString(8), new TypeReference<List<Flag>>() {})))
                .list();
    }

    /** The values as they were at the last validation, by indicator|disaggregation key (display strings). */
    public Optional<Map<String, String>> lastValidatedSnapshot(long reportId) {
        return jdbc.sql("""
                select snapshot::text from report_transition where report_id = ? and action = 'VALIDATE'
                order by id desc limit 1""")
                .param(reportId)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, new TypeReference<Map<String, String>>() {}));
    }

    /** Replaces the values recorded at the report's last validation (demo data only: see DemoDerivedValues). */
    void refreezeValidation(long reportId, Map<String, String> snapshot) {
        jdbc.sql("""
                update report_transition set snapshot = ?::jsonb
                where id = (select max(id) from report_transition where report_id = ? and action = 'VALIDATE')""").params(json.writeValueAsString(snapshot), reportId).update();
    }
}
