package org.roadmapmonitor.framework.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.roadmapmonitor.shared.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields out of a JSON tree while collecting every problem with its path, instead of stopping
 * at the first one as data binding would. Absent and null fields read as null.
 */
final class NodeReader {
    private final List<Problem> problems;

    NodeReader(List<Problem> problems) {
        this.problems = problems;
    }

    boolean object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problems.add(Problem.at(path.isEmpty() ? "$" : path, "framework.problem.jsonObject"));
            return false;
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(Problem.at(join(path, name), "framework.problem.unknownField"));
            }
        }
        return true;
    }

    String text(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(Problem.at(join(path, field), "problem.required"));
            }
            return null;
        }
        if (!n.isString()) {
            problems.add(Problem.at(join(path, field), "framework.problem.string"));
            return null;
        }
        String s = n.stringValue().strip();
        if (required && s.isEmpty()) {
            problems.add(Problem.at(join(path, field), "framework.problem.notEmpty"));
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    Integer integer(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(Problem.at(join(path, field), "problem.required"));
            }
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToInt()) {
            return n.intValue();
        }
        if (n.isString() && n.stringValue().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(n.stringValue().strip());
        }
        problems.add(Problem.at(join(path, field), "framework.problem.wholeNumber"));
        return null;
    }

    boolean bool(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            problems.add(Problem.at(join(path, field), "framework.problem.boolean"));
            return false;
        }
        return n.booleanValue();
    }

    /** A decimal given as a JSON number or a string; never through double. */
    BigDecimal decimal(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(Problem.at(join(path, field), "problem.required"));
            }
            return null;
        }
        try {
            if (n.isNumber()) {
                return n.decimalValue();
            }
            if (n.isString()) {
                return new BigDecimal(n.stringValue().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.at(join(path, field), "framework.problem.decimal"));
        return null;
    }

    <E extends Enum<E>> E enumeration(JsonNode parent, String path, String field, Class<E> type, boolean required) {
        String s = text(parent, path, field, required);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problems.add(Problem.at(join(path, field), "framework.problem.oneOf", List.of(type.getEnumConstants())));
        return null;
    }

    <T> List<T> array(JsonNode parent, String path, String field, BiFunction<JsonNode, String, T> item) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            problems.add(Problem.at(join(path, field), "framework.problem.list"));
            return List.of();
        }
        var out = new ArrayList<T>();
        for (int i = 0; i < n.size(); i++) {
            T value = item.apply(n.get(i), join(path, field) + "[" + i + "]");
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    List<String> strings(JsonNode parent, String path, String field) {
        return array(parent, path, field, (node, p) -> {
            if (node.isString() && !node.stringValue().isBlank()) {
                return node.stringValue().strip();
            }
            problems.add(Problem.at(p, "framework.problem.nonEmptyString"));
            return null;
        });
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
