package org.roadmapmonitor.framework;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each framework's calendar of reporting periods, of the framework's reporting period type. By default a
 * period opens for reporting the day after it ends and closes the report kind's window later (60 days by default).
 */
@Service
public class ReportingCalendar {

    private final JdbcClient jdbc;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;

    public ReportingCalendar(JdbcClient jdbc, FrameworkCatalogue catalogue, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.events = events;
    }

    /** The periods of several frameworks in one query, newest first per framework (feeds must not ask per row). */
    public Map<String, List<ReportingPeriod>> periods(Collection<String> frameworks) {
        var out = new LinkedHashMap<String, List<ReportingPeriod>>();
        frameworks.forEach(f -> out.put(f, new ArrayList<>()));
        jdbc.sql("""
                        select f.code, p.period_code, p.opens_on, p.closes_on, p.locked from reporting_period p
                        join framework f on f.id = p.framework_id where f.code = any(?)""")
                .param(frameworks.toArray(String[]::new))
                .query((rs, i) -> new ReportingPeriod(
                        rs.getString(1),
                        PeriodCode.parse(rs.getString(2)),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(),
                        rs.getBoolean(5)))
                .list()
                .forEach(p -> out.get(p.framework()).add(p));
        out.values().forEach(list -> list.sort((a, b) -> b.period().compareTo(a.period())));
        return out;
    }

    public List<ReportingPeriod> periods(String framework) {
        catalogue.summary(framework);
        return jdbc
                .sql("""
                select p.period_code, p.opens_on, p.closes_on, p.locked from reporting_period p
                join framework f on f.id = p.framework_id where f.code = ?""")
                .param(framework)
                .query((rs, i) -> new ReportingPeriod(
                        framework,
                        PeriodCode.parse(rs.getString(1)),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate(),
                        rs.getBoolean(4)))
                .list()
                .stream()
                .sorted((a, b) -> b.period().compareTo(a.period()))
                .toList();
    }

    public Optional<ReportingPeriod> period(String framework, PeriodCode code) {
        return periods(framework).stream().filter(p -> p.period().equals(code)).findFirst();
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public ReportingPeriod set(
            String framework, String periodCode, LocalDate opensOn, LocalDate closesOn, boolean locked) {
        PeriodCode period = PeriodCode.parse(periodCode);
        // Each kind of report the versions of that year collect has its period type and its window.
        var kind = kinds(framework, period.year()).stream()
                .filter(k -> k.periodType() == period.type())
                .findFirst()
                .orElseThrow(() -> new InvalidException(
                        "period",
                        "framework.problem.periodKinds",
                        framework,
                        String.join(
                                " / ",
                                kinds(framework, period.year()).stream()
                                        .map(k -> k.periodType().example())
                                        .toList()),
                        period.code()));
        LocalDate opens = opensOn == null ? period.end().plusDays(1) : opensOn;
        LocalDate closes = closesOn == null ? opens.plusDays(kind.window()) : closesOn;
        if (closes.isBefore(opens)) {
            throw new InvalidException(
                    List.of(Problem.at("closesOn", "problem.closesBeforeOpens")), "framework.problem.datesDoNotFit");
        }
        var before = period(framework, period);
        jdbc.sql("""
                insert into reporting_period (framework_id, period_code, opens_on, closes_on, locked)
                select id, ?, ?, ?, ? from framework where code = ?
                on conflict (framework_id, period_code) do update set opens_on = excluded.opens_on,
                  closes_on = excluded.closes_on, locked = excluded.locked""")
                .params(period.code(), Date.valueOf(opens), Date.valueOf(closes), locked, framework)
                .update();
        var after = new ReportingPeriod(framework, period, opens, closes, locked);
        events.publishEvent(new ChangeMade(
                before.isPresent() ? "UPDATE" : "CREATE",
                "reporting-period",
                framework + "/" + period.code(),
                ChangeMade.summary(
                        locked ? "audit.summary.period.setLocked" : "audit.summary.period.set",
                        period.code(),
                        framework,
                        opens,
                        closes),
                before.map(ReportingCalendar::state).orElse(null),
                state(after)));
        return after;
    }

    /** Adds every period of a year that is not in the calendar yet, with the default window. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<ReportingPeriod> addYear(String framework, int year) {
        var existing = periods(framework);
        for (ReportKind kind : kinds(framework, year)) {
            for (PeriodCode p : PeriodCode.year(year).children(kind.periodType())) {
                if (existing.stream().noneMatch(e -> e.period().equals(p))) {
                    set(framework, p.code(), null, null, false);
                }
            }
        }
        return periods(framework);
    }

    /** The kinds of report that the versions covering a year collect (all versions' kinds if none covers it). */
    public List<ReportKind> kinds(String framework, int year) {
        var versions = catalogue.summary(framework).versions().stream()
                .filter(v -> v.status() != Vocabulary.VersionStatus.DRAFT)
                .toList();
        var covering = versions.stream()
                .filter(v -> (v.startYear() == null || v.startYear() <= year)
                        && (v.endYear() == null || v.endYear() >= year))
                .toList();
        var byType = new java.util.LinkedHashMap<org.roadmapmonitor.shared.PeriodType, ReportKind>();
        for (var v : covering.isEmpty() ? versions : covering) {
            catalogue.document(framework, v.version()).kinds().forEach(k -> byType.putIfAbsent(k.periodType(), k));
        }
        return List.copyOf(byType.values());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void remove(String framework, String periodCode) {
        PeriodCode period = PeriodCode.parse(periodCode);
        var before = period(framework, period)
                .orElseThrow(() -> new NotFoundException("framework.notInCalendar", period.code(), framework));
        jdbc.sql(
                        "delete from reporting_period where period_code = ? and framework_id = (select id from framework where code = ?)")
                .params(period.code(), framework)
                .update();
        events.publishEvent(new ChangeMade(
                "DELETE",
                "reporting-period",
                framework + "/" + period.code(),
                ChangeMade.summary("audit.summary.period.removed", period.code(), framework),
                state(before),
                null));
    }

    private static java.util.Map<String, Object> state(ReportingPeriod p) {
        return java.util.Map.of(
                "period", p.period().code(),
                "opensOn", p.opensOn().toString(),
                "closesOn", p.closesOn().toString(),
                "locked", p.locked());
    }
}
