package org.roadmapmonitor.nationalreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.roadmapmonitor.shared.Texts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The structured form of a national report, in the reader's language: what the JSON export and the API give,
 * and what the PDF prints. Sections in template order; each question with its sources, the answer the report
 * gives, the pre-filled answer and why, and whether a person reviewed it.
 */
public record PoaDocument(
        String format,
        long id,
        String jurisdiction,
        String jurisdictionName,
        int cycle,
        List<Integer> reportingYears,
        String language,
        long revision,
        Instant prefilledAt,
        Instant updatedAt,
        long reviewed,
        int questions,
        List<Section> sections,
        Sdg sdg) {

    public static final String FORMAT = "roadmap-monitor/poa-report@1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The document as the JSON export's bytes (the same fields the API answers with). */
    public byte[] json() {
        return JSON.writeValueAsBytes(this);
    }

    public record Section(String code, String title, List<Question> questions) {}

    /** A question; {@code position} is its place in the template, from 0. */
    public record Question(
            int position,
            String code,
            String sources,
            String text,
            String answer,
            String answerText,
            String prefilledAnswer,
            String basis,
            String note,
            Integer men,
            Integer women,
            boolean countsPeople,
            boolean reviewed) {}

    public record Sdg(String indicator, String series, String unit, List<SdgYear> years) {}

    public record SdgYear(
            int year,
            long numerator,
            long denominator,
            BigDecimal value,
            long seized,
            long found,
            long surrendered,
            long byTracing,
            long byCompetentAuthority) {}

    public static PoaDocument of(PoaReport r, Locale language) {
        var sections = Arrays.stream(PoaQuestion.Section.values())
                .map(s -> new Section(
                        s.name(),
                        Texts.of("nationalreport.section." + s.name()),
                        r.items().stream()
                                .filter(i -> i.question().section() == s)
                                .map(i -> question(i, language))
                                .toList()))
                .toList();
        var years = r.sdg().stream()
                .map(y -> new SdgYear(
                        y.year(),
                        y.numerator(),
                        y.denominator(),
                        y.percent(),
                        y.seized(),
                        y.found(),
                        y.surrendered(),
                        y.byTracing(),
                        y.byAuthority()))
                .toList();
        return new PoaDocument(
                FORMAT,
                r.id(),
                r.jurisdiction(),
                r.jurisdictionName(),
                r.cycle(),
                List.of(r.firstYear(), r.lastYear()),
                language.getLanguage(),
                r.revision(),
                r.prefilledAt(),
                r.updatedAt(),
                r.reviewed(),
                r.items().size(),
                sections,
                new Sdg("16.4.2", "VC_ARM_SZTRACE", "PERCENT", years));
    }

    /**
     * The records' explanation in the reader's language; a date among its arguments (stored as {@code 2150-10-12})
     * is written as that language writes dates.
     */
    private static String basis(PoaReport.Item i, Locale language) {
        Object[] args = i.basisArgs().stream()
                .map(a -> a != null && ISO_DATE.matcher(a).matches()
                        ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                .withLocale(language)
                                .format(LocalDate.parse(a))
                        : a)
                .toArray();
        return Texts.of(i.basisKey(), args);
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static Question question(PoaReport.Item i, Locale language) {
        Answer effective = i.effective();
        return new Question(
                i.question().ordinal(),
                i.question().name(),
                i.question().sources(),
                Texts.of("nationalreport.question." + i.question().name()),
                effective == null ? null : effective.name(),
                Texts.of("nationalreport.answer." + (effective == null ? "NONE" : effective.name())),
                i.prefilled() == null ? null : i.prefilled().name(),
                i.basisKey() == null ? null : basis(i, language),
                i.note(),
                i.men(),
                i.women(),
                i.question().countsPeople(),
                i.reviewed());
    }
}
