package org.roadmapmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the reporting storage at the scale the product brief names: 193 jurisdictions, 40 half-year
 * periods, every indicator of a framework with every disaggregation cell. Not part of the normal test run
 * (its name does not end in Test); run it with
 * {@code mvn -B -ntp test -Dtest=AnalyticsStorageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It loads
 * the rows with one INSERT … SELECT (the database's own bulk path, the baseline), then times the analytics
 * queries that read them directly, with no rebuild step, and writes target/benchmarks/analytics.txt.
 */
@IntegrationTest
class AnalyticsStorageBenchmark {
    static final int JURISDICTIONS = 193;
    static final int PERIODS = 40;
    static final int RUNS = 7;

    @Autowired
    JdbcClient jdbc;

    @Test
    void regionalAggregatesReadTheStoredValuesDirectly() throws Exception {
        var lines = new ArrayList<String>();
        long framework = jdbc.sql("select id from framework where code = 'WB-SALW-ROADMAP'")
                .query(Long.class)
                .single();
        long version = jdbc.sql("select id from framework_version where framework_id = ? and version = '2030'")
                .param(framework)
                .query(Long.class)
                .single();

        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into jurisdiction (code, name, short_name, kind, parent_code, path, position)
                select 'B' || lpad(g::text, 3, '0'), 'Bench ' || g, 'Bench ' || g, 'JURISDICTION', 'WORLD',
                       '/WORLD/B' || lpad(g::text, 3, '0') || '/', 1000 + g
                from generate_series(1, ?) g on conflict do nothing""").param(JURISDICTIONS).update();
        jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at, published_at)
                select ?, ?, 'B' || lpad(j::text, 3, '0'), (2031 + p / 2)::text || 'S' || (p % 2 + 1),
                       make_date(2031 + p / 2, case when p % 2 = 0 then 1 else 7 end, 1),
                       make_date(2031 + p / 2, case when p % 2 = 0 then 6 else 12 end, case when p % 2 = 0 then 30 else 31 end),
                       'PUBLISHED', now(), 'bench', now(), now()
                from generate_series(1, ?) j, generate_series(0, ? - 1) p""").params(framework, version, JURISDICTIONS, PERIODS).update();
        // Every indicator's total plus one row per category of each of its dimensions.
        int rows = jdbc.sql("""
                insert into data_value (report_id, indicator_id, jurisdiction_code, period_code, period_start,
                  period_end, disaggregation_key, value, numerator, denominator, updated_at, updated_by, report_revision)
                select r.id, i.id, r.jurisdiction_code, r.period_code, r.period_start, r.period_end, k.key,
                       case when i.type = 'RATIO' then null else (random() * 500)::int end,
                       case when i.type = 'RATIO' then (random() * 100)::int end,
                       case when i.type = 'RATIO' then 100 + (random() * 400)::int end,
                       now(), 'bench', 1
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
                where r.created_by = 'bench'""").update();
        jdbc.sql("analyze data_value").update();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        lines.add(String.format(
                "rows loaded into data_value: %,d in %.1f s (INSERT ... SELECT, the database's bulk path)",
                rows, loadSeconds));

        time(lines, "regional sum of one count indicator for every period (all 193, totals)", """
                select d.period_code, sum(d.value) from data_value d join indicator i on i.id = d.indicator_id
                join jurisdiction j on j.code = d.jurisdiction_code
                where i.framework_version_id = %d and i.code = 'KPI-9' and d.disaggregation_key = '' and j.path like '/WORLD/%%'
                group by d.period_code""".formatted(version));
        time(lines, "ratio of sums of a ratio indicator by period (never the mean of ratios)", """
                select d.period_code, sum(d.numerator)::numeric / nullif(sum(d.denominator), 0)
                from data_value d join indicator i on i.id = d.indicator_id
                where i.framework_version_id = %d and i.code = 'KPI-13' and d.disaggregation_key = ''
                group by d.period_code""".formatted(version));
        time(lines, "every indicator x period x disaggregation cell, regional sum (the whole matrix)", """
                select i.code, d.period_code, d.disaggregation_key, sum(d.value), sum(d.numerator), sum(d.denominator)
                from data_value d join indicator i on i.id = d.indicator_id
                where i.framework_version_id = %d group by 1, 2, 3""".formatted(
                        version));
        time(lines, "one jurisdiction's series of one indicator (published values)", """
                select d.period_code, d.value from data_value d join indicator i on i.id = d.indicator_id
                join progress_report r on r.id = d.report_id and r.state = 'PUBLISHED'
                where i.framework_version_id = %d and i.code = 'KPI-9' and d.jurisdiction_code = 'B100'
                  and d.disaggregation_key = '' order by d.period_start""".formatted(version));
        long duplicates = jdbc.sql("""
                select count(*) from (select 1 from data_value group by indicator_id, jurisdiction_code, period_code,
                disaggregation_key having count(*) > 1) x""").query(Long.class).single();
        lines.add("values counted twice: " + duplicates + " (the unique key allows one row per cell)");
        assertThat(duplicates).isZero();
        assertThat(rows).isGreaterThan(JURISDICTIONS * PERIODS * 14);

        Path out = Path.of("target/benchmarks/analytics.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private void time(List<String> lines, String what, String sql) {
        var samples = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            jdbc.sql(sql).query().listOfRows();
            samples.add((System.nanoTime() - t) / 1e6);
        }
        samples.sort(Double::compare);
        lines.add(String.format(
                "%s: median %.1f ms, max %.1f ms over %d runs",
                what, samples.get(RUNS / 2), samples.get(RUNS - 1), RUNS));
    }
}
