package org.roadmapmonitor.coordination;

import java.time.Instant;

/** A document of a meeting (agenda, minutes, presentation), kept like a report's evidence file. */
public record MeetingDocument(
        long id, String fileName, String contentType, long sizeBytes, String sha256, String note, Instant uploadedAt) {}
