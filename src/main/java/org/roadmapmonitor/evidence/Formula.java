package org.roadmapmonitor.evidence;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A formula over other indicators, e.g. {@code [KPI-11] / ([KPI-10] + [KPI-11]) * 100}, evaluated with EvalEx
 * in BigDecimal (never a script engine): operands are replaced by variables, so an indicator code is never
 * read as an expression. A missing operand, or a division by zero, gives no value rather than a wrong one.
 */
public final class Formula {
    private static final Pattern OPERAND = Pattern.compile("\\[([^\\]]+)]");
    public static final int SCALE = 6;

    private final String text;
    private final String expression;
    private final Map<String, String> variables;

    private Formula(String text, String expression, Map<String, String> variables) {
        this.text = text;
        this.expression = expression;
        this.variables = variables;
    }

    public static Formula parse(String text) {
        var variables = new LinkedHashMap<String, String>();
        var m = OPERAND.matcher(text);
        var sb = new StringBuilder();
        while (m.find()) {
            String code = m.group(1).strip();
            String name = variables.computeIfAbsent(code, c -> "v" + variables.size());
            m.appendReplacement(sb, name);
        }
        m.appendTail(sb);
        return new Formula(text, sb.toString(), variables);
    }

    /** The indicator codes the formula reads. */
    public List<String> operands() {
        return new ArrayList<>(variables.keySet());
    }

    /** The value, rounded half-even to six decimals; null when an operand has no value or it cannot be computed. */
    public BigDecimal evaluate(Function<String, BigDecimal> operand) {
        Expression e = new Expression(expression);
        for (var v : variables.entrySet()) {
            BigDecimal value = operand.apply(v.getKey());
            if (value == null) {
                return null;
            }
            e.with(v.getValue(), value);
        }
        try {
            var result = e.evaluate();
            return result.isNumberValue() ? result.getNumberValue().setScale(SCALE, RoundingMode.HALF_EVEN) : null;
        } catch (EvaluationException | ArithmeticException ex) {
            return null;
        } catch (ParseException ex) {
            throw new IllegalArgumentException("The formula " + text + " cannot be read: " + ex.getMessage(), ex);
        }
    }

    /** Whether the text is a formula EvalEx can read (operands aside). */
    public boolean readable() {
        try {
            new Expression(expression).validate();
            return true;
        } catch (ParseException ex) {
            return false;
        }
    }
}
