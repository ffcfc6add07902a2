package org.roadmapmonitor.fund.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ExactJson;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Reads a flat JSON object into text values without ever going through binary floating point: numbers
 * are read as BigDecimal and written back exactly as given. Unknown fields and non-scalar values are
 * problems, all listed together.
 */
final class JsonBody {
    private JsonBody() {}

    static Map<String, String> fields(byte[] body, List<String> allowed) {
        JsonNode root = ExactJson.read(body);
        if (root == null || !root.isObject()) {
            throw new BadRequestException("$", "problem.notAJsonObject");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (var e : root.properties()) {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (!allowed.contains(name)) {
                problems.add(Problem.at(name, "problem.notAField", allowed));
            } else if (value.isNull()) {
                fields.put(name, null);
            } else if (value.isNumber()) {
                fields.put(
                        name,
                        value.isIntegralNumber()
                                ? value.bigIntegerValue().toString()
                                : value.decimalValue().toPlainString());
            } else if (value.isString() || value.isBoolean()) {
                fields.put(name, value.asString());
            } else {
                problems.add(Problem.at(name, "problem.stringOrNumber"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "problem.refused.request", problems.size());
        }
        return fields;
    }
}
