package org.roadmapmonitor.coordination;

/** A participant's sex as recorded; "not recorded" is always allowed (domain.md §9.8). */
public enum Sex {
    WOMAN,
    MAN,
    NOT_RECORDED
}
