package org.roadmapmonitor.benchmark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.roadmapmonitor.evidence.Measures;
import org.roadmapmonitor.evidence.WeaponItemFiles;
import org.roadmapmonitor.identity.internal.ApiTokens;
import org.roadmapmonitor.identity.internal.IdentityRepository;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark of issues #10 and #11: data generated in PostgreSQL with a fixed seed at two tiers, every
 * measure timed against its baseline in the same run, and one table printed (and written to
 * target/benchmarks/roadmap.txt) for docs/benchmarks.md. Not part of the normal build; run it with
 * {@code mvn -B -ntp -Pbench verify} (see docs/benchmarks.md for the sizes it takes).
 *
 * <p>Tiers: <b>regional</b> — the Western Balkans Roadmap 2030 as shipped (6 jurisdictions, 14 KPIs), published
 * yearly reports 2018–2030; <b>global</b> — 193 jurisdictions in 6 regions, 5 frameworks × 30 indicators, each
 * cell a total and 2 breakdown cells (3 values), 40 half-years (≈ 3.5 M published values), weapon items and
 * incidents ({@code -Dbench.items}, {@code -Dbench.incidents}, {@code -Dbench.importRows}).
 */
@IntegrationTest
class RoadmapBenchmark {
    static final double SEED = 0.20261201;
    static final int JURISDICTIONS = 193;
    static final int REGIONS = 6;
    static final int FRAMEWORKS = 5;
    static final int INDICATORS = 30;
    static final int FIRST_YEAR = 2011;
    static final int HALF_YEARS = 40;
    static final int RUNS = 30;

    /**
     * Timed reads of one KPI's series (a few milliseconds each): with {@link #RUNS} the p95 is the second slowest of
     * 30, decided by whether a collection of the shared heap fell into two of them; 300 reads estimate it.
     */
    static final int SERIES_RUNS = 300;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApiTokens tokens;

    @Autowired
    VisibleValues visibleValues;

    @Autowired
    Measures measures;

    @Autowired
    IdentityRepository users;

    @TempDir
    Path dir;

