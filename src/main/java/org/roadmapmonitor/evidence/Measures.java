package org.roadmapmonitor.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.roadmapmonitor.evidence.Sdg1642.Count;
import org.roadmapmonitor.shared.DerivedValues.Computed;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The evidence measures ({@code evidence:<measure>}) for many jurisdictions and periods at once: one grouped
 * SQL statement per measure over all the targets asked for, whatever their number. A report's computed cells
 * (one target) and the analytics working view (every readable jurisdiction × period) both come from here, so a
 * figure is never computed two ways. Each target's jurisdiction counts its subtree (a region sums its members).
 */
@Service
public class Measures {
    /** A jurisdiction (or region) and period to compute a measure for. */
    public record Target(String jurisdiction, PeriodCode period) {}

    /** The targets as a table {@code t(n, code, s, e)}: n the target's index, code each jurisdiction of its subtree. */
    private static final String TARGETS = """
            with t as (select t.n, j.code, t.s::date as s, t.e::date as e
                       from unnest(?::text[], ?::text[], ?::text[]) with ordinality as t(root, s, e, n)
                       join jurisdiction r on r.code = t.root
                       join jurisdiction j on j.path like r.path || '%')
            """;

    /** Each row: a target, a disaggregation key ('' for the total) and an amount. */
    private static final String WEAPONS_DESTROYED = TARGETS + """
            select t.n, c.k, sum(c.amount) from t
            join destruction d on d.jurisdiction_code = t.code and d.destroyed_on between t.s and t.e
            cross join lateral (values ('', d.small_arms + d.light_weapons),
                                       ('weapon_category=small_arms', d.small_arms),
                                       ('weapon_category=light_weapons', d.light_weapons)) c(k, amount)
            group by t.n, c.k""";

    /**
     * Weapon items by the counts V85's triggers keep per jurisdiction, month, event type and weapon class (written in
     * the transaction of the record that changes them, so as current as the records themselves): a period is whole
     * months, so its months' counts are exactly its items. A key whose items were all removed again sums to 0 and is
     * left out, as counting the records leaves it out.
     */
    private static final String WEAPONS_RECOVERED = TARGETS + """
            select t.n, c.k, sum(x.items) from t
            join weapon_item_count x on x.jurisdiction_code = t.code and x.month between t.s and t.e
            cross join lateral (values (''), ('event=' || lower(x.event_type)),
                                       ('weapon_category=' || lower(x.weapon_class) || 's')) c(k)
            group by t.n, c.k
            having sum(x.items) <> 0""";

    private static final String WEAPONS_SURRENDERED = TARGETS + """
            select t.n, '', count(*) from t
            join arms_event e on e.jurisdiction_code = t.code and e.event_date between t.s and t.e
            join weapon_item w on w.event_id = e.id
            where e.event_type = 'SURRENDERED'
            group by t.n""";

    private static final String INCIDENTS_ILLEGAL = TARGETS + """
            select t.n, '', count(*) from t
            join incident i on i.jurisdiction_code = t.code and i.occurred_on between t.s and t.e
            where exists (select 1 from incident_weapon w where w.incident_id = i.id
                          and w.legal_status = 'ILLEGAL_POSSESSION')
            group by t.n""";

    private static final String FIREARM_VICTIMS = TARGETS + """
            select t.n, c.k, count(*) from t
            join incident i on i.jurisdiction_code = t.code and i.occurred_on between t.s and t.e
            join incident_person p on p.incident_id = i.id and p.role = 'VICTIM'
            cross join lateral (values (''), ('sex=' || lower(p.sex)),
                                       (case when p.outcome in ('KILLED', 'INJURED')
                                             then 'victim_outcome=' || lower(p.outcome) end)) c(k)
            where c.k is not null
            group by t.n, c.k""";

    private static final String SDG = TARGETS + """
            select t.n, e.event_type, e.criminal_offence, w.antique, w.marking_status = 'UNIQUELY_MARKED',
                   w.tracing_status, case when w.origin_established then w.origin_method end, count(*)
            from t
            join arms_event e on e.jurisdiction_code = t.code and e.event_date between t.s and t.e
            join weapon_item w on w.event_id = e.id
            group by 1, 2, 3, 4, 5, 6, 7""";

