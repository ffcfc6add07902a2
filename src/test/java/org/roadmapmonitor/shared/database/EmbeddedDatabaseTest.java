package org.roadmapmonitor.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        try (var holder = new DatabaseConfiguration.EmbeddedDatabaseHolder()) {
            var pg = holder.start(pgDir, 10);
            try (var c = pg.getDatabase("postgres", DatabaseConfiguration.EMBEDDED_DATABASE)
                            .getConnection();
                    var s = c.createStatement()) {
                s.execute("create table kept (v text)");
                s.execute("insert into kept values ('still here')");
            }
        }
        try (var holder = new DatabaseConfiguration.EmbeddedDatabaseHolder()) {
            var pg = holder.start(pgDir, 10);
            try (var c = pg.getDatabase("postgres", DatabaseConfiguration.EMBEDDED_DATABASE)
                            .getConnection();
                    var s = c.createStatement();
                    var rs = s.executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        }
    }
}
