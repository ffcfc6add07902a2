package org.roadmapmonitor.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations are numbered as src/main/resources/db/migration/README.md says: a new one takes a number above
 * every one that has landed on main, because Flyway refuses (or, out of order, silently skips) a version
 * lower than one an installation has applied. The landed versions are listed here, and the lead adds each
 * version here when it lands; the list lives in the test so that a fresh clone needs no git history.
 */
class MigrationNumberingTest {
    /** Versions released on main: never edited, never renumbered, never undercut. */
    static final Set<Integer> LANDED = Set.of(
            1, 2, 3, 4, 5, 20, 21, 24, 25, 27, 28, 29, 30, 31, 40, 41, 42, 48, 50, 54, 55, 57, 61, 64, 65, 68, 70, 73,
            77, 78, 81, 82, 83, 85, 86);

    private static final Path DIRECTORY = Path.of("src/main/resources/db/migration");
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");

    record Migration(int version, Path file) {}

    static List<Migration> migrations() throws IOException {
        List<Migration> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                assertThat(m.matches())
                        .as(f.getFileName() + " is named V<number>__lower_snake_description.sql")
                        .isTrue();
                found.add(new Migration(Integer.parseInt(m.group(1)), f));
            }
        }
        return found;
    }

    @Test
    void everyMigrationNotYetLandedIsNumberedAboveTheHighestLandedOne() throws IOException {
        int highest = Collections.max(LANDED);
        for (Migration m : migrations()) {
            if (!LANDED.contains(m.version())) {
                assertThat(m.version())
                        .as(m.file().getFileName() + " must be numbered above V" + highest
                                + ", the highest that has landed (see db/migration/README.md)")
                        .isGreaterThan(highest);
            }
        }
    }

    @Test
    void everyLandedMigrationIsStillThereAndNoTwoShareANumber() throws IOException {
        var versions = migrations().stream().map(Migration::version).toList();
        assertThat(new TreeSet<>(versions)).as("versions are unique").hasSameSizeAs(versions);
        assertThat(versions).containsAll(LANDED);
    }

    @Test
    void everyMigrationOpensWithACommentSayingWhy() throws IOException {
        for (Migration m : migrations()) {
            assertThat(Files.readString(m.file()).stripLeading())
                    .as(m.file().getFileName().toString())
                    .startsWith("--");
        }
    }

    @Test
    void theRuleCatchesANumberBelowTheHighestLandedOne() {
        Matcher m = NAME.matcher("V6__late_arrival.sql");
        assertThat(m.matches()).isTrue();
        int version = Integer.parseInt(m.group(1));
        assertThat(!LANDED.contains(version) && version <= Collections.max(LANDED))
                .as("V6 would be refused")
                .isTrue();
    }
}
