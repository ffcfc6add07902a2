package org.roadmapmonitor.reporting;

/** What a jurisdiction says about one objective in a period: progress, challenges, support needed. */
public record Narrative(String objective, String progress, String challenges, String supportNeeded) {
    public boolean isEmpty() {
        return blank(progress) && blank(challenges) && blank(supportNeeded);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
