package org.roadmapmonitor.coordination.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.coordination.ActionPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for action points and meeting decisions; lists show what the viewer may see, plus their own points. */
@Repository
public class ActionPointRepository {
    private static final String SELECT = """
            select a.id, a.meeting_id, m.title, m.jurisdiction_code, a.title, a.owner, a.organisation, a.due,
                   a.status, a.follow_up_meeting_id, a.follow_up_note
            from action_point a join meeting m on m.id = a.meeting_id""";

    /** Visible meeting, or the viewer owns the point. */
    private static final String VISIBLE = "(" + MeetingAccess.VISIBLE + " or a.owner_user_id = ?)";

    private final JdbcClient jdbc;

    ActionPointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A filter on action points; null fields do not filter. {@code jurisdiction} "REGIONAL" selects those of
     * meetings without a jurisdiction.
     */
    public record Filter(
            Long meeting, Boolean overdue, String jurisdiction, Long ownerUserId, ActionPoint.Status status) {}

    public long insert(
            long meeting,
            String title,
            String owner,
            Long ownerUserId,
            String organisation,
            LocalDate due,
            String actor,
            Instant now) {
        return jdbc.sql("""
                insert into action_point (meeting_id, title, owner, owner_user_id, organisation, due, created_at,
                  created_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        meeting,
                        title,
                        owner,
                        ownerUserId,
                        organisation,
                        Date.valueOf(due),
                        Timestamp.from(now),
                        actor,
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public void setStatus(long id, ActionPoint.Status status, Long followUpMeeting, String note, Instant now) {
        jdbc.sql("""
                update action_point set status = ?, follow_up_meeting_id = coalesce(?, follow_up_meeting_id),
                  follow_up_note = coalesce(?, follow_up_note), updated_at = ? where id = ?""")
                .params(status.name(), followUpMeeting, note, Timestamp.from(now), id)
                .update();
    }

    /** The point without regard to who asks, with its owner's account (if any). */
    public Optional<ActionPoint> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query((rs, i) -> point(rs, today))
                .optional();
    }

    public Optional<Long> ownerUserId(long id) {
        return jdbc.sql("select owner_user_id from action_point where id = ? and owner_user_id is not null")
                .param(id)
                .query(Long.class)
                .optional();
    }

    public List<ActionPoint> list(MeetingAccess.Viewer v, Filter f, LocalDate today, int offset, int limit) {
        var params = new ArrayList<Object>(MeetingRepository.visibility(v));
        params.add(v.userId());
        String where = where(f, today, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + " where " + VISIBLE + where + " order by a.due, a.id limit ? offset ?")
                .params(params)
                .query((rs, i) -> point(rs, today))
                .list();
    }

    /** Open points past their due date, counted by a column of the point or its meeting (one query). */
    public Map<String, Long> overdueBy(MeetingAccess.Viewer v, Grouping by, LocalDate today) {
        var params = new ArrayList<Object>(MeetingRepository.visibility(v));
        params.add(v.userId());
        params.add(Date.valueOf(today));
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("select " + by.column + ", count(*) from action_point a join meeting m on m.id = a.meeting_id where "
                        + VISIBLE + " and a.status = 'OPEN' and a.due < ? group by 1 order by 2 desc, 1")
                .params(params)
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public enum Grouping {
        OWNER("a.owner"),
        JURISDICTION("coalesce(m.jurisdiction_code, 'REGIONAL')");

        private final String column;

        Grouping(String column) {
            this.column = column;
        }
    }

    /** Open points of earlier meetings of the series, to follow up at this one. */
    public List<ActionPoint> openBefore(long meeting, LocalDate today) {
        return jdbc.sql(SELECT + """
                 join meeting here on here.id = ?
                where a.status = 'OPEN' and m.type = here.type
                  and m.jurisdiction_code is not distinct from here.jurisdiction_code
                  and m.fund_code is not distinct from here.fund_code and m.starts_at < here.starts_at
                order by a.due, a.id""")
                .param(meeting)
                .query((rs, i) -> point(rs, today))
                .list();
    }

    private static String where(Filter f, LocalDate today, List<Object> params) {
        var sql = new StringBuilder();
        if (f.meeting() != null) {
            sql.append(" and a.meeting_id = ?");
            params.add(f.meeting());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            sql.append(" and a.status = 'OPEN' and a.due < ?");
            params.add(Date.valueOf(today));
        } else if (Boolean.FALSE.equals(f.overdue())) {
            sql.append(" and not (a.status = 'OPEN' and a.due < ?)");
            params.add(Date.valueOf(today));
        }
        if ("REGIONAL".equals(f.jurisdiction())) {
            sql.append(" and m.jurisdiction_code is null");
        } else if (f.jurisdiction() != null) {
            sql.append(" and m.jurisdiction_code = ?");
            params.add(f.jurisdiction());
        }
        if (f.ownerUserId() != null) {
            sql.append(" and a.owner_user_id = ?");
            params.add(f.ownerUserId());
        }
        if (f.status() != null) {
            sql.append(" and a.status = ?");
            params.add(f.status().name());
        }
        return sql.toString();
    }

    static ActionPoint point(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getDate(8).toLocalDate();
        var status = ActionPoint.Status.valueOf(rs.getString(9));
        long followUpId = rs.getLong(10);
        Long followUp = rs.wasNull() ? null : followUpId;
        return new ActionPoint(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                due,
                status,
                followUp,
                rs.getString(11),
                status == ActionPoint.Status.OPEN && due.isBefore(today));
    }
}
