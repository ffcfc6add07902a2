package org.roadmapmonitor.coordination.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.coordination.ActionPoint;
import org.roadmapmonitor.coordination.ActionPoints;
import org.roadmapmonitor.coordination.Meeting;
import org.roadmapmonitor.coordination.MeetingDecisions;
import org.roadmapmonitor.coordination.MeetingPlan;
import org.roadmapmonitor.coordination.MeetingType;
import org.roadmapmonitor.coordination.Meetings;
import org.roadmapmonitor.coordination.Participant;
import org.roadmapmonitor.coordination.Sex;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only, once: the Western Balkans Roadmap's regional coordination meetings (dates and places of
 * the 2nd to 13th as SEESAC reported them, domain.md §2.2; later ones invented), a local coordination meeting
 * in each of the six jurisdictions a few weeks before each, and the trust fund's steering committee meetings,
 * loaded through the same services as a user's. Participants, decisions and action points are invented and
 * every meeting is marked as demo data.
 */
@Component
@Order(StartupOrder.DEMO_DATA + 10)
class DemoMeetings implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    private static final String FRAMEWORK = "WB-SALW-ROADMAP";
    private static final String FUND = "SLW00";

    /** Jurisdiction, its name in titles, its capital and time zone. */
    record Place(String code, String name, String city, String zone) {}

    static final List<Place> WB6 = List.of(
            new Place("AL", "Albania", "Tirana", "Europe/Tirane"),
            new Place("BA", "Bosnia and Herzegovina", "Sarajevo", "Europe/Sarajevo"),
            new Place("ME", "Montenegro", "Podgorica", "Europe/Podgorica"),
            new Place("MK", "North Macedonia", "Skopje", "Europe/Skopje"),
            new Place("RS", "Serbia", "Belgrade", "Europe/Belgrade"),
            new Place("XK", "Kosovo*", "Pristina", "Europe/Belgrade"));

    /** Regional meeting number, first day, venue (null: not recorded), period the report covered. */
    record Regional(int number, String day, String venue, String period) {}

    static final List<Regional> REGIONAL = List.of(
            new Regional(2, "2019-11-20", "Tirana", "2019S1"),
            new Regional(3, "2020-07-03", null, "2019S2"),
            new Regional(4, "2020-11-25", null, "2020S1"),
            new Regional(6, "2021-12-01", null, "2021S1"),
            new Regional(7, "2022-07-05", "Skopje", "2021S2"),
            new Regional(8, "2022-12-13", "Budva", "2022S1"),
            new Regional(9, "2023-07-04", "Sarajevo", "2022S2"),
            new Regional(10, "2023-12-19", "Tirana", "2023S1"),
            new Regional(11, "2024-07-09", "Podgorica", "2023S2"),
            new Regional(12, "2024-12-10", "Skopje", "2024S1"),
            new Regional(13, "2025-07-08", "Sarajevo", "2024S2"),
            new Regional(14, "2025-12-09", "Belgrade (demo)", "2025S1"),
            new Regional(15, "2026-07-07", "Tirana (demo)", "2025S2"),
            new Regional(16, "2026-12-15", "Podgorica (demo)", "2026S1"));

    /** The fund's steering committee meetings of its demo decisions (FundDemoData), then yearly ones invented. */
    static final Map<String, String> COMMITTEE = Map.of(
            "2019-12-10", "1st Steering Committee meeting (demo)",
            "2021-01-28", "3rd Steering Committee meeting, 28 January 2021",
            "2023-06-28", "6th Steering Committee meeting (demo)",
            "2025-02-12", "8th Steering Committee meeting (demo)",
            "2026-02-11", "9th Steering Committee meeting (demo)",
            "2027-02-10", "10th Steering Committee meeting (demo)");

    static final List<String> ORGANISATIONS = List.of(
            "SALW Commission",
            "SEESAC",
            "UNDP",
            "UNODC",
            "OSCE",
            "EU Delegation",
            "Embassy of Germany",
            "Embassy of France",
            "GIZ",
            "Small Arms Survey",
            "INTERPOL",
            "EUROPOL");

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final MeetingDecisions decisions;
    private final ActionPoints actionPoints;
    private final FundDirectory funds;
    private final TransactionTemplate tx;

    DemoMeetings(
            DemoMode demo,
            JdbcClient jdbc,
            Meetings meetings,
            MeetingDecisions decisions,
            ActionPoints actionPoints,
            FundDirectory funds,
            TransactionTemplate tx) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.decisions = decisions;
        this.actionPoints = actionPoints;
        this.funds = funds;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || jdbc.sql("select exists (select 1 from meeting where demo)")
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        SystemActor.run(() -> tx.executeWithoutResult(s -> load()));
        log.info(
                "Demo mode: loaded {} regional and {} local coordination meetings",
                REGIONAL.size(),
                REGIONAL.size() * WB6.size());
    }

    private void load() {
        for (int i = 0; i < REGIONAL.size(); i++) {
            Regional r = REGIONAL.get(i);
            LocalDate day = LocalDate.parse(r.day());
            for (int j = 0; j < WB6.size(); j++) {
                local(WB6.get(j), day.minusWeeks(4).plusDays(j), r, i * WB6.size() + j);
            }
            meetings.plan(
                    new MeetingPlan(
                            MeetingType.REGIONAL_COORDINATION,
                            ordinal(r.number())
                                    + " Regional Coordination Meeting of the Western Balkans SALW Control Roadmap (demo)",
                            day.atTime(9, 0),
                            day.plusDays(1).atTime(16, 0),
                            r.venue() == null ? "Europe/Belgrade" : zoneOf(r.venue()),
                            r.venue() == null ? "Online (demo)" : r.venue(),
                            FRAMEWORK,
                            null,
                            null,
                            r.period(),
                            true,
                            "1. Regional progress report for " + r.period() + "\n2. KPI data by goal\n"
                                    + "3. Partners' and donors' support\n4. Gaps and next steps",
                            participants(90 + (r.number() * 7) % 30, i)),
                    true);
        }
        if (funds.find(FUND).isPresent()) {
            COMMITTEE.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> committee(e.getKey(), e.getValue()));
        }
    }

    private void local(Place place, LocalDate day, Regional before, int seed) {
        Meeting m = meetings.plan(
                new MeetingPlan(
                        MeetingType.LOCAL_COORDINATION,
                        "Local coordination meeting, " + place.name() + ", before the " + ordinal(before.number())
                                + " regional meeting (demo)",
                        day.atTime(10, 0),
                        day.atTime(15, 0),
                        place.zone(),
                        place.city(),
                        FRAMEWORK,
                        place.code(),
                        null,
                        before.period(),
                        false,
                        "Activities and progress per Roadmap goal, against the Roadmap Action Plan; support needs",
                        participants(14 + seed % 9, seed)),
                true);
        decisions.record(
                m.id(),
                new MeetingDecisions.NewDecision(
                        "The narrative report for " + before.period() + " is sent to SEESAC by the commission (demo)",
                        null));
        boolean latest = before.number() == REGIONAL.get(REGIONAL.size() - 1).number();
        // The demo editor of Serbia owns one, due months ahead (so that no reminder fires during a demo or a test).
        boolean editors = latest && place.code().equals("RS");
        var point = actionPoints.add(
                m.id(),
                new ActionPoints.NewActionPoint(
                        "Collect the KPI data of the police and customs for " + before.period() + " (demo)",
                        editors ? "editor.rs@demo" : "Commission secretary (demo)",
                        "SALW Commission " + place.name(),
                        editors ? day.plusMonths(4) : day.plusWeeks(2)));
        // Most are followed up at the next meeting; a few stay open, so that the overdue views have something.
        if (!latest && seed % 5 != 0) {
            actionPoints.follow(point.id(), ActionPoint.Status.DONE, null, "Reported at the next meeting (demo)");
        }
    }

    private void committee(String day, String title) {
        LocalDate d = LocalDate.parse(day);
        Meeting m = meetings.plan(
                new MeetingPlan(
                        MeetingType.STEERING_COMMITTEE,
                        title.contains("demo") ? title : title + " (demo)",
                        d.atTime(10, 0),
                        d.atTime(13, 0),
                        "Europe/Belgrade",
                        "Online (demo)",
                        FRAMEWORK,
                        null,
                        FUND,
                        null,
                        false,
                        "Results of the funded projects; proposals of the call; the fund's annual report",
                        participants(16, day.hashCode() & 0xff)),
                true);
        decisions.record(
                m.id(),
                new MeetingDecisions.NewDecision(
                        "The committee took the allocation decisions listed on the fund's proposals page (demo)",
                        null));
    }

    /** Invented participants: about four in ten women, a few whose sex was not recorded. */
    static List<Participant> participants(int count, int seed) {
        var list = new ArrayList<Participant>(count);
        for (int k = 0; k < count; k++) {
            int v = (k * 37 + seed * 11) % 100;
            Sex sex = v < 41 ? Sex.WOMAN : v < 95 ? Sex.MAN : Sex.NOT_RECORDED;
            list.add(new Participant(
                    "Participant " + (k + 1) + " (demo)",
                    ORGANISATIONS.get((k + seed) % ORGANISATIONS.size()),
                    k == 0 ? "Chair" : (k % 4 == 0 ? "Head of delegation" : "Delegate"),
                    sex));
        }
        return list;
    }

    private static String zoneOf(String venue) {
        return WB6.stream()
                .filter(p -> venue.startsWith(p.city()))
                .map(Place::zone)
                .findFirst()
                .orElse(venue.startsWith("Budva") ? "Europe/Podgorica" : "Europe/Belgrade");
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
