package org.roadmapmonitor.nationalreport.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.evidence.Sdg1642;
import org.roadmapmonitor.evidence.SdgIndicators;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.nationalreport.ActionPlanSource;
import org.roadmapmonitor.nationalreport.Answer;
import org.roadmapmonitor.nationalreport.CoordinationSource;
import org.roadmapmonitor.nationalreport.PoaQuestion;
import org.roadmapmonitor.nationalreport.PoaReport;
import org.roadmapmonitor.nationalreport.internal.Prefill.Suggestion;
import org.springframework.stereotype.Component;

/**
 * Pre-fills a national report from what is recorded for the jurisdiction in the two reporting years: the
 * coordination body and action plan from their sources, the evidence's weapons (marking, records), tracing
 * requests, stockpile sites, destructions and SDG 16.4.2, and the trust-fund projects that target it. The
 * records decide an answer only where they can (a tracing request sent means Yes); where they only inform (how
 * many weapons were uniquely marked says nothing of the law), the answer is left to the user with the figures.
 * Reads as the user asking, through the evidence module's scoped services: a fixed number of queries.
 */
@Component
public class PoaPrefill {
    private final SdgIndicators sdg;
    private final EvidenceRecords records;
    private final FundDirectory funds;
    private final List<CoordinationSource> coordination;
    private final List<ActionPlanSource> plans;

    PoaPrefill(
            SdgIndicators sdg,
            EvidenceRecords records,
            FundDirectory funds,
            List<CoordinationSource> coordination,
            List<ActionPlanSource> plans) {
        this.sdg = sdg;
        this.records = records;
        this.funds = funds;
        this.coordination = coordination;
        this.plans = plans;
    }

    /** The body's name, and when its meetings are recorded: how many, the latest, and who took part by sex. */
    private static Object[] bodyArgs(CoordinationSource.Coordination b, int first, int last) {
        var m = b.meetings();
        if (m == null) {
            return new Object[] {b.body()};
        }
        return new Object[] {
            b.body(),
            m.meetings(),
            first,
            last,
            m.latest(),
            b.women() == null ? 0 : b.women(),
            b.men() == null ? 0 : b.men(),
            m.women(),
            m.men(),
            m.notRecorded()
        };
    }

