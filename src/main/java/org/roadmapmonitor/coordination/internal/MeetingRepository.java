package org.roadmapmonitor.coordination.internal;

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
import org.roadmapmonitor.coordination.Meeting;
import org.roadmapmonitor.coordination.MeetingPlan;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.coordination.Participant;
import org.roadmapmonitor.coordination.Participation;
import org.roadmapmonitor.coordination.ParticipationCount;
import org.roadmapmonitor.coordination.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for meetings and their participants; every list filters by the caller's {@link MeetingAccess.Viewer}. */
@Repository
public class MeetingRepository {
    private static final String COLUMNS = """
            m.id, m.type, m.title, m.starts_at, m.ends_at, m.time_zone, m.venue, m.framework_code,
            m.jurisdiction_code, m.fund_code, m.period_code, m.is_public, m.agenda, m.demo""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A filter on meetings; null fields do not filter. */
    public record Filter(MeetingType type, String jurisdiction, String fund, LocalDate from, LocalDate to) {}

    public long insert(MeetingPlan p, boolean demo, String actor, Instant now) {
        long id =
                jdbc.sql("""
                insert into meeting (type, title, starts_at, ends_at, time_zone, venue, framework_code,
                  jurisdiction_code, fund_code, period_code, is_public, agenda, demo, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""").params(row(p, demo, actor, now)).query(Long.class).single();
        insertParticipants(id, p.participants());
        return id;
    }

    public void update(long id, MeetingPlan p, Instant now) {
        jdbc.sql("""
                update meeting set type = ?, title = ?, starts_at = ?, ends_at = ?, time_zone = ?, venue = ?,
                  framework_code = ?, jurisdiction_code = ?, fund_code = ?, period_code = ?, is_public = ?,
                  agenda = ?, updated_at = ? where id = ?""")
                .params(
                        p.type().name(),
                        p.title(),
                        p.start(),
                        p.end(),
                        p.timeZone(),
                        p.venue(),
                        p.framework(),
                        p.jurisdiction(),
                        p.fund(),
                        p.period(),
                        p.isPublic(),
                        p.agenda(),
                        Timestamp.from(now),
                        id)
                .update();
        jdbc.sql("delete from meeting_participant where meeting_id = ?")
                .param(id)
                .update();
        insertParticipants(id, p.participants());
    }

    private static List<Object> row(MeetingPlan p, boolean demo, String actor, Instant now) {
        var values = new ArrayList<Object>();
        values.add(p.type().name());
        values.add(p.title());
        values.add(p.start());
        values.add(p.end());
        values.add(p.timeZone());
        values.add(p.venue());
        values.add(p.framework());
        values.add(p.jurisdiction());
        values.add(p.fund());
        values.add(p.period());
        values.add(p.isPublic());
        values.add(p.agenda());
        values.add(demo);
        values.add(actor);
        values.add(Timestamp.from(now));
        values.add(Timestamp.from(now));
        return values;
    }

    private void insertParticipants(long meeting, List<Participant> participants) {
        int position = 0;
        for (Participant p : participants) {
            jdbc.sql("""
                    insert into meeting_participant (meeting_id, position, name, organisation, function, sex)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            meeting,
                            position++,
                            p.name(),
                            p.organisation(),
                            p.function(),
                            p.sex().name())
                    .update();
        }
    }

    /** The meeting without regard to who asks; the caller checks visibility. */
    public Optional<Meeting> find(long id) {
        var participants = participants(List.of(id));
        return jdbc.sql("select " + COLUMNS + " from meeting m where m.id = ?")
                .param(id)
                .query((rs, i) -> meeting(rs, participants.getOrDefault(rs.getLong("id"), List.of())))
                .optional();
    }

    /** A page of the meetings the viewer may see, latest first, with their participants (two queries). */
    public List<Meeting> list(MeetingAccess.Viewer v, Filter f, int offset, int limit) {
        var params = new ArrayList<Object>(visibility(v));
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        List<Long> ids = jdbc.sql("select m.id from meeting m where " + MeetingAccess.VISIBLE + where
                        + " order by m.starts_at desc, m.id desc limit ? offset ?")
                .params(params)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        var participants = participants(ids);
        return jdbc.sql("select " + COLUMNS
                        + " from meeting m where m.id = any(?) order by m.starts_at desc, m.id desc")
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> meeting(rs, participants.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public long count(MeetingAccess.Viewer v, Filter f) {
        var params = new ArrayList<Object>(visibility(v));
        String where = where(f, params);
        return jdbc.sql("select count(*) from meeting m where " + MeetingAccess.VISIBLE + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Participants counted by sex per year of the meetings the viewer may see (one query). */
    public Map<Integer, ParticipationCount> participationByYear(MeetingAccess.Viewer v, Filter f) {
        return participationByYear(v, f, null);
    }

    /** As above, only the meetings linked to this framework when one is named. */
    public Map<Integer, ParticipationCount> participationByYear(MeetingAccess.Viewer v, Filter f, String framework) {
        var params = new ArrayList<Object>(visibility(v));
        String where = where(f, params);
        if (framework != null) {
            where += " and m.framework_code = ?";
            params.add(framework);
        }
        var years = new LinkedHashMap<Integer, ParticipationCount>();
        jdbc.sql("""
                select extract(year from m.starts_at)::int,
                       count(*) filter (where p.sex = 'WOMAN'), count(*) filter (where p.sex = 'MAN'),
                       count(*) filter (where p.sex = 'NOT_RECORDED')
                from meeting m join meeting_participant p on p.meeting_id = m.id where """ + MeetingAccess.VISIBLE + where + " group by 1 order by 1")
                .params(params)
                .query((ResultSet rs) -> {
                    years.put(rs.getInt(1), ParticipationCount.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return years;
    }

    /**
     * Meetings and participants by sex per jurisdiction (null for meetings of none) and year of the meetings the
     * viewer may see, linked to the framework (one query).
     */
    public List<Participation.Tally> participationByJurisdiction(MeetingAccess.Viewer v, Filter f, String framework) {
        var params = new ArrayList<Object>(visibility(v));
        String where = where(f, params) + " and m.framework_code = ?";
        params.add(framework);
        return jdbc.sql("""
                select m.jurisdiction_code, extract(year from m.starts_at)::int, count(distinct m.id),
                       count(*) filter (where p.sex = 'WOMAN'), count(*) filter (where p.sex = 'MAN'),
                       count(*) filter (where p.sex = 'NOT_RECORDED')
                from meeting m join meeting_participant p on p.meeting_id = m.id where """ + MeetingAccess.VISIBLE + where + " group by 1, 2 order by 1 nulls first, 2")
                .params(params)
                .query((rs, i) -> new Participation.Tally(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        ParticipationCount.of(rs.getLong(4), rs.getLong(5), rs.getLong(6))))
                .list();
    }

    static List<Object> visibility(MeetingAccess.Viewer v) {
        return List.of(v.all(), v.jurisdictions(), v.funds(), v.anyJurisdiction());
    }

    private static String where(Filter f, List<Object> params) {
        var sql = new StringBuilder();
        if (f.type() != null) {
            sql.append(" and m.type = ?");
            params.add(f.type().name());
        }
        if (f.jurisdiction() != null) {
            sql.append(" and m.jurisdiction_code = ?");
            params.add(f.jurisdiction());
        }
        if (f.fund() != null) {
            sql.append(" and m.fund_code = ?");
            params.add(f.fund());
        }
        if (f.from() != null) {
            sql.append(" and m.starts_at >= ?");
            params.add(f.from().atStartOfDay());
        }
        if (f.to() != null) {
            sql.append(" and m.starts_at < ?");
            params.add(f.to().plusDays(1).atStartOfDay());
        }
        return sql.toString();
    }

    private Map<Long, List<Participant>> participants(List<Long> meetings) {
        var byMeeting = new LinkedHashMap<Long, List<Participant>>();
        jdbc.sql("""
                select meeting_id, name, organisation, function, sex from meeting_participant
                where meeting_id = any(?) order by meeting_id, position""").param(meetings.toArray(Long[]::new)).query((ResultSet rs) -> {
            byMeeting
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Participant(
                            rs.getString(2), rs.getString(3), rs.getString(4), Sex.valueOf(rs.getString(5))));
        });
        return byMeeting;
    }

    private static Meeting meeting(ResultSet rs, List<Participant> participants) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                MeetingType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getTimestamp("ends_at").toLocalDateTime(),
                rs.getString("time_zone"),
                rs.getString("venue"),
                rs.getString("framework_code"),
                rs.getString("jurisdiction_code"),
                rs.getString("fund_code"),
                rs.getString("period_code"),
                rs.getBoolean("is_public"),
                rs.getString("agenda"),
                rs.getBoolean("demo"),
                List.copyOf(participants));
    }
}
