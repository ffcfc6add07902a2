package org.roadmapmonitor.jurisdiction;

/**
 * A place that reports or is reported on. The footnote is a designation that must be shown wherever the
 * name is (e.g. the UNSCR 1244 note for Kosovo).
 */
public record Jurisdiction(
        String code,
        String name,
        String shortName,
        Kind kind,
        String parent,
        String path,
        String isoCode,
        String capital,
        String footnote,
        int position) {

    public enum Kind {
        REGION,
        JURISDICTION,
        SUB_UNIT
    }

    /** The name with an asterisk when a footnote must accompany it, as UN and EU documents print it. */
    public String displayName() {
        return footnote == null || footnote.isBlank() ? name : name + "*";
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
