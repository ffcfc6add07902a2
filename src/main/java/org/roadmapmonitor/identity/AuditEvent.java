package org.roadmapmonitor.identity;

import java.time.Instant;

/** One recorded write: who did what to which thing, with the state before and after (JSON). */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String summary,
        String before,
        String after) {}
