package org.roadmapmonitor.shared;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies as a JSON tree with every decimal kept exact (never through double), and says
 * where a malformed body breaks.
 */
public final class ExactJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ExactJson() {}

    public static JsonNode read(byte[] content) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String where = loc == null ? "$" : Texts.of("problem.jsonAt", loc.getLineNr(), loc.getColumnNr());
            throw new BadRequestException(
                    "problem.notValidJson",
                    List.of(Problem.at(where, "problem.jsonError", plain(e.getOriginalMessage()))));
        }
        if (root == null || root.isMissingNode()) {
            throw new BadRequestException("$", "problem.emptyBody");
        }
        TextLimits.require(TextLimits.check(root));
        return root;
    }

    /** The parser's message without its internals (source descriptions, feature names). */
    static String plain(String message) {
        String m = message == null ? "" : message.split("\\R", 2)[0];
        int cut = m.indexOf(" at [Source");
        m = cut >= 0 ? m.substring(0, cut) : m;
        cut = m.indexOf(" (`");
        return (cut >= 0 ? m.substring(0, cut) : m).strip();
    }

    /** A field as exact decimal text, whether the client sent a JSON number or a string; null when absent. */
    public static String text(JsonNode node, String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue().toPlainString();
        }
        return n.isString() ? n.stringValue() : n.toString();
    }
}
