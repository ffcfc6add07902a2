package org.roadmapmonitor.identity;

import java.time.Instant;
import java.util.List;

/**
 * One recorded write: who did what to which thing, with the state before and after (JSON). Its summary is a
 * message key with arguments ({@code summaryKey}, {@code summaryArgs}); rows written before summaries were keyed
 * carry an English {@code legacySummary} instead, shown as written.
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String legacySummary,
        String summaryKey,
        List<String> summaryArgs,
        String before,
        String after) {}
