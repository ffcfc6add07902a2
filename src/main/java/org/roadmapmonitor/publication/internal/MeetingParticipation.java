package org.roadmapmonitor.publication.internal;

import static org.roadmapmonitor.publication.internal.ReportParts.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.coordination.Participation;
import org.roadmapmonitor.coordination.ParticipationCount;
import org.roadmapmonitor.publication.RenderedDocument.Figure;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.stereotype.Component;

/**
 * The gender section's meeting table: who took part in a framework's meetings within a period, by sex, per
 * jurisdiction (meetings of none, such as regional ones, first) and year, as the coordination module records
 * them. Documents are read as the public reads, so only public meetings count. Each count is also recorded as a
 * figure ({@code participants/{jurisdiction or -}/{year}/{women|men|notRecorded}}).
 */
@Component
class MeetingParticipation {
    private final Participation participation;
    private final ReportParts parts;

    MeetingParticipation(Participation participation, ReportParts parts) {
        this.participation = participation;
        this.parts = parts;
    }

    /**
     * One row of the table as a document keeps it (so that a re-issue shows the same counts): a jurisdiction, or
     * null for meetings of none, and a calendar year.
     */
    record Tally(String jurisdiction, int year, long meetings, long women, long men, long notRecorded) {
        ParticipationCount count() {
            return ParticipationCount.of(women, men, notRecorded);
        }
    }

    /** Who took part in the framework's meetings from the first period's start to the last one's end. One query. */
    List<Tally> read(String framework, PeriodCode first, PeriodCode last) {
        return participation.byJurisdiction(framework, first.start(), last.end()).stream()
                .map(t -> new Tally(
                        t.jurisdiction(),
                        t.year(),
                        t.meetings(),
                        t.count().women(),
                        t.count().men(),
                        t.count().notRecorded()))
                .toList();
    }

    /** The table, or a sentence saying that nobody's participation is recorded for the period. */
    Doc.Block block(List<Tally> tallies, String periodLabel, List<Figure> figures) {
        if (tallies.isEmpty()) {
            return new Doc.Text(t("publication.meetings.none"), "muted");
        }
        var rows = new ArrayList<List<Doc.Cell>>();
        for (var tally : tallies) {
            var c = tally.count();
            rows.add(List.of(
                    Doc.Cell.text(
                            tally.jurisdiction() == null
                                    ? t("publication.meetings.noJurisdiction")
                                    : parts.jurisdictionName(tally.jurisdiction())),
                    Doc.Cell.text(String.valueOf(tally.year())),
                    count(tally.meetings()),
                    count(c.women()),
                    count(c.men()),
                    count(c.notRecorded()),
                    Doc.Cell.number(parts.number(c.womenShare()), c.womenShare())));
            String place = tally.jurisdiction() == null ? "-" : tally.jurisdiction();
            for (var sex : List.of(
                    Map.entry("women", c.women()),
                    Map.entry("men", c.men()),
                    Map.entry("notRecorded", c.notRecorded()))) {
                figures.add(new Figure(
                        "participants/" + place + "/" + tally.year() + "/" + sex.getKey(),
                        String.valueOf(sex.getValue()),
                        t("publication.source.meetings")));
            }
        }
        return new Doc.Table(
                t("publication.sheet.meetings"),
                t("publication.meetings.caption", periodLabel),
                List.of(
                        t("publication.col.jurisdiction"),
                        t("publication.col.year"),
                        t("publication.col.meetings"),
                        t("publication.col.women"),
                        t("publication.col.men"),
                        t("publication.col.notRecorded"),
                        t("publication.col.womenShare")),
                List.of(false, false, true, true, true, true, true),
                rows);
    }

    private Doc.Cell count(long n) {
        return Doc.Cell.number(parts.number(BigDecimal.valueOf(n)), BigDecimal.valueOf(n));
    }
}