    public Prefill compute(String jurisdiction, int cycle) {
        int first = cycle - 2;
        int last = cycle - 1;
        var years = new ArrayList<PoaReport.SdgYear>();
        long recorded = 0;
        long marked = 0;
        long counted = 0;
        for (int year = first; year <= last; year++) {
            Sdg1642.Result r =
                    sdg.indicator1642(jurisdiction, String.valueOf(year)).result();
            var types = r.breakdown().eventType();
            years.add(new PoaReport.SdgYear(
                    year,
                    r.numerator(),
                    r.denominator(),
                    types.get("SEIZED").denominator(),
                    types.get("FOUND").denominator(),
                    types.get("SURRENDERED").denominator(),
                    r.breakdown().method().getOrDefault("TRACING", 0L),
                    r.breakdown().method().getOrDefault("COMPETENT_AUTHORITY", 0L)));
            counted += r.denominator();
            marked += r.breakdown().uniquelyMarked().denominator();
            recorded += r.denominator() + r.excluded().antiques() + r.excluded().administrativeSeizures();
        }
        LocalDate from = LocalDate.of(first, 1, 1);
        LocalDate to = LocalDate.of(last, 12, 31);
        long tracing = count(RecordType.TRACING_REQUESTS, jurisdiction, from, to);
        long destructions = count(RecordType.DESTRUCTIONS, jurisdiction, from, to);
        long sites = count(RecordType.STOCKPILE_SITES, jurisdiction, null, null);

        Map<PoaQuestion, Suggestion> s = new EnumMap<>(PoaQuestion.class);
        var body = coordination.stream()
                .map(c -> c.coordination(jurisdiction, first, last))
                .flatMap(Optional::stream)
                .findFirst();
        s.put(
                PoaQuestion.COORDINATION_BODY,
                body.map(b -> new Suggestion(
                                Answer.YES,
                                b.meetings() == null
                                        ? "nationalreport.basis.body"
                                        : "nationalreport.basis.bodyMeetings",
                                PoaRepository.args(bodyArgs(b, first, last)),
                                b.men(),
                                b.women()))
                        .orElse(Suggestion.of(null, "nationalreport.basis.noBody")));
        s.put(
                PoaQuestion.POINT_OF_CONTACT,
                body.filter(b -> b.pointOfContact() != null)
                        .map(b -> Suggestion.of(Answer.YES, "nationalreport.basis.pointOfContact", b.pointOfContact()))
                        .orElse(Suggestion.ask()));
        s.put(PoaQuestion.ITI_POINT_OF_CONTACT, Suggestion.ask());
        s.put(
                PoaQuestion.ACTION_PLAN,
                plans.stream()
                        .map(p -> p.plan(jurisdiction))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .map(p -> Suggestion.of(
                                p.adopted() ? Answer.YES : Answer.DEVELOPING,
                                "nationalreport.basis.plan",
                                p.title(),
                                p.fromYear() == null ? "" : p.fromYear(),
                                p.toYear() == null ? "" : p.toYear()))
                        .orElse(Suggestion.of(null, "nationalreport.basis.noPlan")));
        s.put(
                PoaQuestion.MARKING,
                counted == 0
                        ? Suggestion.of(null, "nationalreport.basis.noWeapons", first, last)
                        : Suggestion.of(
                                null,
                                "nationalreport.basis.marking",
                                marked,
                                counted,
                                percent(marked, counted),
                                first,
                                last));
        s.put(
                PoaQuestion.RECORD_KEEPING,
                recorded == 0
                        ? Suggestion.of(null, "nationalreport.basis.noWeapons", first, last)
                        : Suggestion.of(Answer.YES, "nationalreport.basis.records", recorded, first, last));
        s.put(
                PoaQuestion.TRACING,
                tracing == 0
                        ? Suggestion.of(null, "nationalreport.basis.noTracing", first, last)
                        : Suggestion.of(Answer.YES, "nationalreport.basis.tracing", tracing, first, last));
        s.put(
                PoaQuestion.STOCKPILE_MANAGEMENT,
                sites == 0 ? Suggestion.ask() : Suggestion.of(null, "nationalreport.basis.sites", sites));
        s.put(
                PoaQuestion.DESTRUCTION,
                destructions == 0
                        ? Suggestion.ask()
                        : Suggestion.of(Answer.YES, "nationalreport.basis.destructions", destructions, first, last));
        s.put(
                PoaQuestion.SDG_DATA,
                counted == 0
                        ? Suggestion.of(null, "nationalreport.basis.noSdg", first, last)
                        : Suggestion.of(Answer.YES, "nationalreport.basis.sdg", first, last));
        var projects = projects(jurisdiction);
        s.put(
                PoaQuestion.ASSISTANCE_RECEIVED,
                projects.isEmpty()
                        ? Suggestion.ask()
                        : Suggestion.of(
                                Answer.YES,
                                "nationalreport.basis.projects",
                                projects.size(),
                                String.join("; ", projects)));
        s.put(PoaQuestion.ASSISTANCE_NEEDED, Suggestion.ask());
        return new Prefill(s, years);
    }

    private long count(RecordType type, String jurisdiction, LocalDate from, LocalDate to) {
        return records.list(type, new EvidenceRecords.Query(jurisdiction, from, to, 0, 1))
                .total();
    }

    /** The trust-fund projects (of any fund) whose proposal targets the jurisdiction: "title (fund code)". */
    private List<String> projects(String jurisdiction) {
        var found = new ArrayList<String>();
        for (var fund : funds.all()) {
            for (Project p : funds.projects(fund.code())) {
                if (p.targets() != null && p.targets().jurisdictions().contains(jurisdiction)) {
                    found.add(p.title() + " (" + fund.code() + " " + p.code() + ")");
                }
            }
        }
        return found;
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
