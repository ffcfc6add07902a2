package org.roadmapmonitor.nationalreport;

/** The answers the PoA/ITI template allows. */
public enum Answer {
    YES,
    NO,
    DEVELOPING
}
