package org.roadmapmonitor.opendata;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;

/**
 * The {@code startPeriod} / {@code endPeriod} of an SDMX REST query as the days they span (either may be open),
 * and this platform's period codes written the SDMX way ({@code 2024}, {@code 2024-S1}, {@code 2024-Q3},
 * {@code 2024-05}).
 */
public record SdmxPeriods(LocalDate from, LocalDate to) {
    public static final SdmxPeriods ALL = new SdmxPeriods(null, null);
    private static final Pattern SDMX = Pattern.compile("(\\d{4})-(S[12]|Q[1-4]|\\d{2})");

    /** Reads both bounds; an unreadable one is refused, naming the parameter. */
    public static SdmxPeriods of(String startPeriod, String endPeriod) {
        PeriodCode start = parse("startPeriod", startPeriod);
        PeriodCode end = parse("endPeriod", endPeriod);
        return new SdmxPeriods(start == null ? null : start.start(), end == null ? null : end.end());
    }

    private static PeriodCode parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip();
        var m = SDMX.matcher(code);
        if (m.matches()) {
            code = m.group(1) + m.group(2);
        }
        if (!PeriodCode.isValid(code)) {
            throw new BadRequestException(parameter, "opendata.sdmx.badPeriod", parameter, text);
        }
        return PeriodCode.parse(code);
    }

    public static String timePeriod(PeriodCode p) {
        return p.type() == PeriodType.YEARLY
                ? p.code()
                : p.year() + "-" + p.code().substring(4);
    }

    public static String frequency(PeriodCode p) {
        return switch (p.type()) {
            case YEARLY -> "A";
            case SIX_MONTHLY -> "S";
            case QUARTERLY -> "Q";
            case MONTHLY -> "M";
        };
    }
}
