package org.roadmapmonitor.support;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until the demo data that loads in the background after start-up (the evidence import and the records
 * after it, the SDG 16.4.2 figures published from it) is all in, so that a test counting changes does not count
 * the demo's.
 */
public final class DemoSettled {
    private DemoSettled() {}

    public static void await(JdbcClient jdbc) {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String lastYear = String.valueOf(LocalDate.now().getYear() - 1);
        while (System.nanoTime() < until) {
            boolean imported = !jdbc.sql("select exists (select 1 from evidence_import_job"
                            + " where demo and state in ('QUEUED', 'RUNNING'))")
                    .query(Boolean.class)
                    .single();
            long published = jdbc.sql("""
                    select count(*) from progress_report r join framework f on f.id = r.framework_id
                    where f.code = 'SDG' and r.period_code = ? and r.state = 'PUBLISHED'""").param(lastYear).query(Long.class).single();
            boolean quiet = jdbc.sql("select coalesce(max(occurred_at) < now() - interval '5 seconds', true)"
                            + " from audit_event")
                    .query(Boolean.class)
                    .single();
            if (imported && published >= 5 && quiet) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("the demo data did not settle within 5 minutes");
    }
}
