package org.roadmapmonitor.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * How long one free-text value may be, checked centrally for every form field and every JSON string the API
 * reads, so that no comment, narrative, note, reason or name is stored at any length (a 10 MB comment once
 * was). Names and titles get {@value #NAME} characters, every other text {@value #TEXT}; pasted file
 * contents ({@code content}, {@code text}) are bounded by the request size instead.
 */
public final class TextLimits {
    public static final int TEXT = 10_000;
    public static final int NAME = 300;

    private static final Set<String> NAMES = Set.of(
            "name",
            "displayname",
            "shortname",
            "title",
            "email",
            "username",
            "meeting",
            "office",
            "reference",
            "iatiref",
            "filename",
            "code",
            "administrativeagent",
            "chair");
    private static final Set<String> BULK = Set.of("content", "text");

    private TextLimits() {}

    /** One value over its limit. */
    public record TooLong(String path, int limit, int length) {}

    /** The limit of a field, from its last name segment ("baselines[0].title", "note:KPI-5" and "title" alike). */
    public static int limitFor(String field) {
        String key = field.replaceAll("\\[\\d+]", "");
        int colon = key.indexOf(':');
        key = colon > 0 ? key.substring(0, colon) : key;
        key = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (BULK.contains(key)) {
            return Integer.MAX_VALUE;
        }
        return NAMES.contains(key) ? NAME : TEXT;
    }

    public static List<TooLong> check(Map<String, String[]> parameters) {
        var found = new ArrayList<TooLong>();
        parameters.forEach((name, values) -> {
            for (String v : values) {
                add(found, name, v);
            }
        });
        return found;
    }

    public static List<TooLong> check(JsonNode root) {
        var found = new ArrayList<TooLong>();
        walk(root, "$", "", found);
        return found;
    }

    /** Refuses a request that carries any value over its limit, naming each one. */
    public static void require(List<TooLong> found) {
        if (!found.isEmpty()) {
            throw new TextTooLongException(found);
        }
    }

    private static void walk(JsonNode node, String path, String key, List<TooLong> found) {
        if (node.isString()) {
            add(found, path, key, node.stringValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", key, found);
            }
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                walk(e.getValue(), path.equals("$") ? e.getKey() : path + "." + e.getKey(), e.getKey(), found);
            }
        }
    }

    private static void add(List<TooLong> found, String name, String value) {
        add(found, name, name, value);
    }

    private static void add(List<TooLong> found, String path, String key, String value) {
        int limit = limitFor(key.isEmpty() ? path : key);
        if (value != null && value.length() > limit && value.codePointCount(0, value.length()) > limit) {
            found.add(new TooLong(path, limit, value.codePointCount(0, value.length())));
        }
    }

    /** The request carried free text over its limit: 422 with each field, its limit and its length. */
    public static class TextTooLongException extends RuntimeException {
        private final List<TooLong> found;

        TextTooLongException(List<TooLong> found) {
            super("error.textTooLong");
            this.found = List.copyOf(found);
        }

        public List<TooLong> found() {
            return found;
        }
    }
}
