package org.roadmapmonitor.coordination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.roadmapmonitor.coordination.MeetingDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for a meeting's decisions. */
@Repository
public class DecisionRepository {
    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long meeting, String text, Long fundDecision, String actor, Instant now) {
        return jdbc.sql("""
                insert into meeting_decision (meeting_id, text, fund_decision_id, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(meeting, text, fundDecision, Timestamp.from(now), actor)
                .query(Long.class)
                .single();
    }

    public List<MeetingDecision> of(long meeting) {
        return jdbc.sql("""
                select id, meeting_id, text, fund_decision_id from meeting_decision where meeting_id = ? order by id""")
                .param(meeting)
                .query((rs, i) -> {
                    long fund = rs.getLong(4);
                    Long fundDecision = rs.wasNull() ? null : fund;
                    return new MeetingDecision(rs.getLong(1), rs.getLong(2), rs.getString(3), fundDecision);
                })
                .list();
    }
}
