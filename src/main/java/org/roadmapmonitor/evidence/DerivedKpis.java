package org.roadmapmonitor.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.roadmapmonitor.evidence.Sdg1642.Count;
import org.roadmapmonitor.shared.DerivedValues;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * KPI values computed from evidence records, per jurisdiction (or region: its subtree) and period, for the
 * measures frameworks name as {@code evidence:<measure>}, and formulas over other indicators. Each measure is
 * a count or sum over one record type, with a filter and a mapping of the framework's disaggregations to
 * record fields; all SQL is fixed text with bound values. Ratios are stored as reporting stores them (a
 * fraction to six decimals, half-even) with their numerator and denominator, so regions are ratios of sums.
 */
@Service
public class DerivedKpis implements DerivedValues {
    /** The measures shipped, by name, with what they count (see docs/evidence-import.md). */
    public static final Map<String, String> MEASURES = Map.of(
            "sdg_16_4_2", "SDG 16.4.2: arms whose illicit origin was established / arms seized, found or surrendered",
            "weapons_destroyed", "small arms and light weapons destroyed (destruction records)",
            "weapons_recovered", "weapons seized, found or surrendered (weapon items, by event and category)",
            "weapons_surrendered", "weapons surrendered voluntarily (weapon items)",
            "incidents_illegal_weapons", "firearm incidents involving an illegally held weapon",
            "firearm_victims", "victims of firearm incidents, by sex and outcome",
            "women_trained_share", "share of women among training participants");

    /** The records each measure counts, for the link from a report's computed cells. */
    private static final Map<String, RecordType> COUNTED = Map.of(
            "sdg_16_4_2", RecordType.WEAPON_ITEMS,
            "weapons_destroyed", RecordType.DESTRUCTIONS,
            "weapons_recovered", RecordType.WEAPON_ITEMS,
            "weapons_surrendered", RecordType.WEAPON_ITEMS,
            "incidents_illegal_weapons", RecordType.INCIDENTS,
            "firearm_victims", RecordType.INCIDENTS,
            "women_trained_share", RecordType.TRAININGS);

    private final JdbcClient jdbc;

    public DerivedKpis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<List<Computed>> compute(
            String formula, String jurisdiction, PeriodCode period, Function<String, BigDecimal> operand) {
        if (formula == null || formula.isBlank()) {
            return Optional.empty();
        }
        if (!formula.startsWith("evidence:")) {
            return Optional.of(List.of(new Computed("", Formula.parse(formula).evaluate(operand), null, null)));
        }
        Object[] where = {jurisdiction, Date.valueOf(period.start()), Date.valueOf(period.end())};
        return Optional.ofNullable(
                switch (formula.substring("evidence:".length())) {
                    case "sdg_16_4_2" -> sdg(where);
                    case "weapons_destroyed" -> counts(WEAPONS_DESTROYED, where);
                    case "weapons_recovered" -> counts(WEAPONS_RECOVERED, where);
                    case "weapons_surrendered" -> counts(WEAPONS_SURRENDERED, where);
                    case "incidents_illegal_weapons" -> counts(INCIDENTS_ILLEGAL, where);
                    case "firearm_victims" -> counts(FIREARM_VICTIMS, where);
                    case "women_trained_share" -> womenTrained(where);
                    default -> null;
                });
    }

    @Override
    public Optional<String> recordType(String formula) {
        if (formula == null || !formula.startsWith("evidence:")) {
            return Optional.empty();
        }
        return Optional.ofNullable(COUNTED.get(formula.substring("evidence:".length())))
                .map(RecordType::path);
    }

    private static final String SUBTREE =
            "(select j.code from jurisdiction j join jurisdiction r on j.path like r.path || '%' where r.code = ?)";

    /** Each row: a disaggregation key ('' for the total) and an amount. */
    private static final String WEAPONS_DESTROYED = """
            select k, sum(n) from destruction d
            cross join lateral (values ('', d.small_arms + d.light_weapons),
                                       ('weapon_category=small_arms', d.small_arms),
                                       ('weapon_category=light_weapons', d.light_weapons)) c(k, n)
            where d.jurisdiction_code in %s and d.destroyed_on between ? and ?
            group by k""".formatted(SUBTREE);

