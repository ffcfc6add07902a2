package org.roadmapmonitor.coordination;

/** Someone who took part in a meeting, with their organisation and function. */
public record Participant(String name, String organisation, String function, Sex sex) {}
