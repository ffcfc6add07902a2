package org.roadmapmonitor.analytics.internal;

import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.analytics.StatusScale;
import org.roadmapmonitor.analytics.StatusScale.Colour;
import org.roadmapmonitor.analytics.StatusScale.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The levels each framework's secretariat set; none stored means the default scale. */
@Repository
public class StatusScaleRepository {
    private final JdbcClient jdbc;

    StatusScaleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StatusScale> find(String framework) {
        List<Level> levels = jdbc.sql("""
                select code, label, min_progress, colour from status_scale_level
                where framework_code = ? order by position""")
                .param(framework)
                .query((rs, n) -> new Level(
                        rs.getString(1), rs.getString(2), rs.getBigDecimal(3), Colour.valueOf(rs.getString(4))))
                .list();
        return levels.isEmpty() ? Optional.empty() : Optional.of(new StatusScale(levels));
    }

    /** The scale's revision: 0 while the framework has never set one. */
    public long revision(String framework) {
        return jdbc.sql("select revision from status_scale where framework_code = ?")
                .param(framework)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The scale's revision, its row locked until the transaction ends (so two writers are serialised). */
    public long lockRevision(String framework) {
        jdbc.sql("insert into status_scale (framework_code, revision) values (?, 0) on conflict do nothing")
                .param(framework)
                .update();
        return jdbc.sql("select revision from status_scale where framework_code = ? for update")
                .param(framework)
                .query(Long.class)
                .single();
    }

    /** Replaces the levels and returns the next revision (call after {@link #lockRevision}). */
    public long replace(String framework, StatusScale scale) {
        jdbc.sql("delete from status_scale_level where framework_code = ?")
                .param(framework)
                .update();
        int position = 0;
        for (Level l : scale.levels()) {
            jdbc.sql("""
                    insert into status_scale_level (framework_code, position, code, label, min_progress, colour)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            framework,
                            position++,
                            l.code(),
                            l.label(),
                            l.minProgress(),
                            l.colour().name())
                    .update();
        }
        return jdbc.sql("update status_scale set revision = revision + 1 where framework_code = ? returning revision")
                .param(framework)
                .query(Long.class)
                .single();
    }
}
