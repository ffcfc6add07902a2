package org.roadmapmonitor.jurisdiction;

/** A jurisdiction's part in a framework: a full member, a partner (e.g. SEE partners of the EU plan), or an observer. */
public record Membership(String framework, String jurisdiction, Role role) {
    public enum Role {
        MEMBER,
        PARTNER,
        OBSERVER
    }
}
