package org.roadmapmonitor.publication.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roadmapmonitor.publication.PublicationFormat;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.publication.PublicationRequest;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.Problem;

/**
 * A request to generate a document as the API and the form send it. {@code period} is a period code or a range
 * {@code 2025S1:2025S2} (the analytics API's syntax); {@code kpiPeriod}, {@code introduction} and
 * {@code commentary} (per objective code) are optional. Everything that does not parse is refused together,
 * each problem naming its field.
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

    /** A range longer than this is not a progress report's. */
    static final int MAX_PERIODS = 12;

    /** Everything in the input that does not parse, each naming its field; empty when it all does. */
    List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        parse(problems);
        return problems;
    }

    PublicationRequest toRequest() {
        var problems = new ArrayList<Problem>();
        PublicationRequest request = parse(problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems, "publication.invalid");
        }
        return request;
    }

    private PublicationRequest parse(List<Problem> problems) {
        PublicationKind k = Arrays.stream(PublicationKind.values())
                .filter(v -> v.name().equalsIgnoreCase(blankToNull(kind) == null ? "" : kind.strip()))
                .findFirst()
                .orElse(null);
        if (k == null) {
            problems.add(Problem.at(
                    "kind",
                    "publication.kind.unknown",
                    String.valueOf(kind),
                    Arrays.toString(PublicationKind.values())));
        }
        PublicationFormat f = PublicationFormat.fromCode(format).orElse(null);
        if (f == null) {
            problems.add(Problem.at("format", "publication.format.unknown", String.valueOf(format)));
        }
        List<PeriodCode> range = range(period, problems);
        PeriodCode kpi = blankToNull(kpiPeriod) == null ? null : period("kpiPeriod", kpiPeriod, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new PublicationRequest(
                k,
                blankToNull(framework),
                range.get(0),
                range.get(range.size() - 1),
                kpi,
                blankToNull(jurisdiction),
                blankToNull(fund),
                f,
                Locale.forLanguageTag(blankToNull(language) == null ? "en" : language.strip()),
                blankToNull(introduction),
                commentary);
    }

    /** The first and last period of {@code 2025S1} or {@code 2025S1:2025S2}; empty after a problem. */
    private static List<PeriodCode> range(String text, List<Problem> problems) {
        if (blankToNull(text) == null) {
            problems.add(Problem.at("period", "publication.period.required"));
            return List.of();
        }
        String[] ends = text.strip().split(":", -1);
        if (ends.length > 2) {
            problems.add(Problem.at("period", "publication.period.invalid", text.strip()));
            return List.of();
        }
        PeriodCode from = period("period", ends[0], problems);
        PeriodCode to = ends.length == 1 ? from : period("period", ends[1], problems);
        if (from == null || to == null) {
            return List.of();
        }
        if (from.type() != to.type()) {
            problems.add(Problem.at("period", "publication.period.rangeTypes", from.code(), to.code()));
        } else if (from.compareTo(to) > 0) {
            problems.add(Problem.at("period", "publication.period.rangeOrder", from.code(), to.code()));
        } else if (PeriodCode.range(from, to).size() > MAX_PERIODS) {
            problems.add(Problem.at("period", "publication.period.rangeLength", text.strip(), MAX_PERIODS));
        } else {
            return List.of(from, to);
        }
        return List.of();
    }

    private static PeriodCode period(String field, String code, List<Problem> problems) {
        if (code == null || !PeriodCode.isValid(code.strip())) {
            problems.add(Problem.at(field, "publication.period.invalid", String.valueOf(code)));
            return null;
        }
        return PeriodCode.parse(code.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
