package org.roadmapmonitor.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.roadmapmonitor.analytics.Rows.Place;
import org.roadmapmonitor.analytics.Rows.Stored;
import org.roadmapmonitor.analytics.Scope.Definition;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.framework.ReportingPeriod;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.reporting.PeriodCompliance;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;
import org.springframework.stereotype.Component;

/**
 * Lays a dashboard out from the rows: each KPI's trend in its own frequency (half-years rolled up into years
 * where the KPI is reported yearly now and its rule allows), its latest regional value and each member's latest
 * value; and the compliance of the calendar's current periods, in one more query.
 */
@Component
class DashboardAssembly {
    /** The longest trend drawn: twenty years of half-years. */
    static final int MAX_PERIODS = 40;

    private final ReportingCalendar calendar;
    private final PeriodCompliance compliance;
    private final Clock clock;

    DashboardAssembly(ReportingCalendar calendar, PeriodCompliance compliance, Clock clock) {
        this.calendar = calendar;
        this.compliance = compliance;
        this.clock = clock;
    }

    Dashboard assemble(
            Scope scope,
            List<Definition> defs,
            List<Place> places,
            Map<String, Stored> stored,
            StatusScale scale,
            boolean trends) {
        List<ReportingPeriod> all = calendar.periods(scope.summary().code());
        return assemble(scope, defs, places, stored, scale, trends, compliance(scope, null, all), codes(all));
    }

    /** The same, with the compliance and the calendar's periods the request has already read. */
    Dashboard assemble(
            Scope scope,
            List<Definition> defs,
            List<Place> places,
            Map<String, Stored> stored,
            StatusScale scale,
            boolean trends,
            List<Dashboard.Compliance> compliance,
            List<String> calendarPeriods) {
        LocalDate today = LocalDate.now(clock);
        var blocks = new ArrayList<Dashboard.ObjectiveBlock>();
        for (Objective o : scope.latest().objectives()) {
            var kpis = defs.stream()
                    .filter(d -> d.objective().code().equals(o.code()))
                    .map(d -> kpi(
                            scope,
                            d,
                            places,
                            stored.getOrDefault(d.indicator().code(), new Stored()),
                            scale,
                            today,
                            trends))
                    .toList();
            if (!kpis.isEmpty()) {
                blocks.add(new Dashboard.ObjectiveBlock(o.code(), o.title(), kpis));
            }
        }
        return new Dashboard(
                scope.summary().code(),
                scope.summary().name(),
                scope.latest().version(),
                scope.region(),
                scope.members(),
                scale,
                blocks,
                trends,
                compliance,
                calendarPeriods);
    }

    /**
     * What a dashboard page shows besides its KPIs, read afresh on every request (report states and the calendar
     * are no part of the revisions, and compliance depends on the caller): the framework's outline, the
     * compliance of the period asked for (the current ones when {@code null}) and the calendar's periods.
     */
    Dashboard.Outline outline(Scope scope, List<Definition> defs, StatusScale scale, String asked) {
        List<ReportingPeriod> all = calendar.periods(scope.summary().code());
        return new Dashboard.Outline(
                scope.summary().code(),
                scope.summary().name(),
                scope.latest().version(),
                scope.region(),
                scope.members(),
                scale,
                defs.stream().map(d -> d.indicator().code()).toList(),
                compliance(scope, asked, all),
                codes(all));
    }