    private final List<String[]> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyMeasureAgainstItsBaseline() throws Exception {
        long items = Long.getLong("bench.items", 10_000_000L);
        long incidents = Long.getLong("bench.incidents", 2_000_000L);
        long importRows = Long.getLong("bench.importRows", 10_000_000L);
        long exportItems = Math.min(items, 1_000_000L);

        if (wanted("regional")) {
            regionalTier();
        }
        if (wanted("global") || wanted("evidence") || wanted("export")) {
            globalJurisdictions();
        }
        if (wanted("global")) {
            globalValues();
        }
        if (wanted("evidence") || wanted("export")) {
            globalEvidence(items, incidents);
        }
        if (wanted("global")) {
            globalMeasures();
        }
        if (wanted("import")) {
            measure("weapon-item CSV import end to end (#10)", () -> importMeasure(importRows));
        }
        if (wanted("export")) {
            measure(
                    "CSV export of " + String.format("%,d", exportItems) + " weapon items",
                    () -> exportMeasure(items, exportItems));
        }
        if (wanted("xlsx")) {
            measure(
                    "upload memory of a large XLSX workbook",
                    () -> workbookMeasure(Long.getLong("bench.xlsxRows", 1_000_000L)));
            measure(
                    "upload memory of XLSX workbooks at once",
                    () -> parallelWorkbooksMeasure(
                            Integer.getInteger("bench.xlsxParallel", 6),
                            Long.getLong("bench.xlsxParallelRows", 200_000L)));
        }

        var out = new ArrayList<String>();
        out.add("| measure | tier | baseline in the same run | result | target | met |");
        out.add("|---|---|---|---|---|---|");
        table.forEach(r -> out.add("| " + String.join(" | ", r) + " |"));
        out.add("");
        out.addAll(notes);
        Path file = Path.of("target/benchmarks/roadmap.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        System.out.println("\n===== Roadmap Monitor benchmark =====");
        out.forEach(System.out::println);
        assertThat(table).isNotEmpty();
    }

    // ---------------------------------------------------------------- regional tier

    private void regionalTier() {
        long t0 = System.nanoTime();
        jdbc.sql("select setseed(?)").param(SEED).query().listOfRows();
        int reports = jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at, published_at)
                select v.framework_id, v.id, m.jurisdiction_code, y::text, make_date(y, 1, 1), make_date(y, 12, 31),
                       'PUBLISHED', now(), 'bench', now(), now()
                from framework f join framework_version v on v.framework_id = f.id and v.version = '2030'
                join jurisdiction_membership m on m.framework_code = f.code and m.role = 'MEMBER'
                cross join generate_series(2018, 2030) y
                where f.code = 'WB-SALW-ROADMAP'
                on conflict do nothing""").update();
        int values = jdbc.sql("""
                insert into published_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                  period_end, disaggregation_key, value, numerator, denominator)
                select r.id, i.id, r.jurisdiction_code, r.period_code, r.period_start, r.period_end, k.key,
                       case when i.type in ('RATIO', 'PERCENTAGE') then null
                            when i.type = 'ORDINAL' then floor(random() * 5)
                            when i.type = 'YES_NO' then floor(random() * 2) else floor(random() * 500) end,
                       case when i.type in ('RATIO', 'PERCENTAGE') then floor(random() * 100) end,
                       case when i.type in ('RATIO', 'PERCENTAGE') then 100 + floor(random() * 400) end
                from progress_report r
                join indicator i on i.framework_version_id = r.framework_version_id
                cross join lateral (
                  select '' as key
                  union all
                  select d.dim || '=' || (c->>'code')
                  from jsonb_array_elements_text(i.disaggregations) d(dim)
                  join framework_version v on v.id = i.framework_version_id
                  cross join lateral jsonb_array_elements(v.dimensions) dd
                  cross join lateral jsonb_array_elements(dd->'categories') c
                  where dd->>'code' = d.dim) k
                where r.created_by = 'bench'
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into report_publication (report_id, published_at)
                select id, now() from progress_report where created_by = 'bench' on conflict do nothing""").update();
        jdbc.sql("analyze").update();
        notes.add(String.format(
                "Regional tier generated: %,d published reports, %,d published values (WB 2030, 2018–2030) in %.1f s.",
                reports, values, seconds(t0)));

        // The demo's background loading (evidence import, derived and SDG figures published) writes into the
        // same framework for the first seconds; measure the running service, not its start.
        org.roadmapmonitor.support.DemoSettled.await(jdbc);
        String fw = "WB-SALW-ROADMAP";
        measurePair(
                "KPI matrix of one framework (all KPIs × members + region × latest 10 periods) via /api/v1/analytics",
                "regional",
                () -> api("/api/v1/analytics?framework=" + fw + "&period=2021:2030"),
                () -> sql(matrixBaseline(fw, "2021", "2030", "'WB'")),
                50,
                10);
        measurePair(
                "one KPI's series for one jurisdiction",
                "regional",
                () -> api("/api/v1/analytics?framework=" + fw + "&indicator=KPI-9&jurisdiction=RS"),
                () -> sql(seriesBaseline(fw, "KPI-9", "RS")),
                5,
                0);
        measureOne("dashboard page, server time", "regional", () -> page("/frameworks/" + fw + "/dashboard"), 200);
    }

    // ---------------------------------------------------------------- global tier

    /**
     * Which groups of measures this run makes: {@code -Dbench.only=regional,global,evidence,import,export,xlsx}
     * (comma-separated; all when absent). {@code global} is the published values and the analytics measures,
     * {@code evidence} the generated weapon items and incidents.
     */
    private static boolean wanted(String group) {
        String only = System.getProperty("bench.only", "").strip();
        return only.isEmpty() || List.of(only.split("\\s*,\\s*")).contains(group);
    }

    private void globalJurisdictions() {
        jdbc.sql("""
                insert into jurisdiction (code, name, short_name, kind, parent_code, path, position)
                select 'GR' || g, 'Bench region ' || g, 'Region ' || g, 'REGION', 'WORLD', '/WORLD/GR' || g || '/', 900 + g
                from generate_series(1, ?) g""").param(REGIONS).update();
        jdbc.sql("""
                insert into jurisdiction (code, name, short_name, kind, parent_code, path, position)
                select 'GJ' || lpad(g::text, 3, '0'), 'Bench jurisdiction ' || g, 'Bench ' || g, 'JURISDICTION',
                       'GR' || (1 + g % ?), '/WORLD/GR' || (1 + g % ?) || '/GJ' || lpad(g::text, 3, '0') || '/', 1000 + g
                from generate_series(1, ?) g""").params(REGIONS, REGIONS, JURISDICTIONS).update();
        var admin = Http.api(port).basic("secretariat@demo", "demo");
        for (int f = 1; f <= FRAMEWORKS; f++) {
            var res = admin.post("/api/v1/frameworks", frameworkDocument(f));
            assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
            jdbc.sql("""
                    insert into jurisdiction_membership (framework_code, jurisdiction_code, role)
                    select ?, code, 'MEMBER' from jurisdiction where code like 'GJ%'""").param("BENCH-" + f).update();
        }
    }

    private void globalValues() {
        long t0 = System.nanoTime();
        jdbc.sql("select setseed(?)").param(SEED).query().listOfRows();
        int reports = jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at, published_at)
                select v.framework_id, v.id, j.code, (? + p / 2)::text || 'S' || (p % 2 + 1),
                       make_date(? + p / 2, case when p % 2 = 0 then 1 else 7 end, 1),
                       make_date(? + p / 2, case when p % 2 = 0 then 6 else 12 end, case when p % 2 = 0 then 30 else 31 end),
                       'PUBLISHED', now(), 'bench-global', now(), now()
                from framework f join framework_version v on v.framework_id = f.id
                join jurisdiction j on j.code like 'GJ%'
                cross join generate_series(0, ? - 1) p
                where f.code like 'BENCH-%'""")
                .params(FIRST_YEAR, FIRST_YEAR, FIRST_YEAR, HALF_YEARS)
                .update();
        int values = jdbc.sql("""
                insert into published_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                  period_end, disaggregation_key, value, numerator, denominator)
                select r.id, i.id, r.jurisdiction_code, r.period_code, r.period_start, r.period_end, k.key,
                       case when i.type = 'RATIO' then null else floor(random() * 500) end,
                       case when i.type = 'RATIO' then floor(random() * 100) end,
                       case when i.type = 'RATIO' then 100 + floor(random() * 400) end
                from progress_report r
                join indicator i on i.framework_version_id = r.framework_version_id
                cross join (values (''), ('sex=female'), ('sex=male')) k(key)
                where r.created_by = 'bench-global'""").update();
        jdbc.sql("""
                insert into report_publication (report_id, published_at)
                select id, now() from progress_report where created_by = 'bench-global'""").update();
        jdbc.sql("analyze").update();
        notes.add(String.format(
                "Global tier generated: %,d published reports and %,d published values in %.1f s.",
                reports, values, seconds(t0)));
    }

    private void globalEvidence(long items, long incidents) {
        long t0 = System.nanoTime();
        long events = Math.max(1, items / 3);
        jdbc.sql("""
                insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date, agency,
                                        updated_by)
                select 'GJ' || lpad((1 + e % ?)::text, 3, '0'), 'BENCH-' || e,
                       (array['SEIZED', 'FOUND', 'SURRENDERED'])[1 + e % 3], case when e % 3 = 0 then e % 2 = 0 end,
                       make_date(? + (e % 20)::int, 1 + (e % 12)::int, 1 + (e % 28)::int), 'Police', 'bench'
                from generate_series(1, ?) e""").params(JURISDICTIONS, FIRST_YEAR, events).update();
        jdbc.sql("""
                insert into weapon_item (event_id, item_key, category, serial_number, manufacturer, marking_status,
                                         tracing_status, origin_established, origin_method)
                select a.id, 'SN' || a.id || '-' || k, 'PISTOL', 'SN' || a.id || '-' || k, 'Zastava', 'UNIQUELY_MARKED',
                       case when (a.id + k) % 4 = 0 then 'TRACED' else 'PENDING' end, (a.id + k) % 4 = 0,
                       case when (a.id + k) % 4 = 0 then 'TRACING' end
                from arms_event a cross join generate_series(1, 3) k
                where a.event_ref like 'BENCH-%' and (a.id - (select min(id) from arms_event where event_ref like 'BENCH-%')) * 3 + k <= ?""").param(items).update();
        jdbc.sql("""
                insert into incident (jurisdiction_code, incident_ref, occurred_on, incident_type, updated_by)
                select 'GJ' || lpad((1 + g % ?)::text, 3, '0'), 'BENCH-' || g,
                       make_date(? + (g % 20)::int, 1 + (g % 12)::int, 1 + (g % 28)::int),
                       (array['CRIMINAL', 'DOMESTIC_VIOLENCE', 'CELEBRATORY_SHOOTING', 'ACCIDENT'])[1 + g % 4], 'bench'
                from generate_series(1, ?) g""").params(JURISDICTIONS, FIRST_YEAR, incidents).update();
        jdbc.sql("analyze").update();
        notes.add(String.format(
                "Global tier evidence generated: %,d events, %,d weapon items, %,d incidents in %.1f s (INSERT … SELECT"
                        + " in PostgreSQL).",
                events, items, incidents, seconds(t0)));
    }

    private void globalMeasures() throws Exception {
        String fw = "BENCH-1";
        String latest10 = (FIRST_YEAR + HALF_YEARS / 2 - 5) + "S1:" + (FIRST_YEAR + HALF_YEARS / 2 - 1) + "S2";
        measurePair(
                "KPI matrix of one framework (30 KPIs × 193 + region × latest 10 periods) via /api/v1/analytics",
                "global",
                () -> api("/api/v1/analytics?framework=" + fw + "&period=" + latest10),
                () -> sql(matrixBaseline(
                        fw,
                        (FIRST_YEAR + HALF_YEARS / 2 - 5) + "S1",
                        (FIRST_YEAR + HALF_YEARS / 2 - 1) + "S2",
                        "'WORLD'")),
                50,
                10);
        measurePair(
                "the same KPI matrix read by a plain HTTP/1.1 client (one kept-alive socket, the answer read by"
                        + " Content-Length into a 64 KiB buffer): the server's time without the JDK HttpClient's",
                "global",
                () -> plain("/api/v1/analytics?framework=" + fw + "&period=" + latest10),
                () -> sql(matrixBaseline(
                        fw,
                        (FIRST_YEAR + HALF_YEARS / 2 - 5) + "S1",
                        (FIRST_YEAR + HALF_YEARS / 2 - 1) + "S2",
                        "'WORLD'")),
                50,
                10);
        measure("where the matrix's time goes", () -> matrixProfile(fw, latest10));
        measure(
                "KPI matrix, first call after a published value of the framework changed (its copy in memory"
                        + " reloaded, its answers computed again)",
                () -> matrixAfterChange(fw, latest10));
        measurePair(
                "one KPI's series for one jurisdiction (40 half-years)",
                "global",
                () -> api("/api/v1/analytics?framework=" + fw + "&indicator=G-07&jurisdiction=GJ100"),
                () -> sql(seriesBaseline(fw, "G-07", "GJ100")),
                5,
                0,
                SERIES_RUNS);
        measurePair(
                "the same KPI series read by a plain HTTP/1.1 client",
                "global",
                () -> plain("/api/v1/analytics?framework=" + fw + "&indicator=G-07&jurisdiction=GJ100"),
                () -> sql(seriesBaseline(fw, "G-07", "GJ100")),
                5,
                0,
                SERIES_RUNS);
        measureOne("dashboard page, server time", "global", () -> page("/frameworks/" + fw + "/dashboard"), 200);
        measureOne(
                "dashboard: one KPI's trend chart and table (193 members + region × 40 half-years), loaded when"
                        + " scrolled into view",
                "global",
                () -> page("/frameworks/" + fw + "/dashboard/trends/G-07"),
                200);
        measure(
                "dashboard: one KPI's trend, first call after a change",
                () -> afterChange(
                        "dashboard: one KPI's trend chart and table, first call after a published value of the framework"
                                + " changed (its copy in memory brought up to date, the fragment computed and written"
                                + " again; repeated reads get the public's kept fragment)",
                        fw,
                        () -> page("/frameworks/" + fw + "/dashboard/trends/G-07"),
                        "fragment of %,d characters",
                        "— (the goal is for repeated reads; shown so that the cost of a change is known)"));
        measure("analytics API under load: 32 concurrent clients on loopback", () -> load(fw, false));
        measure("analytics API under load: 32 plain clients on loopback", () -> load(fw, true));
        measure("freshness: value published → visible in /api/v1/analytics", this::freshness);
        // Last: it adds a version, working reports and (without the evidence group) records to this framework.
        measure(
                "KPI matrix and dashboard as the secretariat reads them (working values)",
                () -> workingView(fw, latest10));
    }

    /**
     * What the secretariat pays for reading working values, against the public's same request in the same run.
     * Made after every other measure of the tier, whose workload it leaves as it was: the framework gets a second
     * version (its 30 KPIs, one derived from the weapon items — {@code evidence:weapons_recovered} — and a formula
     * over that one and a typed KPI), its latest half-year is reopened for every member (working values beside the
     * published ones, submitted again) and the half-year before for every tenth member (drafts), and records are
     * generated for those periods at the evidence group's density when that group did not run.
     */
    private String workingView(String fw, String periods) throws Exception {
        long t0 = System.nanoTime();
        var doc = (ObjectNode) json.readTree(frameworkDocument(1));
        doc.put("version", "2").put("versionTitle", "Bench, with KPIs from the records");
        var last = (ArrayNode) doc.get("objectives").get(4).get("indicators");
        for (String[] derived : new String[][] {
            {"G-31", "Bench weapons recovered (from the records)", "evidence:weapons_recovered"},
            {"G-32", "Bench weapons recovered and indicator 1", "[G-31] + [G-01]"}
        }) {
            last.add(json.readTree(("{\"code\":\"%s\",\"title\":\"%s\",\"type\":\"COUNT\",\"unit\":\"items\","
                            + "\"aggregation\":\"SUM\",\"disaggregations\":[],\"valueSource\":\"DERIVED\","
                            + "\"formula\":\"%s\",\"frequency\":\"SIX_MONTHLY\",\"officialWording\":false,"
                            + "\"validation\":{\"min\":\"0\",\"required\":false},\"baselines\":[],"
                            + "\"targets\":[{\"jurisdiction\":\"WORLD\",\"year\":2030,\"value\":\"50000\"}],"
                            + "\"crosswalks\":[]}")
                    .formatted(derived[0], derived[1], derived[2])));
        }
        var admin = Http.api(port).basic("secretariat@demo", "demo");
        var created = admin.post("/api/v1/frameworks", json.writeValueAsString(doc));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        int year = FIRST_YEAR + HALF_YEARS / 2 - 1;
        int reopened =
                jdbc.sql("""
                update progress_report r set state = case when r.period_code = ? then 'SUBMITTED' else 'DRAFT' end
                from framework f
                where f.id = r.framework_id and f.code = ? and r.created_by = 'bench-global'
                  and (r.period_code = ? or (r.period_code = ? and right(r.jurisdiction_code, 1) = '0'))""").params(year + "S2", fw, year + "S2", year + "S1").update();
        int working = jdbc.sql("""
                insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start, period_end,
                  disaggregation_key, disaggregation, value, numerator, denominator, updated_at, updated_by,
                  report_revision)
                select p.report_id, p.indicator_id, p.jurisdiction_code, p.period_code, p.period_start, p.period_end,
                       p.disaggregation_key,
                       case when p.disaggregation_key = '' then '{}'::jsonb
                            else jsonb_build_object(split_part(p.disaggregation_key, '=', 1),
                                                    split_part(p.disaggregation_key, '=', 2)) end,
                       p.value + 1, p.numerator, p.denominator, now(), 'bench', 1
                from published_value p join progress_report r on r.id = p.report_id
                join framework f on f.id = r.framework_id
                where f.code = ? and r.state <> 'PUBLISHED'""").param(fw).update();
        long records = jdbc.sql("""
                        select count(*) from arms_event e join weapon_item w on w.event_id = e.id
                        where e.jurisdiction_code like 'GJ%' and e.event_date between ? and ?""")
                .params(java.sql.Date.valueOf(year + "-01-01"), java.sql.Date.valueOf(year + "-12-31"))
                .query(Long.class)
                .single();
        String generated = "";
        if (records == 0) {
            // The evidence group spreads its items over 20 years: one year's share of them, in the working year.
            long events = Math.max(1, Long.getLong("bench.items", 10_000_000L) / 3 / 20);
            jdbc.sql("""
                    insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date,
                                            agency, updated_by)
                    select 'GJ' || lpad((1 + e % ?)::text, 3, '0'), 'BENCHW-' || e,
                           (array['SEIZED', 'FOUND', 'SURRENDERED'])[1 + e % 3],
                           case when e % 3 = 0 then e % 2 = 0 end, make_date(?, 1 + (e % 12)::int, 1 + (e % 28)::int),
                           'Police', 'bench'
                    from generate_series(1, ?) e""").params(JURISDICTIONS, year, events).update();
            records = jdbc.sql("""
                    insert into weapon_item (event_id, item_key, category, serial_number, manufacturer, marking_status,
                                             tracing_status, origin_established, origin_method)
                    select a.id, 'SN' || a.id || '-' || k, 'PISTOL', 'SN' || a.id || '-' || k, 'Zastava',
                           'UNIQUELY_MARKED', 'PENDING', false, null
                    from arms_event a cross join generate_series(1, 3) k where a.event_ref like 'BENCHW-%'""").update();
            jdbc.sql("analyze").update();
            generated = " generated for it";
        }
        notes.add(String.format(
                "Working view: %s version 2 (32 KPIs: G-31 = evidence:weapons_recovered, G-32 = [G-31] + [G-01]),"
                        + " %,d reports made working (%sS2 all members submitted again, %sS1 every tenth member a"
                        + " draft) with %,d working values; %,d weapon items in %d%s; set up in %.1f s.",
                fw, reopened, year, year, working, records, year, generated, seconds(t0)));

        var user = users.findUser("secretariat@demo", false).orElseThrow();
        String token = tokens.create(user, "benchmark working view", 1).token();
        var secretariatApi = Http.api(port).bearer(token);
        var secretariatPages = Http.browser(port);
        secretariatPages.signIn("secretariat@demo", "demo");
        // The public's clients are this measure's own and describe a failure by the path alone: api() puts the whole
        // answer (13.9 MB) in its assertion's description on every call, which ran the 256 MB heap out (22:15).
        var visitorApi = Http.api(port);
        var visitorPages = Http.browser(port);
        String matrix = "/api/v1/analytics?framework=" + fw + "&period=" + periods;
        String answer = secretariatApi.get(matrix).body();
        assertThat(answer)
                .as("the secretariat's matrix holds working cells and the live evidence and formula KPIs")
                .contains("\"working\":true")
                .contains("evidence:weapons_recovered")
                .contains("\"source\":\"formula\"");
        workingPair(
                "KPI matrix of one framework (32 KPIs × 193 + region × latest 10 periods) via /api/v1/analytics,"
                        + " signed in as the secretariat (working values)",
                () -> call(secretariatApi, matrix),
                () -> call(visitorApi, matrix),
                50);
        try (var secretariatPlain = new PlainHttp(port, "Authorization: Bearer " + token);
                var visitorPlain = new PlainHttp(port)) {
            workingPair(
                    "the same matrix as the secretariat, read by a plain HTTP/1.1 client (the public's same request"
                            + " by another)",
                    () -> secretariatPlain.get(matrix),
                    () -> visitorPlain.get(matrix),
                    50);
        }
        afterWorkingChange(
                "KPI matrix as the secretariat, first call after a working value changed (computed again: V86's"
                        + " working revision moved)",
                fw,
                () -> call(secretariatApi, matrix));
        String dashboard = "/frameworks/" + fw + "/dashboard";
        parts(user, fw, year);
        workingPair(
                "dashboard page, server time, signed in as the secretariat (working values)",
                () -> call(secretariatPages, dashboard),
                () -> call(visitorPages, dashboard),
                200);
        afterWorkingChange(
                "dashboard page as the secretariat, first call after a working value changed",
                fw,
                () -> call(secretariatPages, dashboard));
        return "";
    }

    /**
     * The secretariat's request right after a write of one working value of the framework (the same value written
     * again: a write all the same), 10 times: what the repeated reads timed above do not pay, shown beside them.
     */
    private void afterWorkingChange(String what, String fw, Supplier<Integer> call) {
        try {
            call.get();
            double[] out = new double[10];
            for (int i = 0; i < out.length; i++) {
                int written = jdbc.sql("""
                        update data_value set value = value where id = (
                          select d.id from data_value d join progress_report r on r.id = d.report_id
                          join framework f on f.id = r.framework_id
                          where f.code = ? and r.state <> 'PUBLISHED' order by d.id limit 1)""").param(fw).update();
                assertThat(written).as("a working value of " + fw).isEqualTo(1);
                long t = System.nanoTime();
                lastSize = call.get();
                out[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(out);
            row(
                    what,
                    "global",
                    "—",
                    String.format(
                            "p50 %.1f ms, max %.1f ms (%,d characters; 10 calls)",
                            p(out, 0.5), out[out.length - 1], lastSize),
                    "— (the goal is for repeated reads; shown so that the cost of a change is known)",
                    "—");
        } catch (RuntimeException | AssertionError e) {
            row(what, "global", "—", "failed: " + e.getMessage(), "—", "no");
        }
    }

    /**
     * Where the secretariat's time goes: the two reads the working view adds to the public's path, timed alone as
     * the secretariat — the one statement of {@link VisibleValues#cells} (working and published copies chosen per
     * report) for the matrix's range and for the dashboard's (every period), and the live measure of the weapon
     * items for every working report.
     */
    private void parts(org.roadmapmonitor.identity.RoadmapUser user, String fw, int year) {
        var codes = new ArrayList<String>();
        for (int n = 1; n <= INDICATORS + 2; n++) {
            codes.add("G-" + (n < 10 ? "0" : "") + n);
        }
        var members = jdbc.sql("select code from jurisdiction where code like 'GJ%'")
                .query(String.class)
                .list();
        var targets = jdbc.sql("""
                        select r.jurisdiction_code, r.period_code from progress_report r join framework f on f.id = r.framework_id
                        where f.code = ? and r.state <> 'PUBLISHED'""")
                .param(fw)
                .query((rs, n) -> new Measures.Target(rs.getString(1), PeriodCode.parse(rs.getString(2))))
                .list();
        var from = java.time.LocalDate.of(year - 4, 1, 1);
        var to = java.time.LocalDate.of(year, 12, 31);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
        try {
            double[] matrix = times(
                    () -> visibleValues
                            .cells(fw, codes, members, from, to, false)
                            .size(),
                    10);
            long matrixCells = lastSize;
            // What a request of the secretariat actually reads (Analytics.withWorking): the published cells from the
            // copy in memory, and only the working reports' cells from this statement.
            double[] workingMatrix = times(
                    () -> visibleValues
                            .working(fw, codes, members, from, to, false)
                            .cells()
                            .size(),
                    10);
            long workingCells = lastSize;
            double[] workingAll = times(
                    () -> visibleValues
                            .working(fw, codes, members, java.time.LocalDate.of(1900, 1, 1), to, false)
                            .cells()
                            .size(),
                    10);
            double[] live =
                    times(() -> measures.compute("weapons_recovered", targets).size(), 10);
            notes.add(String.format(
                    "Working view, its parts timed alone as the secretariat: VisibleValues.cells (one statement, working"
                            + " and published copies chosen per report) for the matrix's 10 half-years p50 %.1f ms,"
                            + " p95 %.1f ms (%,d cells; no longer timed for every period: its 231,600 cells read in the"
                            + " benchmark's own thread ran the shared 256 MB heap out of memory) — not the requests' path, which reads the published cells from the copy in"
                            + " memory and only the working reports' cells by VisibleValues.working: for the matrix's"
                            + " half-years p50 %.1f ms, p95 %.1f ms (%,d cells), for every period p50 %.1f ms, p95 %.1f"
                            + " ms; weapons_recovered (from V85's monthly counts) for the %,d working reports p50 %.1f"
                            + " ms, p95 %.1f ms (10 runs each).",
                    p(matrix, 0.5),
                    p(matrix, 0.95),
                    matrixCells,
                    p(workingMatrix, 0.5),
                    p(workingMatrix, 0.95),
                    workingCells,
                    p(workingAll, 0.5),
                    p(workingAll, 0.95),
                    targets.size(),
                    p(live, 0.5),
                    p(live, 0.95)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The secretariat's request timed against the public's same request, one after the other in this run. */
    private void workingPair(String what, Supplier<Integer> secretariat, Supplier<Integer> visitor, double p95Target) {
        try {
            double[] s = times(secretariat);
            long size = lastSize;
            double[] v = times(visitor);
            long publicSize = lastSize;
            row(
                    what,
                    "global",
                    String.format(
                            "the public's same request: p50 %.1f ms, p95 %.1f ms (%,d characters)",
                            p(v, 0.5), p(v, 0.95), publicSize),
                    String.format(
                            "p50 %.1f ms, p95 %.1f ms (%,d characters); secretariat / public = %.1f at p50",
                            p(s, 0.5), p(s, 0.95), size, p(s, 0.5) / p(v, 0.5)),
                    "p95 ≤ " + (int) p95Target + " ms",
                    p(s, 0.95) <= p95Target ? "yes" : "no");
        } catch (RuntimeException | AssertionError e) {
            row(what, "global", "—", "failed: " + e.getMessage(), "—", "no");
        }
    }

    /**
     * Where a repeated matrix read spends its time, for the notes: the time to the response's headers (the
     * request's transaction with its one statement, the kept answer found, the status line written) and to the last
     * byte, and the collections of the JVM (server and client share it) during the calls.
     */
    private String matrixProfile(String fw, String periods) {
        int runs = 30;
        double[] headers = new double[runs];
        double[] whole = new double[runs];
        long gcCount0 = gcCount();
        long gcTime0 = gcTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            api("/api/v1/analytics?framework=" + fw + "&period=" + periods);
            whole[i] = (System.nanoTime() - t) / 1e6;
            headers[i] = lastHeadersMs;
        }
        long collections = gcCount() - gcCount0;
        long gcMs = gcTime() - gcTime0;
        Arrays.sort(headers);
        Arrays.sort(whole);
        notes.add(String.format(
                "Matrix, global tier, %d repeated reads: headers received after p50 %.1f ms, p95 %.1f ms; last byte"
                        + " after p50 %.1f ms, p95 %.1f ms; %d garbage collections took %d ms in all during them.",
                runs, p(headers, 0.5), p(headers, 0.95), p(whole, 0.5), p(whole, 0.95), collections, gcMs));
        return "";
    }

    /**
     * The plainest HTTP/1.1 client: one socket kept alive, a GET written, the status line and headers parsed, the
     * body read to its {@code Content-Length} and counted. For telling the server's time from the JDK client's.
     */
    static final class PlainHttp implements AutoCloseable {
        private final int port;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private OutputStream out;
        private final byte[] sink = new byte[1 << 16];
        private final String headers;

        PlainHttp(int port) {
            this(port, "");
        }

        /** With {@code header} ("Authorization: Bearer …") sent on every request. */
        PlainHttp(int port, String header) {
            this.port = port;
            this.headers = header.isEmpty() ? "" : header + "\r\n";
            connect();
        }

        /** Closes the connection and opens another. */
        void reset() {
            close();
            connect();
        }

        /** A new connection: at the start, and when the server closed the last (Tomcat: after 100 requests). */
        private void connect() {
            try {
                socket = new java.net.Socket("127.0.0.1", port);
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
                out = socket.getOutputStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The body's length in bytes; the status must be 200 and the length given. */
        int get(String path) {
            try {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n" + headers
                                + "\r\n")
                        .getBytes(UTF_8));
                out.flush();
                String status = line();
                assertThat(status).as(path).startsWith("HTTP/1.1 200");
                long length = -1;
                boolean closing = false;
                for (String h; !(h = line()).isEmpty(); ) {
                    if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Long.parseLong(h.substring(15).strip());
                    } else if (h.regionMatches(true, 0, "Connection:", 0, 11)) {
                        closing = h.substring(11).strip().equalsIgnoreCase("close");
                    }
                }
                assertThat(length).as(path + ": Content-Length").isNotNegative();
                long left = length;
                while (left > 0) {
                    int r = in.read(sink, 0, (int) Math.min(sink.length, left));
                    if (r < 0) {
                        throw new java.io.EOFException(path + ": " + left + " bytes missing");
                    }
                    left -= r;
                }
                if (closing) {
                    close();
                    connect();
                }
                return Math.toIntExact(length);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private String line() throws java.io.IOException {
            var b = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    throw new java.io.EOFException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (java.io.IOException e) {
                // closing a loopback socket: nothing to do
            }
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(g -> Math.max(0, g.getCollectionCount()))
                .sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(g -> Math.max(0, g.getCollectionTime()))
                .sum();
    }

    /**
     * The price of freshness: a published value of the framework is changed by plain SQL (as a publication or
     * another node would), then the matrix is asked for once — the first answer after a change, never one kept.
     */
    private String matrixAfterChange(String fw, String periods) {
        return afterChange(
                "KPI matrix, first call after a published value of the framework changed (its copy in memory reloaded,"
                        + " its answer computed again)",
                fw,
                () -> api("/api/v1/analytics?framework=" + fw + "&period=" + periods),
                "answer of %,d bytes",
                "— (the issue's matrix goal is for repeated reads; shown so that the cost of a change is known)");
    }

    /**
     * A call made right after each of 5 changes of one published value of the framework (by plain SQL, which bumps
     * its revision): what the first reader after a change pays, nothing of it kept from before.
     */
    private String afterChange(String what, String fw, Supplier<Integer> call, String size, String target) {
        int runs = 5;
        double[] s = new double[runs];
        var key = jdbc.sql("""
                        select p.report_id, p.indicator_id from published_value p
                        join progress_report r on r.id = p.report_id join framework f on f.id = r.framework_id
                        where f.code = ? and p.disaggregation_key = '' and p.value is not null limit 1""")
                .param(fw)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        for (int i = 0; i < runs; i++) {
            jdbc.sql("""
                    update published_value set value = value + 1
                    where report_id = ? and indicator_id = ? and disaggregation_key = ''""").params(key[0], key[1]).update();
            long t = System.nanoTime();
            lastSize = call.get();
            s[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(s);
        row(
                what,
                "global",
                "—",
                String.format(
                        "p50 %.1f ms, max %.1f ms over %d changes (" + size + ")",
                        p(s, 0.5),
                        s[runs - 1],
                        runs,
                        lastSize),
                target,
                "—");
        return "";
    }

    /** A framework of 30 indicators in 5 objectives, each broken down by sex (female, male): 3 values a cell. */
    private String frameworkDocument(int f) {
        var objectives = new StringBuilder();
        for (int o = 1; o <= 5; o++) {
            var indicators = new StringBuilder();
            for (int k = 1; k <= INDICATORS / 5; k++) {
                int n = (o - 1) * (INDICATORS / 5) + k;
                boolean ratio = n % 6 == 0;
                String code = "G-" + (n < 10 ? "0" : "") + n;
                indicators
                        .append(indicators.isEmpty() ? "" : ",")
                        .append("{\"code\":\"")
                        .append(code)
                        .append("\",\"title\":\"Bench indicator ")
                        .append(n)
                        .append("\",\"type\":\"")
                        .append(ratio ? "RATIO" : "COUNT")
                        .append("\",\"unit\":\"")
                        .append(ratio ? "proportion" : "items")
                        .append("\",\"aggregation\":\"")
                        .append(ratio ? "RATIO_OF_SUMS" : n % 5 == 0 ? "AVERAGE" : "SUM")
                        .append("\",\"disaggregations\":[\"sex\"],\"valueSource\":\"REPORTED\",")
                        .append("\"frequency\":\"SIX_MONTHLY\",\"officialWording\":false,")
                        .append("\"validation\":{\"min\":\"0\",\"required\":false},\"baselines\":[],")
                        .append("\"targets\":[{\"jurisdiction\":\"WORLD\",\"year\":2030,\"value\":\"")
                        .append(ratio ? "0.5" : "50000")
                        .append("\"}],\"crosswalks\":[]}");
            }
            objectives
                    .append(objectives.isEmpty() ? "" : ",")
                    .append("{\"code\":\"O")
                    .append(o)
                    .append("\",\"number\":")
                    .append(o)
                    .append(",\"title\":\"Bench objective ")
                    .append(o)
                    .append("\",\"indicators\":[")
                    .append(indicators)
                    .append("]}");
        }
        return "{\"format\":\"roadmap-monitor/framework@1\",\"code\":\"BENCH-" + f + "\",\"name\":\"Bench framework "
                + f + "\",\"description\":\"Generated by the benchmark.\",\"objectiveLabel\":\"GOAL\","
                + "\"region\":\"WORLD\",\"reportingPeriodType\":\"SIX_MONTHLY\",\"version\":\"1\","
                + "\"versionTitle\":\"Bench\",\"startYear\":" + FIRST_YEAR + ",\"endYear\":"
                + (FIRST_YEAR + HALF_YEARS / 2 - 1) + ",\"status\":\"ACTIVE\",\"source\":\"benchmark\","
                + "\"dimensions\":[{\"code\":\"sex\",\"name\":\"Sex\",\"categories\":[{\"code\":\"female\","
                + "\"name\":\"Female\"},{\"code\":\"male\",\"name\":\"Male\"}]}],\"objectives\":[" + objectives + "]}";
    }

    /**
     * The same answer as the matrix, by plain SQL over the raw published values: every member's totals, and
     * the region's value by each indicator's rule.
     */
    private static String matrixBaseline(String framework, String from, String to, String region) {
        return """
                with v as (
                  select i.code, i.aggregation, p.jurisdiction_code, p.period_code, p.value, p.numerator, p.denominator
                  from published_value p
                  join progress_report r on r.id = p.report_id
                  join framework f on f.id = r.framework_id and f.code = '%s'
                  join indicator i on i.id = p.indicator_id
                  join jurisdiction_membership m on m.framework_code = f.code and m.jurisdiction_code = p.jurisdiction_code
                                                 and m.role = 'MEMBER'
                  where p.disaggregation_key = '' and p.period_code between '%s' and '%s')
                select code, jurisdiction_code, period_code, value, numerator, denominator from v
                union all
                select code, %s, period_code,
                       case aggregation when 'AVERAGE' then avg(value) when 'RATIO_OF_SUMS' then null
                            when 'LAST_VALUE' then max(value) else sum(value) end,
                       sum(numerator), sum(denominator)
                from v group by code, aggregation, period_code""".formatted(framework, from, to, region);
    }

    private static String seriesBaseline(String framework, String indicator, String jurisdiction) {
        return """
                select p.period_code, p.value, p.numerator, p.denominator from published_value p
                join progress_report r on r.id = p.report_id
                join framework f on f.id = r.framework_id and f.code = '%s'
                join indicator i on i.id = p.indicator_id and i.code = '%s'
                where p.jurisdiction_code = '%s' and p.disaggregation_key = '' order by p.period_start""".formatted(framework, indicator, jurisdiction);
    }

    // ---------------------------------------------------------------- the other measures

    private String load(String framework, boolean plain) throws Exception {
        int clients = 32;
        Duration length = Duration.ofSeconds(Long.getLong("bench.loadSeconds", 20L));
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        long until = System.nanoTime() + length.toNanos();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            var t = new Thread(() -> {
                var http = plain ? null : HttpClient.newHttpClient();
                var socket = plain ? new PlainHttp(port) : null;
                int n = 0;
                while (System.nanoTime() < until) {
                    String j = "GJ" + String.format("%03d", 1 + (client * 7 + n++) % JURISDICTIONS);
                    String path = "/api/v1/analytics?framework=" + framework + "&indicator=G-07&jurisdiction=" + j;
                    long s = System.nanoTime();
                    try {
                        if (plain) {
                            socket.get(path);
                        } else {
                            var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build();
                            var res = http.send(req, HttpResponse.BodyHandlers.ofString());
                            if (res.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        if (plain) {
                            socket.reset(); // the connection's state is unknown after a failure
                        }
                    }
                    latencies.add(System.nanoTime() - s);
                }
                if (socket != null) {
                    socket.close();
                }
            });
            threads.add(t);
            t.start();
        }
        for (var t : threads) {
            t.join();
        }
        long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = all.length / (double) length.toSeconds();
        double p99 = all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6;
        boolean met = rate >= 1000 && p99 <= 100 && errors.get() == 0;
        row(
                "analytics API under load: 32 concurrent clients on loopback (one KPI series each)"
                        + (plain
                                ? ", each a plain HTTP/1.1 client on its own kept-alive socket"
                                : ", each a JDK HttpClient"),
                "global",
                "—",
                String.format(
                        "%,.0f req/s, p99 %.0f ms, %d errors, over %d s", rate, p99, errors.get(), length.toSeconds()),
                "≥ 1,000 req/s, p99 ≤ 100 ms",
                met ? "yes" : "no");
        return null;
    }

    /**
     * A value published through the workflow (RS's editor saves, the approver approves, the secretariat
     * validates and publishes), then the analytics API asked until it shows it.
     */
    private String freshness() throws Exception {
        String period = "2111";
        org.roadmapmonitor.support.OpenPeriods.open(port, "WB-SALW-ROADMAP", period);
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var res = editor.post(
                "/api/v1/reports",
                "{\"framework\": \"WB-SALW-ROADMAP\", \"jurisdiction\": \"RS\", \"period\": \"" + period + "\"}");
        long id = json.readTree(res.body()).get("id").asLong();
        String value = "4242";
        notes.add("Freshness: report " + id + " created (" + res.statusCode() + ").");
        long published = publishWithValue(id, value);
        if (published < 0) {
            row(
                    "freshness: value published → visible in /api/v1/analytics",
                    "regional",
                    "—",
                    "not measured: the report could not be published through the API in this run (see notes)",
                    "≤ 1 s",
                    "?");
            return null;
        }
        var anonymous = Http.api(port);
        long seen;
        while (true) {
            var body = anonymous
                    .get("/api/v1/analytics?framework=WB-SALW-ROADMAP&indicator=KPI-5&jurisdiction=RS&period=" + period)
                    .body();
            if (body.contains(value)) {
                seen = System.nanoTime();
                break;
            }
            if (System.nanoTime() - published > Duration.ofSeconds(30).toNanos()) {
                seen = -1;
                break;
            }
        }
        double ms = (seen - published) / 1e6;
        row(
                "freshness: value published → visible in /api/v1/analytics",
                "regional",
                "—",
                seen < 0
                        ? "not visible after 30 s"
                        : String.format("%.0f ms (first call after the publish answer)", ms),
                "≤ 1 s",
                seen >= 0 && ms <= 1000 ? "yes" : "no");
        return null;
    }

    /**
     * Walks the report through the workflow with every typed value filled (KPI-5 = {@code value}); returns the moment
     * the publish call answered, or -1.
     */
    private long publishWithValue(long id, String value) throws Exception {
        var editor = Http.api(port).basic("editor.rs@demo", "demo");
        var approver = Http.api(port).basic("approver.rs@demo", "demo");
        var secretariat = Http.api(port).basic("secretariat@demo", "demo");
        var doc = json.readTree(Http.api(port)
                .get("/api/v1/frameworks/WB-SALW-ROADMAP/versions/2030")
                .body());
        var values = json.createArrayNode();
        for (var o : doc.get("objectives")) {
            for (var i : o.get("indicators")) {
                String code = i.get("code").asString();
                if (i.get("valueSource").asString().equals("DERIVED")) {
                    continue; // computed from the evidence, never typed
                }
                var v = values.addObject().put("indicator", code);
                switch (i.get("type").asString()) {
                    case "RATIO" -> v.put("numerator", "1").put("denominator", "2");
                    case "ORDINAL" ->
                        v.put("value", i.get("levels").get(0).get("value").asString());
                    case "YES_NO" -> v.put("value", "1");
                    case "PERCENTAGE" -> v.put("value", "50");
                    default -> v.put("value", code.equals("KPI-5") ? value : "10");
                }
            }
        }
        var steps = new ArrayList<String>();
        var save = editor.put(
                "/api/v1/reports/" + id + "/values",
                json.writeValueAsString(values),
                "If-Match",
                editor.get("/api/v1/reports/" + id).headers().firstValue("ETag").orElse("*"));
        steps.add("save " + save.statusCode());
        for (var step : List.of(new Object[] {editor, "SUBMIT"}, new Object[] {approver, "APPROVE"}, new Object[] {
            secretariat, "VALIDATE"
        })) {
            var r = ((Http) step[0])
                    .post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"" + step[1] + "\"}");
            steps.add(step[1] + " " + r.statusCode());
        }
        var publish = secretariat.post("/api/v1/reports/" + id + "/transitions", "{\"action\": \"PUBLISH\"}");
        long at = System.nanoTime();
        steps.add("PUBLISH " + publish.statusCode());
        notes.add("Freshness workflow: " + String.join(", ", steps) + ".");
        return publish.statusCode() == 200 ? at : -1;
    }

    private String importMeasure(long rows) throws Exception {
        Path file = WeaponItemFiles.large(dir, "BENCH", rows, "AL");
        jdbc.sql("create table bench_raw (" + String.join(" text, ", WeaponItemFiles.HEADER.split(",")) + " text)")
                .update();
        long t0 = System.nanoTime();
        try (var c = dataSource.getConnection();
                InputStream in = Files.newInputStream(file)) {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_raw from stdin (format csv, header true)", in, 1 << 16);
        }
        double copySeconds = seconds(t0);
        jdbc.sql("drop table bench_raw").update();

        var peak = new AtomicLong();
        var sampler = heapSampler(peak);
        var http = Http.api(port).basic("secretariat@demo", "demo");
        t0 = System.nanoTime();
        var res = http.postFileBody("/api/v1/imports?type=weapon-items", "text/csv", file);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        double uploadSeconds = seconds(t0);
        String state = finished(http, json.readTree(res.body()).get("id").asLong());
        var sdg = http.get("/api/v1/sdg/16.4.2?jurisdiction=AL&period=2023");
        double seconds = seconds(t0);
        sampler.interrupt();
        double rate = rows / seconds;
        double ratio = copySeconds / seconds;
        row(
                String.format("weapon-item CSV import end to end, %,d rows (upload, check, store, 16.4.2 read)", rows),
                "—",
                String.format("raw COPY of the same file: %.1f s, %,.0f rows/s", copySeconds, rows / copySeconds),
                String.format(
                        "%s in %.1f s (upload and staging %.1f s): %,.0f rows/s = %.2f × COPY; peak heap %d MiB (whole"
                                + " JVM: server and client)",
                        state, seconds, uploadSeconds, rate, ratio, peak.get() >> 20),
                "≥ 150,000 rows/s, ≥ 0.5 × COPY, heap ≤ 256 MB",
                rate >= 150_000 && ratio >= 0.5 && peak.get() <= 256L << 20 ? "yes" : "no");
        assertThat(sdg.statusCode()).isEqualTo(200);
        return null;
    }

    /**
     * The weapon-item CSV export through the API (#11), the secretariat downloading about {@code wanted} items:
     * every generated year when there are no more, else as many whole years as hold that many. The body is
     * read as a stream and only counted, so the heap sampled (server and client in one JVM) is the export's.
     * Baseline: PostgreSQL's own {@code COPY … TO STDOUT} of the same join and filter on the same machine.
     */
    private String exportMeasure(long items, long wanted) throws Exception {
        int years = (int) Math.max(1, Math.min(20, (20 * wanted + items - 1) / items));
        String from = FIRST_YEAR + "-01-01";
        String to = (FIRST_YEAR + years - 1) + "-12-31";
        long t0 = System.nanoTime();
        long copied;
        try (var c = dataSource.getConnection()) {
            copied = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut(
                            "copy (select e.*, w.* from weapon_item w join arms_event e on e.id = w.event_id"
                                    + " where e.event_date between '" + from + "' and '" + to + "'"
                                    + " order by w.id) to stdout (format csv)",
                            OutputStream.nullOutputStream());
        }
        double copySeconds = seconds(t0);

        var peak = new AtomicLong();
        var sampler = heapSampler(peak);
        var request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/evidence/weapon-items.csv?from=" + from + "&to=" + to))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("secretariat@demo:demo".getBytes(UTF_8)))
                .build();
        t0 = System.nanoTime();
        var res = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (InputStream in = res.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = seconds(t0);
        sampler.interrupt();
        assertThat(res.statusCode()).isEqualTo(200);
        long rows = lines - 1;
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        row(
                String.format("CSV export of %,d weapon items (%d years of events, %,d MiB)", rows, years, bytes >> 20),
                "global",
                String.format("COPY TO STDOUT of the same %,d rows: %.1f s", copied, copySeconds),
                String.format(
                        "%.1f s (%,.0f rows/s = %.2f × COPY's time); peak heap %d MiB of the JVM's %d MiB limit"
                                + " (server and client together)",
                        seconds, rows / seconds, seconds / copySeconds, peak.get() >> 20, max >> 20),
                "≤ 10 s, heap ≤ 256 MB",
                rows == copied && seconds <= 10 && peak.get() <= 256L << 20 ? "yes" : "no");
        return null;
    }

    /** A weapon-item workbook (the CSV test file's rows, one cell each) uploaded and imported; heap sampled. */
    private String workbookMeasure(long rows) throws Exception {
        Path file = dir.resolve("items.xlsx");
        writeWorkbook(file, "XLSX", rows);
        var peak = new AtomicLong();
        var sampler = heapSampler(peak);
        var http = Http.api(port).basic("secretariat@demo", "demo");
        long t0 = System.nanoTime();
        String state = finished(http, uploadWorkbook(http, file));
        double seconds = seconds(t0);
        sampler.interrupt();
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        row(
                String.format(
                        "upload of a weapon-item XLSX workbook, %,d rows (%,d KiB)", rows, Files.size(file) >> 10),
                "—",
                "—",
                String.format(
                        "%s in %.1f s; peak heap %d MiB of the JVM's %d MiB limit (server and client together)",
                        state, seconds, peak.get() >> 20, max >> 20),
                "constant memory (heap ≤ 256 MB)",
                state.equals("SUCCEEDED") && peak.get() <= 256L << 20 ? "yes" : "no");
        return null;
    }

    /**
     * Issue #7's busy day: {@code parallel} workbooks (six of about 13 MB took the server from 0.5 to 4.8 GB of
     * RSS) uploaded at once, the heap sampled from before the first byte until every job has finished. An
     * upload refused as too busy (429) is counted, not failed: bounding concurrent imports is one of the answers.
     */
    private String parallelWorkbooksMeasure(int parallel, long rows) throws Exception {
        var files = new ArrayList<Path>();
        for (int f = 0; f < parallel; f++) {
            Path file = dir.resolve("items-" + f + ".xlsx");
            writeWorkbook(file, "XLSX" + f + "-", rows);
            files.add(file);
        }
        long bytes = Files.size(files.get(0));
        var heap = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = heap.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var sampler = heapSampler(peak);
        // One token for the six: six Basic sign-ins at once would be throttled as a guessing attack.
        var user = users.findUser("secretariat@demo", false).orElseThrow();
        String token = tokens.create(user, "benchmark uploads", 1).token();
        long t0 = System.nanoTime();
        var uploads = files.stream()
                .map(file -> CompletableFuture.supplyAsync(() -> {
                    var http = Http.api(port).bearer(token);
                    var res = http.postFileBody(
                            "/api/v1/imports?type=weapon-items",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            file);
                    assertThat(res.statusCode()).as(res.body()).isIn(202, 429);
                    return res.statusCode() == 202
                            ? json.readTree(res.body()).get("id").asLong()
                            : -1L;
                }))
                .toList();
        var http = Http.api(port).basic("secretariat@demo", "demo");
        int succeeded = 0;
        int busy = 0;
        for (var upload : uploads) {
            long id = upload.get();
            if (id < 0) {
                busy++;
            } else if (finished(http, id).equals("SUCCEEDED")) {
                succeeded++;
            }
        }
        double seconds = seconds(t0);
        sampler.interrupt();
        long growth = peak.get() - before;
        row(
                String.format(
                        "%d weapon-item XLSX workbooks of %,d rows (%,d KiB each) uploaded at once",
                        parallel, rows, bytes >> 10),
                "—",
                String.format("heap before: %d MiB", before >> 20),
                String.format(
                        "%d succeeded, %d refused as busy (429) in %.1f s; peak heap %d MiB, growth %d MiB for %,d KiB"
                                + " of files (server and client together)",
                        succeeded, busy, seconds, peak.get() >> 20, growth >> 20, parallel * bytes >> 10),
                "heap ≤ 256 MB, every accepted upload imported",
                succeeded + busy == parallel && peak.get() <= 256L << 20 ? "yes" : "no");
        return null;
    }

    private static void writeWorkbook(Path file, String prefix, long rows) throws Exception {
        String[] header = WeaponItemFiles.HEADER.split(",");
        try (var out = Files.newOutputStream(file)) {
            var workbook = new Workbook(out, "RoadmapBenchmark", "1.0");
            var sheet = workbook.newWorksheet("weapon-items");
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                String[] cells = WeaponItemFiles.row(prefix, r - 1, "ME").split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        sheet.value(r, c, cells[c]);
                    }
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    private long uploadWorkbook(Http http, Path file) {
        var res = http.postFileBody(
                "/api/v1/imports?type=weapon-items",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        return json.readTree(res.body()).get("id").asLong();
    }

    private static Thread heapSampler(AtomicLong peak) {
        var heap = ManagementFactory.getMemoryMXBean();
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    private String finished(Http http, long id) throws Exception {
        String state;
        do {
            Thread.sleep(200);
            state = json.readTree(http.get("/api/v1/imports/" + id).body())
                    .get("state")
                    .asString();
        } while (!state.equals("SUCCEEDED") && !state.equals("FAILED"));
        return state;
    }

    // ---------------------------------------------------------------- timing

    private interface Timed {
        String run() throws Exception;
    }

    private void measure(String what, Timed body) {
        try {
            body.run();
        } catch (Exception | AssertionError e) {
            row(what, "—", "—", "failed: " + e.getMessage(), "—", "no");
        } catch (OutOfMemoryError e) {
            // Server, generator and clients share the 256 MB heap: say so in the table and go on with the others
            // (what the failed measure held is garbage once it has unwound) instead of losing every row.
            row(what, "—", "—", "failed: out of memory in the shared 256 MB heap", "—", "no");
        }
    }

    private void measurePair(
            String what,
            String tier,
            Supplier<Integer> subject,
            Supplier<Integer> baseline,
            double p95Target,
            double faster) {
        measurePair(what, tier, subject, baseline, p95Target, faster, RUNS);
    }

    /**
     * As above with {@code runs} timed calls of the subject (the baseline keeps {@link #RUNS}). The result also says how
     * many collections the JVM (server and clients together) made during the subject's timed calls: with 30 calls
     * the p95 is the second slowest, and one collection in a call decides it.
     */
    private void measurePair(
            String what,
            String tier,
            Supplier<Integer> subject,
            Supplier<Integer> baseline,
            double p95Target,
            double faster,
            int runs) {
        try {
            double[] s = times(subject, runs);
            long answerBytes = lastSize;
            String collections = lastCollections;
            double[] b = times(baseline);
            long baselineRows = lastSize;
            double ratio = p(b, 0.5) / p(s, 0.5);
            boolean met = p(s, 0.95) <= p95Target && (faster == 0 || ratio >= faster);
            row(
                    what,
                    tier,
                    String.format(
                            "plain SQL over the raw values: p50 %.1f ms, p95 %.1f ms (%,d rows)",
                            p(b, 0.5), p(b, 0.95), baselineRows),
                    String.format(
                            "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms over %d reads (answer of %,d bytes;"
                                    + " %s); baseline / API = %.2f",
                            p(s, 0.5),
                            p(s, 0.95),
                            p(s, 0.99),
                            s[s.length - 1],
                            s.length,
                            answerBytes,
                            collections,
                            ratio),
                    "p95 ≤ " + (int) p95Target + " ms" + (faster == 0 ? "" : ", ≥ " + (int) faster + " × faster"),
                    met ? "yes" : "no");
        } catch (RuntimeException | AssertionError e) {
            row(what, tier, "—", "failed: " + e.getMessage(), "—", "no");
        }
    }

    private void measureOne(String what, String tier, Supplier<Integer> subject, double p95Target) {
        try {
            double[] s = times(subject);
            row(
                    what,
                    tier,
                    "—",
                    String.format("p50 %.1f ms, p95 %.1f ms (page of %,d characters)", p(s, 0.5), p(s, 0.95), lastSize),
                    "p95 ≤ " + (int) p95Target + " ms",
                    p(s, 0.95) <= p95Target ? "yes" : "no");
        } catch (RuntimeException | AssertionError e) {
            row(what, tier, "—", "failed: " + e.getMessage(), "—", "no");
        }
    }

    private long lastSize;

    private double[] times(Supplier<Integer> call) {
        return times(call, RUNS);
    }

    /**
     * {@code runs} timed calls after warming up: at least 3 calls and at least one second of them, so that a call of a
     * millisecond (one KPI's series) is not timed while the JIT still compiles its path — as a server that has
     * answered it for a second would be past, and as a call of 50 ms is after its three.
     */
    private double[] times(Supplier<Integer> call, int runs) {
        long warm = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < 3 || System.nanoTime() < warm; i++) {
            call.get();
        }
        double[] out = new double[runs];
        long[] gc0 = collections();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            lastSize = call.get();
            out[i] = (System.nanoTime() - t) / 1e6;
        }
        long[] gc1 = collections();
        lastCollections = String.format("%d collections, %d ms, during them", gc1[0] - gc0[0], gc1[1] - gc0[1]);
        Arrays.sort(out);
        return out;
    }

    /** What the last {@link #times} saw of the JVM's collections during its timed calls. */
    private String lastCollections = "";

    /** {collections, milliseconds} of every collector of this JVM so far. */
    private static long[] collections() {
        long n = 0;
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
            ms += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {n, ms};
    }

    private static double p(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];
    }

    /**
     * One client for the timed API calls and one for the pages, kept across calls (keep-alive, as a browser or
     * a dashboard does, and as the SQL baseline keeps its pooled connection): a new client per call timed the
     * client's start-up, a few milliseconds of its own.
     */
    private HttpClient apiClient;

    private Http pageClient;

    /**
     * An API call as a client that uses the answer would make it: the status checked, and the body read as a stream
     * to its last byte (counted, and checked against Content-Length when the server sends one) without building a
     * String of it. Until 2026-12-01 the body was collected into a String ({@code BodyHandlers.ofString}): for the
     * 13 MB matrix that is three copies of the answer (the received buffers, their concatenation, the decoded
     * String) allocated in the benchmark's one 256 MB JVM, beside the server's, on every call. Returns the bytes.
     */
    private Integer api(String path) {
        if (apiClient == null) {
            apiClient = HttpClient.newBuilder().build();
        }
        try {
            long t0 = System.nanoTime();
            var res = apiClient.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            lastHeadersMs = (System.nanoTime() - t0) / 1e6;
            try (InputStream body = res.body()) {
                if (res.statusCode() != 200) {
                    assertThat(res.statusCode())
                            .as(path + " → " + new String(body.readAllBytes(), UTF_8))
                            .isEqualTo(200);
                }
                long n = 0;
                for (int r; (r = body.read(sink)) >= 0; ) {
                    n += r;
                }
                long read = n;
                res.headers()
                        .firstValueAsLong("Content-Length")
                        .ifPresent(length -> assertThat(read).as(path).isEqualTo(length));
                return Math.toIntExact(n);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final byte[] sink = new byte[1 << 16];

    private PlainHttp plainClient;

    /** An API answer read by {@link PlainHttp} on one socket kept across calls; its length in bytes. */
    private Integer plain(String path) {
        if (plainClient == null) {
            plainClient = new PlainHttp(port);
        }
        return plainClient.get(path);
    }

    /** How long the last {@link #api} call took to its response's headers (the server's part, mostly). */
    private double lastHeadersMs;

    private Integer page(String path) {
        if (pageClient == null) {
            pageClient = Http.browser(port);
        }
        var res = pageClient.get(path);
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        return res.body().length();
    }

    private static Integer call(Http http, String path) {
        var res = http.get(path);
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        return res.body().length();
    }

    private Integer sql(String query) {
        return jdbc.sql(query).query().listOfRows().size();
    }

    private void row(String what, String tier, String baseline, String result, String target, String met) {
        table.add(new String[] {what, tier, baseline, result.replaceAll("\\s*\\n\\s*", " "), target, met});
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
