package org.roadmapmonitor.reporting;

import java.time.Instant;

/** A file attached to a report as evidence (its content is fetched separately). */
public record Evidence(
        long id,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String note,
        Instant uploadedAt,
        String uploadedBy) {}
