package org.roadmapmonitor.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.roadmapmonitor.analytics.Rows.Place;
import org.roadmapmonitor.analytics.Rows.Stored;
import org.roadmapmonitor.analytics.Scope.Definition;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.PeriodCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analytics API: indicator values for jurisdictions and regions, periods and disaggregations, folded by
 * each indicator's rule, with baselines, targets and statuses; and the dashboards built on the same rows. Every
 * call reads the stored values as the caller may see them: the published copy from {@link PublishedStore}, checked
 * against the revision this request reads, or {@link VisibleValues} for those who may read working values. There
 * is no rebuild step and no copy older than the request's own read, so a published value is in the next answer.
 */
@Service
public class Analytics {
    private static final LocalDate EARLIEST = LocalDate.of(PeriodCode.MIN_YEAR, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(PeriodCode.MAX_YEAR, 12, 31);

    private final Scopes scopes;
    private final VisibleValues values;
    private final PublishedStore published;
    private final DashboardAssembly assembly;
    private final WorkingDerived working;
    private final TransactionTemplate reading;

    Analytics(
            Scopes scopes,
            VisibleValues values,
            PublishedStore published,
            DashboardAssembly assembly,
            WorkingDerived working,
            PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.scopes = scopes;
        this.values = values;
        this.published = published;
        this.assembly = assembly;
        this.working = working;
    }

    /** The rows the query asks for, as this caller may see them. */
    @Transactional(readOnly = true)
    public List<AnalyticsRow> query(AnalyticsQuery q) {
        return rows(scopes.of(q.framework()), q, Optional.empty());
    }

    /** What a caller does with an answer: given its name (see {@link #answer}), and the rows. */
    public interface Answering<T> {
        T answer(Optional<Object> name, Supplier<List<AnalyticsRow>> rows);
    }

    /**
     * The rows the query asks for, handed to {@code how} with a name for them: for the public (a caller who reads only
     * the published copy of every jurisdiction in them) the query and the framework's revisions read now; for a
     * reader of working values also the working view's revision and the reader ({@link #named}). Two callers with
     * equal names get the same rows, so an answer encoded for a name may be given again for it; any write changes the
     * name.
     *
     * <p>The answer is named from one statement that needs no transaction (the revisions; the framework's definitions
     * kept in memory for them) and looked for with {@code kept}; when nothing is kept under a public name, it is
     * computed from the copy of the published values in memory when that copy covers the revisions read, still
     * without another statement. Only otherwise (the definitions or the values moved since they were kept, or the
     * caller reads working values and nothing is kept for them) are the rows read in one read-only transaction that
     * reads the revisions again and names its rows by what it read: a write committed between the two reads gives a
     * newer name, never an older answer.
     */
    public <T> T answer(AnalyticsQuery q, Function<Object, T> kept, Answering<T> how) {
        Optional<Scopes.Framed> quick = scopes.ofKept(q.framework());
        if (quick.isPresent()) {
            Scopes.Framed framed = quick.get();
            Optional<Object> name = name(framed, q);
            if (name.isPresent()) {
                T found = kept.apply(name.get());
                if (found != null) {
                    return found;
                }
                Optional<PublishedCells> copy = published.kept(q.framework(), framed.revision());
                if (copy.isPresent() && isPublic(name.get())) {
                    return how.answer(name, () -> rows(framed, q, copy));
                }
            }
        }
        return reading.execute(status -> {
            Scopes.Framed framed = scopes.of(q.framework());
            return how.answer(name(framed, q), () -> rows(framed, q, Optional.empty()));
        });
    }

    /** The name of the query's rows as read at the framework's revisions (see {@link #named}). */
    private Optional<Object> name(Scopes.Framed framed, AnalyticsQuery q) {
        definitions(framed.scope(), q.indicators());
        return named(framed, places(framed, q.jurisdictions()), List.of(q, framed.revision()));
    }

    /**
     * The name of what is computed for these places: {@code published} (what it is, and the revisions of the
     * definitions and published values it is made of) when this caller reads only the published copy of every
     * jurisdiction in them (the public); else that, the working view's revision read in the same statement (V86),
     * the reader ({@link VisibleValues#workingReader}: the user and the jurisdictions whose working copies they read)
     * and today's date, in a name no public caller can have. The revisions are read before any value, so what is
     * computed under a name is never older than the name: a write committed in between only makes it newer than
     * asked, and the next reader reads a newer name.
     */
    private Optional<Object> named(Scopes.Framed framed, List<Place> places, List<Object> published) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // Read inside a transaction that writes: its own writes are in what it reads, but a revision moves only
            // as it commits (V86) or may still roll back (V65): nothing read here may be kept under a name.
            return Optional.empty();
        }
        Optional<Object> reader = values.workingReader(jurisdictionCodes(places));
        if (reader.isEmpty()) {
            return Optional.of(published);
        }
        return Optional.of(new Working(published, framed.working(), reader.get(), assembly.today()));
    }

    /** The name of something computed for a reader of working values (see {@link #named}). */
    private record Working(List<Object> published, long working, Object reader, LocalDate today) {}

    private static boolean isPublic(Object name) {
        return !readsWorking(name);
    }

    /**
     * Whether a name {@link #answer} or a page's part was given (or one made of it, as a list) names something
     * computed for a reader of working values: such answers are kept apart from the public's (see {@code Answers}).
     */
    public static boolean readsWorking(Object name) {
        if (name instanceof Working) {
            return true;
        }
        return name instanceof List<?> parts && parts.stream().anyMatch(Analytics::readsWorking);
    }

    /** The rows, read from {@code copy} when given (the public's, checked against the revisions), else as {@link #read}. */
    private List<AnalyticsRow> rows(Scopes.Framed framed, AnalyticsQuery q, Optional<PublishedCells> copy) {
        Scope scope = framed.scope();
        List<Definition> defs = definitions(scope, q.indicators());
        List<Place> places = places(framed, q.jurisdictions());
        LocalDate from = q.periods().stream()
                .map(PeriodCode::start)
                .min(LocalDate::compareTo)
                .orElse(EARLIEST);
        LocalDate to = q.periods().stream()
                .map(PeriodCode::end)
                .max(LocalDate::compareTo)
                .orElse(LATEST);
        Map<String, Stored> stored = copy.isPresent()
                ? byIndicator(copy.get()
                        .cells(
                                codes(defs),
                                jurisdictionCodes(places),
                                from,
                                to,
                                !q.disaggregate().isEmpty()))
                : read(framed, defs, places, from, to, !q.disaggregate().isEmpty());
        StatusScale scale = framed.scale();
        var rows = new ArrayList<AnalyticsRow>();
        for (Definition def : defs) {
            Stored s = stored.getOrDefault(def.indicator().code(), new Stored());
            List<PeriodCode> periods = q.periods().isEmpty() ? s.periods() : q.periods();
            List<String> keys = q.disaggregate().isEmpty() ? List.of("") : keys(s, q.disaggregate());
            rows.addAll(Rows.of(def, places, periods, keys, s, scale));
        }
        return rows;
    }

    /** The framework's dashboard, as this caller may see it, with every KPI's trend. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(String framework) {
        return dashboard(framework, Integer.MAX_VALUE);
    }

    /**
     * The framework's dashboard, with every KPI's trend only if it has at most {@code trendsUpTo} members; a larger
     * one gets each KPI's latest values alone (its first paint), its trends being asked for one KPI at a time.
     */
    @Transactional(readOnly = true)
    public Dashboard dashboard(String framework, int trendsUpTo) {
        Scopes.Framed framed = scopes.of(framework);
        Scope scope = framed.scope();
        List<Definition> defs = latestDefinitions(scope);
        List<Place> places = places(framed, List.of());
        Map<String, Stored> stored = read(framed, defs, places, EARLIEST, LATEST, false);
        return assembly.assemble(
                scope, defs, places, stored, framed.scale(), scope.members().size() <= trendsUpTo);
    }

    /** What a dashboard page does with its parts: see {@link #dashboardPage}. */
    public interface DashboardAnswering<T> {
        T answer(Optional<Object> name, Dashboard.Outline outline, Supplier<Dashboard> dashboard);
    }

    /**
     * A dashboard page in one transaction: its outline read now (the compliance of {@code period}, the current
     * ones when {@code null}, and the calendar), and its KPIs computed only if {@code how} asks for them; with a
     * name for the KPIs, as {@link #answer} names an API answer: the framework, whether trends are inline, the
     * revisions read now and today's date (and for a reader of working values what {@link #named} adds). Two callers
     * with equal names get the same KPIs (the outline is not in the name: compliance depends on
     * report states and on the caller, which no revision covers), and any write of what the KPIs are made of
     * changes the name.
     */
    @Transactional(readOnly = true)
    public <T> T dashboardPage(String framework, int trendsUpTo, String period, DashboardAnswering<T> how) {
        Scopes.Framed framed = scopes.of(framework);
        Scope scope = framed.scope();
        boolean trends = scope.members().size() <= trendsUpTo;
        List<Definition> defs = latestDefinitions(scope);
        Dashboard.Outline outline = assembly.outline(
                scope, defs, framed.scale(), period == null || period.isBlank() ? null : period.strip());
        List<Place> places = places(framed, List.of());
        Optional<Object> name = named(
                framed,
                places,
                List.of("dashboard", scope.summary().code(), trends, framed.revision(), assembly.today()));
        return how.answer(name, outline, () -> {
            Map<String, Stored> stored = read(framed, defs, places, EARLIEST, LATEST, false);
            return assembly.assemble(
                    scope,
                    defs,
                    places,
                    stored,
                    framed.scale(),
                    trends,
                    outline.compliance(),
                    outline.calendarPeriods());
        });
    }

    private static List<Definition> latestDefinitions(Scope scope) {
        return scope.indicators().values().stream()
                .filter(d -> d.version().equals(scope.latest().version()))
                .toList();
    }

    /** What a KPI's fragment does with its answer: see {@link #kpiPart}. */
    public interface KpiAnswering<T> {
        T answer(Optional<Object> name, Supplier<Dashboard.Trend> kpi);
    }

    /**
     * One KPI of the dashboard for a page that loads it alone, in one transaction: with its whole trend (every member
     * and the region over its periods, the same rows as {@link #dashboard} gives for it) or with its latest values
     * only (the region's and each member's), computed only if {@code how} asks for it; with a name for it, as {@link
     * #dashboardPage} names its KPIs: the framework, the indicator, which of the two, the revisions read now and today's date. An indicator the
     * framework does not have is refused before anything is named.
     */
    @Transactional(readOnly = true)
    public <T> T kpiPart(String framework, String indicator, boolean trend, KpiAnswering<T> how) {
        Scopes.Framed framed = scopes.of(framework);
        Definition def = latestDefinition(framed.scope(), indicator);
        List<Place> places = places(framed, List.of());
        LocalDate today = assembly.today();
        Optional<Object> name = named(
                framed,
                places,
                List.of(
                        "kpi",
                        framed.scope().summary().code(),
                        indicator,
                        trend ? "trend" : "lines",
                        framed.revision(),
                        today));
        return how.answer(name, () -> kpi(framed, def, places, today, trend));
    }

    /** What a caller does with one KPI's latest values: see {@link #latest(String, String, LatestAnswering)}. */
    public interface LatestAnswering<T> {
        T answer(Optional<Object> name, Dashboard.Choices choices, Supplier<Dashboard.Trend> latest);
    }

    /**
     * One KPI's latest values (the region's and each member's, without its trend), in one transaction, computed
     * only if {@code how} asks for them; with the dashboard's KPIs to choose among (a map's switch), and a name for
     * the values, as {@link #dashboardPage} names its KPIs: the framework, the KPI, the revisions read now and today's date. {@code how}
     * checks that the framework has the KPI before asking for it.
     */
    @Transactional(readOnly = true)
    public <T> T latest(String framework, String indicator, LatestAnswering<T> how) {
        Scopes.Framed framed = scopes.of(framework);
        Scope scope = framed.scope();
        var choices = new Dashboard.Choices(
                scope.summary().code(),
                latestDefinitions(scope).stream().map(Definition::indicator).toList());
        List<Place> places = places(framed, List.of());
        LocalDate today = assembly.today();
        Optional<Object> name =
                named(framed, places, List.of("latest", choices.framework(), indicator, framed.revision(), today));
        return how.answer(name, choices, () -> kpi(framed, latestDefinition(scope, indicator), places, today, false));
    }

    private static Definition latestDefinition(Scope scope, String indicator) {
        return scope.indicators().values().stream()
                .filter(d -> d.version().equals(scope.latest().version())
                        && d.indicator().code().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new BadRequestException(
                        "indicator",
                        "analytics.problem.unknownIndicator",
                        indicator,
                        scope.summary().code()));
    }

    private Dashboard.Trend kpi(
            Scopes.Framed framed, Definition def, List<Place> places, LocalDate today, boolean trend) {
        Scope scope = framed.scope();
        String indicator = def.indicator().code();
        Map<String, Stored> stored = read(framed, List.of(def), places, EARLIEST, LATEST, false);
        return new Dashboard.Trend(
                assembly.kpi(
                        scope, def, places, stored.getOrDefault(indicator, new Stored()), framed.scale(), today, trend),
                scope.region(),
                scope.members(),
                framed.scale());
    }

    /** Where each member's report of one calendar period stands, as this caller may know it. */
    @Transactional(readOnly = true)
    public List<Dashboard.Compliance> compliance(String framework, String period) {
        Scope scope = scopes.of(framework).scope();
        return assembly.compliance(scope, period == null || period.isBlank() ? null : period.strip());
    }

    private static List<Definition> definitions(Scope scope, List<String> codes) {
        if (codes.isEmpty()) {
            return List.copyOf(scope.indicators().values());
        }
        var out = new ArrayList<Definition>();
        for (String code : codes) {
            Definition d = scope.indicators().get(code);
            if (d == null) {
                throw new BadRequestException(
                        "indicator",
                        "analytics.problem.unknownIndicator",
                        code,
                        scope.summary().code());
            }
            out.add(d);
        }
        return out;
    }

    /** Whom rows are asked for: every member and the framework's region when none is named. */
    private static List<Place> places(Scopes.Framed framed, List<String> codes) {
        Scope scope = framed.scope();
        var out = new ArrayList<Place>();
        if (codes.isEmpty()) {
            scope.members().forEach(j -> out.add(new Place(j.code(), List.of())));
            scope.region().ifPresent(r -> out.add(new Place(r.code(), scope.membersUnder(r))));
            return out;
        }
        for (String code : codes) {
            Jurisdiction j = Optional.ofNullable(
                            framed.jurisdictions().get(code.strip().toUpperCase(Locale.ROOT)))
                    .orElseThrow(() ->
                            new BadRequestException("jurisdiction", "analytics.problem.unknownJurisdiction", code));
            if (scope.isMember(j.code())) {
                out.add(new Place(j.code(), List.of()));
            } else if (j.kind() == Jurisdiction.Kind.REGION
                    && !scope.membersUnder(j).isEmpty()) {
                out.add(new Place(j.code(), scope.membersUnder(j)));
            } else {
                throw new BadRequestException(
                        "jurisdiction",
                        "analytics.problem.notMember",
                        j.code(),
                        scope.summary().code());
            }
        }
        return out;
    }

    /**
     * The cells of these rows: from the published values kept in memory for a caller who sees only the published
     * copy (checked against the revision read in this request), else as {@link VisibleValues} reads them.
     */
    private Map<String, Stored> read(
            Scopes.Framed framed,
            List<Definition> defs,
            List<Place> places,
            LocalDate from,
            LocalDate to,
            boolean breakdowns) {
        String framework = framed.scope().summary().code();
        Set<String> jurisdictionCodes = jurisdictionCodes(places);
        var codes = codes(defs);
        var copy = published.at(framework, framed.revision());
        List<Cell> cells = null;
        if (copy.isPresent()) {
            if (values.onlyPublished(jurisdictionCodes)) {
                cells = copy.get().cells(codes, jurisdictionCodes, from, to, breakdowns);
            } else {
                cells = withWorking(framed, copy.get(), codes, jurisdictionCodes, from, to, breakdowns);
            }
        }
        if (cells == null) {
            cells = values.cells(framework, codes, jurisdictionCodes, from, to, breakdowns);
        }
        // Live evidence-derived working values, for those who may read them (none for the public copy).
        return byIndicator(working.overlay(framed.scope(), defs, jurisdictionCodes, from, to, breakdowns, cells));
    }

    private static List<String> codes(List<Definition> defs) {
        return defs.stream().map(d -> d.indicator().code()).toList();
    }

    private static Map<String, Stored> byIndicator(List<Cell> cells) {
        var out = new HashMap<String, Stored>();
        for (var cell : cells) {
            out.computeIfAbsent(cell.indicator(), c -> new Stored()).add(cell);
        }
        return out;
    }

    /**
     * What {@link VisibleValues#cells} answers a caller who reads working values, without reading the published
     * copy again: the published cells from memory less those of the reports this caller reads as working copies,
     * plus those reports' working cells (one statement). Null — read by the one statement instead — when the
     * framework's published values moved since this request read their revision: a report published in between
     * could be in neither part.
     */
    private List<Cell> withWorking(
            Scopes.Framed framed,
            PublishedCells copy,
            List<String> codes,
            Set<String> jurisdictionCodes,
            LocalDate from,
            LocalDate to,
            boolean breakdowns) {
        String framework = framed.scope().summary().code();
        VisibleValues.Working working = values.working(framework, codes, jurisdictionCodes, from, to, breakdowns);
        if (scopes.publishedMoved(framework, framed.revision())) {
            return null;
        }
        return merged(working, copy.cells(codes, jurisdictionCodes, from, to, breakdowns));
    }

    /** The published cells less those of the reports read as working copies, and those reports' working cells. */
    static List<Cell> merged(VisibleValues.Working working, List<Cell> published) {
        var out = new ArrayList<Cell>(published.size() + working.cells().size());
        out.addAll(working.cells());
        for (Cell c : published) {
            if (!working.replaces(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The jurisdictions whose cells the places need: each member asked for and each region's members. */
    private static Set<String> jurisdictionCodes(List<Place> places) {
        Set<String> codes = new LinkedHashSet<>();
        for (Place t : places) {
            if (t.region()) {
                codes.addAll(t.members());
            } else {
                codes.add(t.code());
            }
        }
        return codes;
    }

    /** The stored breakdown keys over exactly the dimensions asked for ({@code sex} → {@code sex=female}, …). */
    private static List<String> keys(Stored s, List<String> dimensions) {
        return s.keys().stream()
                .filter(k -> !k.isEmpty()
                        && Rows.disaggregation(k).keySet().stream()
                                .sorted()
                                .toList()
                                .equals(dimensions))
                .toList();
    }
}
