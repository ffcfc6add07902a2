package org.roadmapmonitor.shared;

/**
 * The revision an API client read, as it sends it back in {@code If-Match} ({@code "12"}, {@code W/"12"}), and
 * the ETag that carries it out: what lets a write refuse to overwrite someone else's newer change (412).
 */
public final class IfMatch {
    private IfMatch() {}

    /**
     * The revision named; null when none is (absent, blank, or {@code *}), which a write that must name what it
     * read refuses with {@link PreconditionRequiredException} (428).
     */
    public static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!v.matches("\\d{1,18}")) {
            throw new BadRequestException("If-Match", "problem.ifMatch");
        }
        return Long.valueOf(v);
    }

    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }
}
