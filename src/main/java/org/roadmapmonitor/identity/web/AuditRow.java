package org.roadmapmonitor.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.roadmapmonitor.identity.AuditEvent;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.Formats;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audit entry as a reader sees it: the action in words ("Submitted", "Created") and what changed, field by
 * field, with states in words ("submitted → validated"); the raw JSON stays behind a disclosure on the page.
 */
record AuditRow(AuditEvent event, String action, String summary, List<Change> changes) {
    /** One field that changed: its label, and its value before and after ("—" when there was none). */
    record Change(String field, String before, String after) {}

    private static final int LONGEST = 80;

    static AuditRow of(AuditEvent e, JsonMapper json, MessageSource messages, Formats formats, Locale locale) {
        String action =
                first(messages, locale, e.action(), "audit.action." + e.action(), "report.action." + e.action());
        return new AuditRow(e, action, summary(e, messages, locale), changes(e, json, messages, formats, locale));
    }

    /** The summary in the reader's language; a row written before summaries were keyed is shown as written. */
    static String summary(AuditEvent e, MessageSource messages, Locale locale) {
        if (e.summaryKey() == null) {
            return e.legacySummary();
        }
        Object[] args = e.summaryArgs().stream()
                .map(a -> {
                    String key = ChangeMade.wordKey(a);
                    return key == null ? a : messages.getMessage(key, null, a, locale);
                })
                .toArray();
        return messages.getMessage(e.summaryKey(), args, e.summaryKey() + " " + e.summaryArgs(), locale);
    }

    private static List<Change> changes(
            AuditEvent e, JsonMapper json, MessageSource messages, Formats formats, Locale locale) {
        JsonNode before = read(json, e.before());
        JsonNode after = read(json, e.after());
        if (!before.isObject() || !after.isObject()) {
            return List.of();
        }
        var fields = new LinkedHashSet<String>(before.propertyNames());
        fields.addAll(after.propertyNames());
        var out = new ArrayList<Change>();
        for (String f : fields) {
            JsonNode was = before.get(f);
            JsonNode is = after.get(f);
            if (!Objects.equals(was, is)) {
                out.add(new Change(
                        formats.field(f),
                        shown(f, was, e.entityType(), messages, locale),
                        shown(f, is, e.entityType(), messages, locale)));
            }
        }
        return out;
    }

    private static String shown(String field, JsonNode v, String type, MessageSource messages, Locale locale) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "—";
        }
        if (v.isString()) {
            String text = v.asString();
            if (field.equals("state") || field.equals("status")) {
                String plain = text.toLowerCase(Locale.ROOT).replace('_', ' ');
                return first(messages, locale, plain, type + ".state." + text, "report.state." + text);
            }
            return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
        }
        String compact = v.toString();
        return compact.length() > LONGEST ? compact.substring(0, LONGEST) + "…" : compact;
    }

    private static JsonNode read(JsonMapper json, String text) {
        if (text == null || text.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(text);
        } catch (JacksonException ex) {
            return json.missingNode();
        }
    }

    /** The first of the keys that has words in the reader's language, or {@code otherwise}. */
    private static String first(MessageSource messages, Locale locale, String otherwise, String... keys) {
        for (String key : keys) {
            String words = messages.getMessage(key, null, null, locale);
            if (words != null) {
                return words;
            }
        }
        return otherwise;
    }
}
