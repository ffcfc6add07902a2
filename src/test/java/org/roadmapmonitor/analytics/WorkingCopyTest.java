package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.analytics.internal.AnalyticsRevisions;
import org.roadmapmonitor.identity.internal.IdentityRepository;
import org.roadmapmonitor.reporting.VisibleValues;
import org.roadmapmonitor.reporting.VisibleValues.Cell;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Those who read working values get the published copy kept in memory less the reports they read as working
 * copies, plus those reports' working cells ({@link Analytics#merged}): for random reports in every state (published;
 * reopened, with published and working copies; drafts, with working values only), random questions and callers who
 * read every jurisdiction (the secretariat), one (RS's editor) or none (the public), that is exactly what the one
 * statement of {@link VisibleValues#cells} answers — no cell lost, none counted twice. Years 2177–2178 are this
 * test's.
 */
@IntegrationTest
class WorkingCopyTest {
    private static final String FW = "WB-SALW-ROADMAP";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishedStore store;

    @Autowired
    AnalyticsRevisions revisions;

    @Autowired
    VisibleValues values;

    @Autowired
    IdentityRepository users;

    private long report(String jurisdiction, String year, String state) {
        return jdbc.sql("""
                insert into progress_report (framework_id, framework_version_id, jurisdiction_code, period_code,
                  period_start, period_end, state, created_at, created_by, updated_at)
                select v.framework_id, v.id, ?, ?, make_date(?, 1, 1), make_date(?, 12, 31), ?, now(),
                       'working-copy-test', now()
                from framework_version v join framework f on f.id = v.framework_id
                where f.code = ? and v.version = '2030'
                returning id""")
                .params(jurisdiction, year, Integer.parseInt(year), Integer.parseInt(year), state, FW)
                .query(Long.class)
                .single();
    }

    private void value(String table, long report, String indicator, String key, String value) {
        String audit = table.equals("data_value") ? ", updated_at, updated_by, report_revision" : "";
        String auditValues = table.equals("data_value") ? ", now(), 'working-copy-test', 1" : "";
        jdbc.sql("insert into " + table + " (report_id, indicator_id, jurisdiction_code, period_code, period_start,"
                        + " period_end, disaggregation_key, value" + audit + ")"
                        + " select r.id, i.id, r.jurisdiction_code, r.period_code, r.period_start, r.period_end, ?,"
                        + " ?::numeric" + auditValues
                        + " from progress_report r join indicator i on i.framework_version_id = r.framework_version_id"
                        + " where r.id = ? and i.code = ?")
                .params(key, value, report, indicator)
                .update();
    }

    @Test
    void thePublishedCopyWithTheWorkingReportsAnswersWhatTheOneStatementAnswers() {
        var random = new Random(20261202);
        List<String> members = List.of("AL", "BA", "ME", "MK", "RS", "XK");
        List<String> indicators = jdbc.sql("""
                select distinct i.code from indicator i join framework_version v on v.id = i.framework_version_id
                join framework f on f.id = v.framework_id where f.code = ? and i.type <> 'NARRATIVE' order by 1""").param(FW).query(String.class).list();
        for (String year : List.of("2177", "2178")) {
            for (String j : members) {
                String state = List.of("PUBLISHED", "PUBLISHED", "RESUBMITTED", "DRAFT", "VALIDATED")
                        .get(random.nextInt(5));
                boolean published = !state.equals("DRAFT");
                boolean working = !state.equals("PUBLISHED");
                long report = report(j, year, state);
                for (String i : indicators) {
                    for (String key : List.of("", "sex=female")) {
                        if (published && random.nextInt(4) > 0) {
                            value("published_value", report, i, key, random.nextInt(100_000) / 100.0 + "");
                        }
                        if (working && random.nextInt(4) > 0) {
                            value("data_value", report, i, key, random.nextInt(100_000) / 100.0 + "");
                        }
                    }
                }
            }
        }
        var asked = revisions.of(FW).map(r -> new Revision(r[0], r[1])).orElseThrow();
        var copy = store.at(FW, asked).orElseThrow();
        var places = new ArrayList<>(members);
        places.add("WB");
        int compared = 0;
        try {
            for (String caller : List.of("secretariat@demo", "editor.rs@demo", "")) {
                SecurityContextHolder.clearContext();
                if (!caller.isEmpty()) {
                    var user = users.findUser(caller, false).orElseThrow();
                    SecurityContextHolder.getContext()
                            .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
                }
                for (int n = 0; n < 100; n++) {
                    var someIndicators = pick(random, indicators);
                    var somePlaces = pick(random, places);
                    LocalDate from = LocalDate.of(2170 + random.nextInt(9), 1 + random.nextInt(12), 1);
                    LocalDate to = from.plusDays(random.nextInt(3000));
                    boolean breakdowns = random.nextBoolean();
                    var expected = exactly(values.cells(FW, someIndicators, somePlaces, from, to, breakdowns));
                    var working = values.working(FW, someIndicators, somePlaces, from, to, breakdowns);
                    assertThat(exactly(Analytics.merged(
                                    working, copy.cells(someIndicators, somePlaces, from, to, breakdowns))))
                            .as("%s: %s %s %s–%s %s", caller, someIndicators, somePlaces, from, to, breakdowns)
                            .isEqualTo(expected);
                    if (!working.cells().isEmpty()) {
                        compared++;
                    }
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(compared).as("questions that met working cells").isGreaterThan(20);
    }

    private static List<String> pick(Random random, List<String> from) {
        var out = new ArrayList<String>();
        for (String s : from) {
            if (random.nextInt(2) == 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> exactly(List<Cell> cells) {
        return cells.stream().map(Fixtures::exactly).sorted().toList();
    }
}
