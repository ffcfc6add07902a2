package org.roadmapmonitor.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.roadmapmonitor.shared.DerivedValues;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.stereotype.Service;

/**
 * KPI values computed from evidence records, per jurisdiction (or region: its subtree) and period, for the
 * measures frameworks name as {@code evidence:<measure>}, and formulas over other indicators. Each measure is
 * a count or sum over one record type, with a filter and a mapping of the framework's disaggregations to
 * record fields, computed by {@link Measures} (the same SQL the analytics working view uses). Ratios are stored as reporting stores them (a
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

    private final Measures measures;

    public DerivedKpis(Measures measures) {
        this.measures = measures;
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
        String measure = formula.substring("evidence:".length());
        if (!Measures.known(measure)) {
            return Optional.empty();
        }
        var target = new Measures.Target(jurisdiction, period);
        return Optional.of(measures.compute(measure, List.of(target)).getOrDefault(target, Measures.none(measure)));
    }

    @Override
    public Optional<String> recordType(String formula) {
        if (formula == null || !formula.startsWith("evidence:")) {
            return Optional.empty();
        }
        return Optional.ofNullable(COUNTED.get(formula.substring("evidence:".length())))
                .map(RecordType::path);
    }
}
