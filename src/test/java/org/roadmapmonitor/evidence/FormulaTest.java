package org.roadmapmonitor.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formulas over other indicators: exact decimals, no value rather than a wrong one. */
class FormulaTest {
    @Test
    void operandsAreIndicatorCodesInBracketsAndTheResultHasSixDecimals() {
        var f = Formula.parse("[KPI-11] / ([KPI-10] + [KPI-11]) * 100");
        assertThat(f.operands()).containsExactly("KPI-11", "KPI-10");
        var values = Map.of("KPI-10", new BigDecimal("2"), "KPI-11", new BigDecimal("1"));
        assertThat(f.evaluate(values::get)).isEqualByComparingTo("33.333333");
        assertThat(f.evaluate(values::get).scale()).isEqualTo(6);
    }

    @Test
    void aMissingOperandOrADivisionByZeroGivesNoValue() {
        var f = Formula.parse("[A] / [B]");
        assertThat(f.evaluate(code -> code.equals("A") ? BigDecimal.ONE : null)).isNull();
        assertThat(f.evaluate(code -> code.equals("A") ? BigDecimal.ONE : BigDecimal.ZERO))
                .isNull();
    }

    @Test
    void anIndicatorCodeIsNeverReadAsAnExpression() {
        var f = Formula.parse("[1+1] * 2");
        assertThat(f.evaluate(code -> code.equals("1+1") ? new BigDecimal("5") : null))
                .isEqualByComparingTo("10");
    }
}