    private static final String WEAPONS_RECOVERED = """
            select k, count(*) from arms_event e
            join weapon_item w on w.event_id = e.id
            join weapon_category wc on wc.code = w.category
            cross join lateral (values (''), ('event=' || lower(e.event_type)),
                                       ('weapon_category=' || lower(wc.weapon_class) || 's')) c(k)
            where e.jurisdiction_code in %s and e.event_date between ? and ?
            group by k""".formatted(SUBTREE);

    private static final String WEAPONS_SURRENDERED = """
            select '', count(*) from arms_event e join weapon_item w on w.event_id = e.id
            where e.event_type = 'SURRENDERED' and e.jurisdiction_code in %s and e.event_date between ? and ?""".formatted(SUBTREE);

    private static final String INCIDENTS_ILLEGAL = """
            select '', count(*) from incident i
            where exists (select 1 from incident_weapon w where w.incident_id = i.id
                          and w.legal_status = 'ILLEGAL_POSSESSION')
              and i.jurisdiction_code in %s and i.occurred_on between ? and ?""".formatted(SUBTREE);

    private static final String FIREARM_VICTIMS = """
            select k, count(*) from incident i
            join incident_person p on p.incident_id = i.id and p.role = 'VICTIM'
            cross join lateral (values (''), ('sex=' || lower(p.sex)),
                                       (case when p.outcome in ('KILLED', 'INJURED')
                                             then 'victim_outcome=' || lower(p.outcome) end)) c(k)
            where k is not null and i.jurisdiction_code in %s and i.occurred_on between ? and ?
            group by k""".formatted(SUBTREE);

    private List<Computed> counts(String sql, Object[] where) {
        var cells = jdbc.sql(sql)
                .params(where)
                .query((rs, i) -> new Computed(rs.getString(1), rs.getBigDecimal(2), null, null))
                .list();
        if (cells.stream().noneMatch(c -> c.disaggregationKey().isEmpty())) {
            var withTotal = new ArrayList<Computed>(cells);
            withTotal.add(0, new Computed("", BigDecimal.ZERO, null, null));
            return withTotal;
        }
        return cells;
    }

    private List<Computed> sdg(Object[] where) {
        List<Count> counts = jdbc.sql("""
                select e.event_type, e.criminal_offence, w.antique, w.marking_status = 'UNIQUELY_MARKED',
                       w.tracing_status, case when w.origin_established then w.origin_method end, count(*)
                from arms_event e join weapon_item w on w.event_id = e.id
                where e.jurisdiction_code in %s and e.event_date between ? and ?
                group by 1, 2, 3, 4, 5, 6""".formatted(SUBTREE))
                .params(where)
                .query((rs, i) -> new Count(
                        rs.getString(1),
                        (Boolean) rs.getObject(2),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)))
                .list();
        var cells = new ArrayList<Computed>();
        cells.add(ratio("", Sdg1642.compute(counts)));
        for (String type : Sdg1642.EVENT_TYPES) {
            cells.add(ratio(
                    "event=" + type.toLowerCase(),
                    subset(counts, c -> c.eventType().equals(type))));
        }
        for (String level : Sdg1642.TRACING_OUTCOMES) {
            cells.add(ratio(
                    "tracing_level=" + level.toLowerCase(),
                    subset(counts, c -> c.tracingOutcome().equals(level))));
        }
        return cells;
    }

    private static Sdg1642.Result subset(List<Count> counts, Predicate<Count> which) {
        return Sdg1642.compute(counts.stream().filter(which).toList());
    }

    private static Computed ratio(String key, Sdg1642.Result r) {
        return fraction(key, r.numerator(), r.denominator());
    }

    private static Computed fraction(String key, long numerator, long denominator) {
        BigDecimal value = denominator == 0
                ? null
                : BigDecimal.valueOf(numerator)
                        .divide(BigDecimal.valueOf(denominator), Formula.SCALE, RoundingMode.HALF_EVEN);
        return new Computed(key, value, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    private List<Computed> womenTrained(Object[] where) {
        return jdbc.sql("""
                select coalesce(sum(participants_female), 0),
                       coalesce(sum(participants_female + participants_male + participants_unknown), 0)
                from training where jurisdiction_code in %s and started_on between ? and ?""".formatted(SUBTREE))
                .params(where)
                .query((rs, i) -> List.of(fraction("", rs.getLong(1), rs.getLong(2))))
                .single();
    }
}