    private static final String WOMEN_TRAINED = TARGETS + """
            select t.n, coalesce(sum(participants_female), 0),
                   coalesce(sum(participants_female + participants_male + participants_unknown), 0)
            from t join training g on g.jurisdiction_code = t.code and g.started_on between t.s and t.e
            group by t.n""";

    private final JdbcClient jdbc;

    public Measures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this platform computes the measure ({@code weapons_recovered}, without {@code evidence:}). */
    public static boolean known(String measure) {
        return DerivedKpis.MEASURES.containsKey(measure);
    }

    /**
     * The measure's cells for each target that has records behind it (a target without any is absent: see
     * {@link #none}). Empty for an unknown measure. One statement for all the targets.
     */
    public Map<Target, List<Computed>> compute(String measure, List<Target> targets) {
        if (targets.isEmpty() || !known(measure)) {
            return Map.of();
        }
        Object[] params = {
            targets.stream().map(Target::jurisdiction).toArray(String[]::new),
            targets.stream().map(t -> t.period().start().toString()).toArray(String[]::new),
            targets.stream().map(t -> t.period().end().toString()).toArray(String[]::new)
        };
        return switch (measure) {
            case "sdg_16_4_2" -> sdg(targets, params);
            case "women_trained_share" -> womenTrained(targets, params);
            default -> counts(sqlOf(measure), targets, params);
        };
    }

    /** The cells of a target without any record behind it: a count of 0, or ratios with nothing to divide. */
    public static List<Computed> none(String measure) {
        return switch (measure) {
            case "sdg_16_4_2" -> sdgCells(List.of());
            case "women_trained_share" -> List.of(fraction("", 0, 0));
            default -> List.of(new Computed("", BigDecimal.ZERO, null, null));
        };
    }

    private static String sqlOf(String measure) {
        return switch (measure) {
            case "weapons_destroyed" -> WEAPONS_DESTROYED;
            case "weapons_recovered" -> WEAPONS_RECOVERED;
            case "weapons_surrendered" -> WEAPONS_SURRENDERED;
            case "incidents_illegal_weapons" -> INCIDENTS_ILLEGAL;
            case "firearm_victims" -> FIREARM_VICTIMS;
            default -> throw new IllegalArgumentException(measure);
        };
    }

    private Map<Target, List<Computed>> counts(String sql, List<Target> targets, Object[] params) {
        var out = new HashMap<Target, List<Computed>>();
        jdbc.sql(sql).params(params).query(rs -> {
            Target t = targets.get(rs.getInt(1) - 1);
            out.computeIfAbsent(t, x -> new ArrayList<>())
                    .add(new Computed(rs.getString(2), rs.getBigDecimal(3), null, null));
        });
        // A breakdown always comes with its total; a total of 0 is stated, never left out.
        out.values().forEach(cells -> {
            if (cells.stream().noneMatch(c -> c.disaggregationKey().isEmpty())) {
                cells.add(0, new Computed("", BigDecimal.ZERO, null, null));
            }
        });
        return out;
    }

    private Map<Target, List<Computed>> sdg(List<Target> targets, Object[] params) {
        var counts = new HashMap<Target, List<Count>>();
        jdbc.sql(SDG).params(params).query(rs -> {
            counts.computeIfAbsent(targets.get(rs.getInt(1) - 1), x -> new ArrayList<>())
                    .add(new Count(
                            rs.getString(2),
                            (Boolean) rs.getObject(3),
                            rs.getBoolean(4),
                            rs.getBoolean(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getLong(8)));
        });
        var out = new HashMap<Target, List<Computed>>();
        counts.forEach((t, c) -> out.put(t, sdgCells(c)));
        return out;
    }

    private static List<Computed> sdgCells(List<Count> counts) {
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

    private Map<Target, List<Computed>> womenTrained(List<Target> targets, Object[] params) {
        var out = new HashMap<Target, List<Computed>>();
        jdbc.sql(WOMEN_TRAINED).params(params).query(rs -> {
            out.put(targets.get(rs.getInt(1) - 1), List.of(fraction("", rs.getLong(2), rs.getLong(3))));
        });
        return out;
    }

    /** The measure a formula names, if it is one over evidence ({@code evidence:weapons_recovered}). */
    public static Optional<String> measureOf(String formula) {
        return formula != null && formula.startsWith("evidence:")
                ? Optional.of(formula.substring("evidence:".length()))
                : Optional.empty();
    }
}
