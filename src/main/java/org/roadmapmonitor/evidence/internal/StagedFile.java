package org.roadmapmonitor.evidence.internal;

import java.util.List;

/**
 * A file waiting in its staging table: {@code line_no} there is the data row's number (1 = the first row
 * after the header, so the file line is {@code line_no + 1}); {@code allowedJurisdictions} is null when the
 * importer acts for every jurisdiction.
 */
public record StagedFile(
        long jobId, String table, long rows, List<String> allowedJurisdictions, String actor, boolean demo) {}
