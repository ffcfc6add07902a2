package org.roadmapmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TextLimitsTest {
    @Test
    void namesAreShortTextsLongAndPastedFilesBoundOnlyByTheRequest() {
        assertThat(TextLimits.limitFor("displayName")).isEqualTo(TextLimits.NAME);
        assertThat(TextLimits.limitFor("baselines[0].title")).isEqualTo(TextLimits.NAME);
        assertThat(TextLimits.limitFor("note:KPI-5|sex=female")).isEqualTo(TextLimits.TEXT);
        assertThat(TextLimits.limitFor("progress:G1")).isEqualTo(TextLimits.TEXT);
        assertThat(TextLimits.limitFor("content")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void everyStringOfAJsonBodyIsCheckedWithItsPath() {
        var root = JsonMapper.builder()
                .build()
                .readTree("{\"values\": [{\"comment\": \"" + "c".repeat(10_001) + "\"}], \"name\": \"" + "n".repeat(301)
                        + "\", \"reason\": \"fine\"}");
        assertThat(TextLimits.check(root))
                .extracting(TextLimits.TooLong::path)
                .containsExactlyInAnyOrder("values[0].comment", "name");
    }

    @Test
    void formFieldsAreCheckedByName() {
        var found =
                TextLimits.check(Map.of("reason", new String[] {"r".repeat(10_001)}, "title", new String[] {"short"}));
        assertThat(found).extracting(TextLimits.TooLong::path).containsExactly("reason");
    }
}
