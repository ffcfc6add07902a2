package org.roadmapmonitor.actionplan;

/**
 * An activity as a form or JSON sends it: text throughout, so that every field that does not parse is named
 * in the refusal instead of failing the whole request. {@code plan} is empty for a partner's activity.
 */
public record ActivityInput(
        Long plan,
        String framework,
        String version,
        String objective,
        String jurisdiction,
        String organisation,
        String title,
        String start,
        String end,
        String budget,
        String currency,
        String fundingSource,
        String funder,
        String fund,
        String project,
        String status) {}
