package org.roadmapmonitor.publication.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.PeriodCode;

/**
 * A request to generate a document as the API and the form send it. {@code kpiPeriod}, {@code introduction}
 * and {@code commentary} (per objective code) are optional.
 */
record PublicationInput(
        String kind,
        String framework,
        String period,
        String kpiPeriod,
        String jurisdiction,
        String fund,
        String format,
        String language,
        String introduction,
        Map<String, String> commentary) {

    PublicationRequest toRequest() {
        PublicationKind k = Arrays.stream(PublicationKind.values())
                .filter(v -> v.name().equalsIgnoreCase(blankToNull(kind) == null ? "" : kind.strip()))
                .findFirst()
                .orElseThrow(() -> new BadRequestException(
                        "kind",
                        "publication.kind.unknown",
                        String.valueOf(kind),
                        Arrays.toString(PublicationKind.values())));
        PublicationFormat f = PublicationFormat.fromCode(format)
                .orElseThrow(
                        () -> new BadRequestException("format", "publication.format.unknown", String.valueOf(format)));
        return new PublicationRequest(
                k,
                blankToNull(framework),
                period("period", period),
                blankToNull(kpiPeriod) == null ? null : period("kpiPeriod", kpiPeriod),
                blankToNull(jurisdiction),
                blankToNull(fund),
                f,
                Locale.forLanguageTag(blankToNull(language) == null ? "en" : language.strip()),
                blankToNull(introduction),
                commentary);
    }

    private static PeriodCode period(String field, String code) {
        if (code == null || !PeriodCode.isValid(code.strip())) {
            throw new BadRequestException(field, "publication.period.invalid", String.valueOf(code));
        }
        return PeriodCode.parse(code.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
