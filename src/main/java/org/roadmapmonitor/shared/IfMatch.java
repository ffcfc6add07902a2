package org.roadmapmonitor.shared;

/** The revision a write names in its If-Match header, as the ETags of revisioned resources carry it. */
public final class IfMatch {
    private IfMatch() {}

    /**
     * The revision in {@code "7"} or {@code W/"7"}; null when the header is absent or {@code *}, so that a write
     * that requires one answers 428.
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
}
