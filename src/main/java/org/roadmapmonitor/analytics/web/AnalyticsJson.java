package org.roadmapmonitor.analytics.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.analytics.AnalyticsRow;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes analytics rows as the JSON array the API documents, property by property onto the response through one
 * Jackson generator of the application's mapper (its number and text settings), with no intermediate tree or map:
 * the same text Jackson writes for a {@code List<AnalyticsRow>}, at a fraction of the cost for 58,200 rows.
 */
final class AnalyticsJson {
    private AnalyticsJson() {}

    static void write(JsonMapper mapper, List<AnalyticsRow> rows, OutputStream out) {
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartArray();
            for (AnalyticsRow r : rows) {
                write(g, r);
            }
            g.writeEndArray();
        }
    }

    private static void write(JsonGenerator g, AnalyticsRow r) {
        g.writeStartObject();
        g.writeStringProperty("indicator", r.indicator());
        g.writeStringProperty("jurisdiction", r.jurisdiction());
        g.writeStringProperty("period", r.period());
        g.writeName("disaggregation");
        g.writeStartObject();
        for (Map.Entry<String, String> e : r.disaggregation().entrySet()) {
            g.writeStringProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        number(g, "value", r.value());
        number(g, "numerator", r.numerator());
        number(g, "denominator", r.denominator());
        number(g, "baseline", r.baseline());
        number(g, "target", r.target());
        g.writeStringProperty("status", r.status());
        g.writeStringProperty("source", r.source());
        g.writeName("missing");
        g.writeStartArray();
        for (String m : r.missing()) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeBooleanProperty("working", r.working());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal n) {
        if (n == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, n);
        }
    }
}
