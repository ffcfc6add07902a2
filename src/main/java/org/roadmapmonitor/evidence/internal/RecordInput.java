package org.roadmapmonitor.evidence.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roadmapmonitor.evidence.internal.RecordTable.Field;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import tools.jackson.databind.JsonNode;

/**
 * Reads a record sent as JSON into column values, listing every problem with its JSON path: unknown
 * fields, missing required ones, codes outside their list, dates, numbers and flags that do not parse, and
 * dates after today (every date of a record says when something happened: an event, a destruction, an
 * incident, a training, an inspection, a tracing step — as the imports check them).
 */
public final class RecordInput {
    private final Texts texts;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    public RecordInput(Texts texts, LocalDate today) {
        this.texts = texts;
        this.today = today;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The columns and values of one object; {@code extra} names JSON fields handled elsewhere. */
    public Map<String, Object> read(String path, JsonNode body, List<Field> fields, Set<String> extra) {
        var values = new LinkedHashMap<String, Object>();
        if (body == null || !body.isObject()) {
            problems.add(Problem.at(path.isEmpty() ? "$" : path, texts.get("evidence.record.notAnObject")));
            return values;
        }
        for (String name : body.propertyNames()) {
            if (fields.stream().noneMatch(f -> f.name().equals(name)) && !extra.contains(name)) {
                problems.add(Problem.at(at(path, name), texts.get("evidence.record.unknownField", name)));
            }
        }
        for (Field f : fields) {
            JsonNode node = body.get(f.name());
            String where = at(path, f.name());
            if (node == null
                    || node.isNull()
                    || (node.isString() && node.asString().isBlank())) {
                if (f.required()) {
                    problems.add(Problem.at(where, texts.get("evidence.import.required")));
                }
                values.put(f.column(), null);
                continue;
            }
            values.put(f.column(), value(where, f, node));
        }
        return values;
    }

    private Object value(String where, Field f, JsonNode node) {
        String text = node.isString() ? node.asString().strip() : node.toString();
        switch (f.kind()) {
            case TEXT -> {
                if (text.length() > f.maxLength()) {
                    problems.add(Problem.at(where, texts.get("evidence.import.tooLong", f.maxLength())));
                }
                return text;
            }
            case CODE -> {
                if (!f.codes().contains(text)) {
                    problems.add(Problem.at(
                            where,
                            texts.get(
                                    "evidence.import.oneOf",
                                    text,
                                    String.join(
                                            ", ", f.codes().stream().sorted().toList()))));
                }
                return text;
            }
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(text);
                    if (date.isAfter(today)) {
                        problems.add(Problem.at(where, texts.get("evidence.import.future", text)));
                    }
                    return Date.valueOf(date);
                } catch (DateTimeParseException e) {
                    problems.add(Problem.at(where, texts.get("evidence.import.date", text)));
                    return null;
                }
            }
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    problems.add(Problem.at(where, texts.get("evidence.import.boolean", text)));
                    return null;
                }
                return node.asBoolean();
            }
            case INTEGER, ID -> {
                if (!text.matches("-?\\d{1,15}")) {
                    problems.add(Problem.at(where, texts.get("evidence.record.wholeNumber", text)));
                    return null;
                }
                long n = Long.parseLong(text);
                if (n < 0) {
                    problems.add(Problem.at(where, texts.get("evidence.record.wholeNumber", text)));
                }
                return n;
            }
            case DECIMAL -> {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    problems.add(Problem.at(where, texts.get("evidence.record.number", text)));
                    return null;
                }
            }
        }
        return null;
    }

    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
