package org.roadmapmonitor.coordination;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Participants counted by sex. Shares are of those whose sex was recorded, so that "not recorded" does not
 * read as fewer women; null when nobody's sex was recorded.
 */
public record ParticipationCount(long women, long men, long notRecorded, long total) {
    public static final ParticipationCount NONE = new ParticipationCount(0, 0, 0, 0);

    public static ParticipationCount of(long women, long men, long notRecorded) {
        return new ParticipationCount(women, men, notRecorded, women + men + notRecorded);
    }

    /** Women's share of the participants whose sex was recorded, in percent with one decimal (half up). */
    public BigDecimal womenShare() {
        long recorded = women + men;
        return recorded == 0
                ? null
                : BigDecimal.valueOf(women * 100L).divide(BigDecimal.valueOf(recorded), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal menShare() {
        BigDecimal w = womenShare();
        return w == null ? null : BigDecimal.valueOf(100).subtract(w);
    }

    public ParticipationCount plus(ParticipationCount o) {
        return of(women + o.women, men + o.men, notRecorded + o.notRecorded);
    }
}
