package org.roadmapmonitor.shared;

/**
 * Published by every module for every write, inside the write's transaction; the identity module's audit
 * log records it synchronously, so that a write and its audit row commit or roll back together. Modules
 * publish it rather than calling the audit log, which keeps reference-data modules free of identity.
 *
 * @param before the state before the write (a record, map or string; null for a creation)
 * @param after the state after the write (null for a deletion)
 */
public record ChangeMade(
        String action, String entityType, String entityId, String summary, Object before, Object after) {}
