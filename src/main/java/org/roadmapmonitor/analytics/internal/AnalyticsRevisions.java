package org.roadmapmonitor.analytics.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the revisions the triggers of V65 and V86 keep: the definitions', one framework's published values', the working view's. */
@Repository
public class AnalyticsRevisions {
    private final JdbcClient jdbc;

    AnalyticsRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {definitions, values, working} of the framework in one statement, or empty when there is no such framework: the
     * working revision (V86) names what the working view reads besides the other two.
     */
    public Optional<long[]> of(String framework) {
        return jdbc.sql("""
                select (select revision from analytics_revision where framework_id = 0),
                       coalesce((select revision from analytics_revision where framework_id = f.id), 0),
                       coalesce((select revision from working_revision where id = 0), 0)
                from framework f where f.code = ?""")
                .param(framework)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .optional();
    }
}
