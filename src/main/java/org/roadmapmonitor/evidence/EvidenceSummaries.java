package org.roadmapmonitor.evidence;

import java.util.Collection;
import java.util.List;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Yearly counts from the evidence records, for the pages that summarise them (a jurisdiction's profile, the
 * gender views). Records are never public, and neither are these counts: the public and readers without a
 * jurisdiction role get nothing, a jurisdiction's people get their own jurisdictions', the secretariat every
 * one. Each jurisdiction asked for counts its whole subtree (a state with its entities). Each method runs
 * one query, whatever the number of jurisdictions.
 */
@Service
public class EvidenceSummaries {
    /** The people counted by sex in the records. */
    public enum SexMeasure {
        VICTIMS,
        PERPETRATORS,
        TRAINING_PARTICIPANTS
    }

    /** Women, men and people whose sex is unknown, for one measure, jurisdiction and calendar year. */
    public record SexCount(SexMeasure measure, String jurisdiction, int year, long women, long men, long unknown) {
        public long total() {
            return women + men + unknown;
        }
    }

    /** What the records of one jurisdiction (and its subtree) hold for one calendar year. */
    public record YearFigures(
            int year,
            long armsEvents,
            long weaponsRecovered,
            long weaponsDestroyed,
            long incidents,
            long victims,
            long trainings,
            long participants) {}

    private static final String SCOPE = """
            with scope as (select m.code as member, j.code
                           from jurisdiction m join jurisdiction j on j.path like m.path || '%'
                           where m.code = any(?))
            """;

    private final JdbcClient jdbc;

    public EvidenceSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The jurisdictions among these whose records the current reader may see, in the order given. */
    public List<String> readable(Collection<String> jurisdictions) {
        RoadmapUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        return jurisdictions.stream()
                .filter(code -> user.isSecretariat() || user.jurisdictions().contains(code))
                .distinct()
                .toList();
    }

    /** Victims, perpetrators (with co-perpetrators, instigators and accomplices) and training participants. */
    public List<SexCount> bySex(Collection<String> jurisdictions) {
        List<String> shown = readable(jurisdictions);
        if (shown.isEmpty()) {
            return List.of();
        }
        String[] codes = shown.toArray(String[]::new);
        return jdbc.sql(SCOPE + """
                select case when p.role = 'VICTIM' then 'VICTIMS' else 'PERPETRATORS' end,
                       s.member, extract(year from i.occurred_on)::int,
                       count(*) filter (where p.sex = 'FEMALE'), count(*) filter (where p.sex = 'MALE'),
                       count(*) filter (where p.sex = 'UNKNOWN')
                from incident i join scope s on s.code = i.jurisdiction_code
                join incident_person p on p.incident_id = i.id
                group by 1, 2, 3
                union all
                select 'TRAINING_PARTICIPANTS', s.member, extract(year from t.started_on)::int,
                       sum(t.participants_female), sum(t.participants_male), sum(t.participants_unknown)
                from training t join scope s on s.code = t.jurisdiction_code
                group by 1, 2, 3
                order by 1, 2, 3""")
                .params((Object) codes)
                .query((rs, i) -> new SexCount(
                        SexMeasure.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)))
                .list();
    }

    /** The yearly figures of one jurisdiction, oldest first; empty for a reader who may not see them. */
    public List<YearFigures> yearly(String jurisdiction) {
        if (readable(List.of(jurisdiction)).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SCOPE + """
                , yearly as (
                  select extract(year from e.event_date)::int y, 1 events, 0 recovered, 0 destroyed, 0 incidents,
                         0 victims, 0 trainings, 0 participants
                  from arms_event e join scope s on s.code = e.jurisdiction_code
                  union all
                  select extract(year from e.event_date)::int, 0, 1, 0, 0, 0, 0, 0
                  from arms_event e join scope s on s.code = e.jurisdiction_code join weapon_item w on w.event_id = e.id
                  union all
                  select extract(year from d.destroyed_on)::int, 0, 0, d.small_arms + d.light_weapons, 0, 0, 0, 0
                  from destruction d join scope s on s.code = d.jurisdiction_code
                  union all
                  select extract(year from i.occurred_on)::int, 0, 0, 0, 1,
                         (select count(*) from incident_person p where p.incident_id = i.id and p.role = 'VICTIM'), 0, 0
                  from incident i join scope s on s.code = i.jurisdiction_code
                  union all
                  select extract(year from t.started_on)::int, 0, 0, 0, 0, 0, 1,
                         t.participants_female + t.participants_male + t.participants_unknown
                  from training t join scope s on s.code = t.jurisdiction_code)
                select y, sum(events), sum(recovered), sum(destroyed), sum(incidents), sum(victims), sum(trainings),
                       sum(participants)
                from yearly group by y order by y""")
                .params((Object) new String[] {jurisdiction})
                .query((rs, i) -> new YearFigures(
                        rs.getInt(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .list();
    }
}
