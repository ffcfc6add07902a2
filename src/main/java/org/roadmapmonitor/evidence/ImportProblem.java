package org.roadmapmonitor.evidence;

/** One problem of an imported file: its line (the header is line 1), its column and what is wrong. */
public record ImportProblem(long row, String column, String message) {}