    private static List<String> codes(List<ReportingPeriod> periods) {
        return periods.stream().map(p -> p.period().code()).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One KPI's rows as the dashboard lays them out, with its whole trend or only its latest values. */
    Dashboard.Kpi kpi(
            Scope scope,
            Definition def,
            List<Place> places,
            Stored stored,
            StatusScale scale,
            LocalDate today,
            boolean withTrend) {
        PeriodType type = def.indicator().frequency() != null
                ? def.indicator().frequency()
                : scope.latest().reportingPeriodType();
        List<PeriodCode> periods = trendPeriods(stored.periods(), type, today);
        if (!withTrend) {
            return latestOnly(scope, def, places, stored, scale, periods);
        }
        var rows = Rows.of(def, places, periods, List.of(""), stored, scale);
        String latest = latest(scope, rows, periods);
        var regional = scope.region()
                .flatMap(region -> rows.stream()
                        .filter(r -> r.jurisdiction().equals(region.code())
                                && r.period().equals(latest))
                        .findFirst())
                .orElse(null);
        var byJurisdiction = new HashMap<String, List<AnalyticsRow>>();
        rows.forEach(r -> byJurisdiction
                .computeIfAbsent(r.jurisdiction(), c -> new ArrayList<>())
                .add(r));
        var lines = new ArrayList<AnalyticsRow>();
        for (Jurisdiction j : scope.members()) {
            var own = byJurisdiction.getOrDefault(j.code(), List.of());
            own.stream()
                    .filter(r -> r.value() != null)
                    .reduce((a, b) -> b)
                    .or(() ->
                            own.stream().filter(r -> r.period().equals(latest)).findFirst())
                    .ifPresent(lines::add);
        }
        var trend = new ArrayList<AnalyticsRow>();
        scope.region()
                .ifPresent(region -> rows.stream()
                        .filter(r -> r.jurisdiction().equals(region.code()))
                        .forEach(trend::add));
        rows.stream()
                .filter(r -> scope.region()
                        .map(x -> !x.code().equals(r.jurisdiction()))
                        .orElse(true))
                .forEach(trend::add);
        return new Dashboard.Kpi(
                def.indicator(),
                latest,
                regional,
                lines,
                periods.stream().map(PeriodCode::code).toList(),
                trend);
    }

    /**
     * The same latest period, regional row and member lines as the whole trend gives (see {@link #latest}), without
     * making the trend: each member's rows are made only for the periods its stored cells fall in, latest first,
     * and the region's only from the earliest of its members' latest periods down to the first one all reported.
     * At 193 members × 40 periods this is a few rows per member instead of 15,520 per KPI.
     */
    private static Dashboard.Kpi latestOnly(
            Scope scope,
            Definition def,
            List<Place> places,
            Stored stored,
            StatusScale scale,
            List<PeriodCode> periods) {
        Optional<Place> region = scope.region()
                .flatMap(r -> places.stream()
                        .filter(p -> p.region() && p.code().equals(r.code()))
                        .findFirst());
        Set<PeriodCode> window = new HashSet<>(periods);
        PeriodType type = periods.get(0).type();
        var valued = new HashMap<String, AnalyticsRow>();
        boolean everyone = true;
        PeriodCode earliest = null;
        PeriodCode last = null;
        for (Jurisdiction j : scope.members()) {
            var place = new Place(j.code(), List.of());
            // A period has a value only if a stored cell is it or lies in it, so only those periods are tried.
            var candidates = new TreeSet<PeriodCode>(Comparator.reverseOrder());
            stored.of(j.code(), "").keySet().forEach(c -> {
                PeriodCode p = PeriodCode.of(type, c.start());
                if (window.contains(p)) {
                    candidates.add(p);
                }
            });
            AnalyticsRow found = null;
            for (PeriodCode p : candidates) {
                AnalyticsRow r = row(def, place, p, stored, scale);
                if (r.value() != null) {
                    found = r;
                    break;
                }
            }
            if (found == null) {
                continue;
            }
            valued.put(j.code(), found);
            PeriodCode at = PeriodCode.parse(found.period());
            last = last == null || at.compareTo(last) > 0 ? at : last;
        }
        // The region folds its own members (a framework may have members outside it).
        for (String m : region.map(Place::members).orElse(List.of())) {
            AnalyticsRow found = valued.get(m);
            if (found == null) {
                everyone = false;
                break;
            }
            PeriodCode at = PeriodCode.parse(found.period());
            earliest = earliest == null || at.compareTo(earliest) < 0 ? at : earliest;
        }
        var regionRows = new HashMap<PeriodCode, AnalyticsRow>();
        PeriodCode latest = null;
        if (region.isPresent() && everyone && earliest != null) {
            // After the earliest of the members' latest periods someone has no value, so none is complete.
            for (int i = periods.size() - 1; i >= 0 && latest == null; i--) {
                PeriodCode p = periods.get(i);
                if (p.compareTo(earliest) <= 0) {
                    AnalyticsRow r = row(def, region.get(), p, stored, scale);
                    regionRows.put(p, r);
                    if (r.value() != null && r.missing().isEmpty()) {
                        latest = p;
                    }
                }
            }
        }
        if (latest == null) {
            latest = last;
            // The latest anyone did: a regional value is only tried where it could be later than every member's.
            for (int i = periods.size() - 1; i >= 0 && region.isPresent(); i--) {
                PeriodCode p = periods.get(i);
                if (last != null && p.compareTo(last) <= 0) {
                    break;
                }
                AnalyticsRow r = row(def, region.get(), p, stored, scale);
                regionRows.put(p, r);
                if (r.value() != null) {
                    latest = p;
                    break;
                }
            }
        }
        if (latest == null) {
            latest = periods.get(periods.size() - 1);
        }
        PeriodCode at = latest;
        AnalyticsRow regional = region.map(r -> regionRows.computeIfAbsent(at, p -> row(def, r, p, stored, scale)))
                .orElse(null);
        var lines = new ArrayList<AnalyticsRow>();
        for (Jurisdiction j : scope.members()) {
            lines.add(valued.computeIfAbsent(j.code(), c -> row(def, new Place(c, List.of()), at, stored, scale)));
        }
        return new Dashboard.Kpi(
                def.indicator(),
                latest.code(),
                regional,
                lines,
                periods.stream().map(PeriodCode::code).toList(),
                List.of());
    }

    private static AnalyticsRow row(Definition def, Place place, PeriodCode p, Stored stored, StatusScale scale) {
        return Rows.of(def, List.of(place), List.of(p), List.of(""), stored, scale)
                .get(0);
    }

    /**
     * The period the regional value is shown for: the latest one every member reported, else the latest anyone
     * did (its missing members are then named), else the last period of the trend.
     */
    private static String latest(Scope scope, List<AnalyticsRow> rows, List<PeriodCode> periods) {
        var complete = scope.region()
                .flatMap(region -> rows.stream()
                        .filter(r -> r.jurisdiction().equals(region.code())
                                && r.value() != null
                                && r.missing().isEmpty())
                        .map(r -> PeriodCode.parse(r.period()))
                        .max(PeriodCode::compareTo));
        return complete.or(() -> rows.stream()
                        .filter(r -> r.value() != null)
                        .map(r -> PeriodCode.parse(r.period()))
                        .max(PeriodCode::compareTo))
                .orElse(periods.get(periods.size() - 1))
                .code();
    }

    /**
     * The periods of the KPI's frequency from its first stored value to its last (at most {@link #MAX_PERIODS},
     * the latest ones); without any, the last period that has ended, so that baselines and targets still show.
     */
    static List<PeriodCode> trendPeriods(List<PeriodCode> stored, PeriodType type, LocalDate today) {
        if (stored.isEmpty()) {
            return List.of(PeriodCode.of(type, today).previous());
        }
        PeriodCode first = PeriodCode.of(
                type,
                stored.stream().map(PeriodCode::start).min(LocalDate::compareTo).orElseThrow());
        PeriodCode last = PeriodCode.of(
                type,
                stored.stream().map(PeriodCode::end).max(LocalDate::compareTo).orElseThrow());
        List<PeriodCode> all = PeriodCode.range(first, last);
        return all.size() > MAX_PERIODS ? all.subList(all.size() - MAX_PERIODS, all.size()) : all;
    }

    /** The calendar's periods open today, or else the one that closed last; or the one asked for. */
    List<Dashboard.Compliance> compliance(Scope scope, String asked) {
        return compliance(scope, asked, calendar.periods(scope.summary().code()));
    }

    private List<Dashboard.Compliance> compliance(Scope scope, String asked, List<ReportingPeriod> all) {
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> current = asked == null
                ? all.stream()
                        .filter(p -> p.stateOn(today) == ReportingPeriod.State.OPEN)
                        .toList()
                : all.stream().filter(p -> p.period().code().equals(asked)).toList();
        if (current.isEmpty() && asked == null) {
            current = all.stream()
                    .filter(p -> p.closesOn().isBefore(today))
                    .max((a, b) -> a.closesOn().compareTo(b.closesOn()))
                    .map(List::of)
                    .orElse(List.of());
        }
        var codes = scope.members().stream().map(Jurisdiction::code).toList();
        var standings = compliance.standings(
                scope.summary().code(),
                codes,
                current.stream().map(p -> p.period().code()).toList());
        var out = new ArrayList<Dashboard.Compliance>();
        for (ReportingPeriod p : current) {
            var lines = new ArrayList<Dashboard.Line>();
            for (Jurisdiction j : scope.members()) {
                standings.stream()
                        .filter(s -> s.jurisdiction().equals(j.code())
                                && s.period().equals(p.period().code()))
                        .findFirst()
                        .ifPresent(s -> lines.add(new Dashboard.Line(
                                j, s, p.closesOn(), s.known() && !s.in() && today.isAfter(p.closesOn()))));
            }
            out.add(new Dashboard.Compliance(p, lines));
        }
        return out;
    }
}
