package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.shared.Problem;

class DataValueSetsAcceptedTest {
    private static ValueInput value(int i, String indicator, String key) {
        return new ValueInput(indicator, key, "1", null, null, null, "dataValues[" + i + "]");
    }

    @Test
    void aProblemOnRow31DoesNotRefuseRow3() {
        var inputs = new ArrayList<ValueInput>();
        for (int i = 0; i < 40; i++) {
            inputs.add(value(i, "KPI-" + i, ""));
        }
        var problems = List.of(Problem.at(inputs.get(31).place(), "is not a number"));
        var accepted = DataValueSets.accepted(inputs, problems);
        assertThat(accepted).hasSize(39).contains(inputs.get(3)).doesNotContain(inputs.get(31));
    }

    @Test
    void aTotalsProblemRefusesTheTotalAndAWholeIndicatorProblemEveryValueOfIt() {
        var total = value(0, "KPI-5", "");
        var female = value(1, "KPI-5", "sex=female");
        var other = value(2, "KPI-7", "");
        var byTotal = DataValueSets.accepted(
                List.of(total, female, other), List.of(Problem.at(total.place() + " [sex]", "parts exceed the total")));
        assertThat(byTotal).containsExactly(female, other);
        var whole = DataValueSets.accepted(
                List.of(total, female, other), List.of(Problem.at("KPI-5 [sex]", "parts exceed the total")));
        assertThat(whole).containsExactly(other);
    }
}
