package org.roadmapmonitor.coordination;

/** The kinds of meeting the roadmaps hold (domain.md §2.1, §3.2, §4.1). */
public enum MeetingType {
    LOCAL_COORDINATION,
    REGIONAL_COORDINATION,
    STEERING_COMMITTEE,
    ANNUAL_MEETING,
    WORKSHOP
}
