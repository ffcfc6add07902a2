package org.roadmapmonitor.opendata.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.reporting.PublishedValues;
import org.roadmapmonitor.reporting.ReportService;
import org.roadmapmonitor.reporting.ReportWorkflow;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.DerivedValues;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.StartupOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (demo mode only, once): SDG 16.4.2 figures of the Western Balkans' UN Member States (not Kosovo),
 * every year from 2018 to last year, computed from the synthetic demo evidence and published the way the
 * secretariat would: open the year in the SDG calendar, start each report, submit it (the platform computes the
 * derived value from the records), validate and publish, as the demo secretariat account, each step saying it
 * is demo data. The evidence is imported in the background, so this waits for it.
 */
@Component
@Order(StartupOrder.DEMO_DATA + 20)
class DemoSdgFigures implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoSdgFigures.class);
    static final String FRAMEWORK = "SDG";
    static final List<String> MEMBER_STATES = List.of("AL", "BA", "ME", "MK", "RS");
    private static final String REASON = "Demo data: computed from the synthetic demo evidence";

    private final DemoMode demo;
    private final PublishedValues published;
    private final DerivedValues derived;
    private final ReportingCalendar calendar;
    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final UserDetailsService users;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoSdgFigures(
            DemoMode demo,
            PublishedValues published,
            DerivedValues derived,
            ReportingCalendar calendar,
            ReportService reports,
            ReportWorkflow workflow,
            UserDetailsService users,
            Clock clock,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.demo = demo;
        this.published = published;
        this.derived = derived;
        this.calendar = calendar;
        this.reports = reports;
        this.workflow = workflow;
        this.users = users;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || published.frameworks().stream().anyMatch(f -> f.framework().equals(FRAMEWORK))) {
            return;
        }
        var thread = new Thread(this::whenEvidenceIsIn, "demo-sdg-figures");
        thread.setDaemon(true);
        thread.start();
    }

    private void whenEvidenceIsIn() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        try {
            // The demo import merges all weapons in one transaction: once last year's region has a denominator,
            // every year of every jurisdiction is in.
            for (int i = 0; i < 600 && !evidenceIn(lastYear); i++) {
                Thread.sleep(1000);
            }
            var secretariat = users.loadUserByUsername("secretariat@demo");
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
            SecurityContextHolder.setContext(context);
            int count = publish(lastYear);
            log.info("Demo mode: {} SDG 16.4.2 figures of the Western Balkans' UN Member States published", count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Demo SDG 16.4.2 figures could not be published: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean evidenceIn(int year) {
        return derived.compute("evidence:sdg_16_4_2", "WB", PeriodCode.year(year), code -> null)
                .flatMap(cells -> cells.stream()
                        .filter(c -> c.disaggregationKey().isEmpty())
                        .findFirst())
                .map(c -> c.denominator() != null && c.denominator().signum() > 0)
                .orElse(false);
    }

    /**
     * The year's period in the SDG calendar, set by one node only: two nodes starting together both run this, and
     * each would otherwise find the period missing and record its creation (the lock is released at commit).
     */
    private void setOnce(String period) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('demo-sdg-calendar'))")
                    .query()
                    .listOfRows();
            if (calendar.period(FRAMEWORK, PeriodCode.parse(period)).isEmpty()) {
                calendar.set(FRAMEWORK, period, null, null, false);
            }
        });
    }

    private int publish(int lastYear) {
        int count = 0;
        for (int year = 2018; year <= lastYear; year++) {
            String period = String.valueOf(year);
            setOnce(period);
            for (String j : MEMBER_STATES) {
                long id;
                try {
                    id = reports.create(FRAMEWORK, j, period).id();
                } catch (ReportService.ReportExistsException e) {
                    continue; // another node got there first
                }
                workflow.act(id, ReportAction.SUBMIT, REASON, List.of(), null);
                workflow.act(id, ReportAction.VALIDATE, REASON, List.of(), null);
                workflow.act(id, ReportAction.PUBLISH, REASON, List.of(), null);
                count++;
            }
        }
        return count;
    }
}
