package org.roadmapmonitor.analytics;

/**
 * Where a framework's data stood when read: the revision of the definitions of every framework (documents,
 * jurisdictions, memberships, status scales) and that of this framework's published values. Both only grow, bumped
 * by triggers in the writing transaction (V65), so a copy read at a revision at least as high as a request's holds
 * everything that request could see.
 */
record Revision(long definitions, long values) {
    /** Whether a copy read at this revision is current for a request that read {@code asked}. */
    boolean covers(Revision asked) {
        return definitions >= asked.definitions && values >= asked.values;
    }
}
