package org.roadmapmonitor.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.actionplan.Activity;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;

/** Text fields are read field by field; every field that does not parse is named, all at once. */
class FieldsTest {
    @Test
    void goodValuesAreReadAndNothingIsRefused() {
        var f = new Fields();
        assertThat(f.date("start", "2026-01-31", true)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(f.decimal("budget", "1234567.8912")).isEqualByComparingTo(new BigDecimal("1234567.8912"));
        assertThat(f.percent("percent", " 100 ")).isEqualTo(100);
        assertThat(f.choice("status", "ongoing", Activity.Status.class, true)).isEqualTo(Activity.Status.ONGOING);
        assertThat(f.choice("status", "  ", Activity.Status.class, false)).isNull();
        assertThat(f.ok()).isTrue();
        f.check("actionplan.activityNotSaved");
    }

    @Test
    void everyBadFieldIsNamedInOneRefusal() {
        var f = new Fields();
        f.required("title", " ");
        f.date("start", "31/01/2026", true);
        f.decimal("budget", "-5");
        f.decimal("budget2", "1.23456");
        f.percent("percent", "101");
        f.choice("status", "FINISHED", Activity.Status.class, true);
        assertThatThrownBy(() -> f.check("actionplan.activityNotSaved"))
                .isInstanceOfSatisfying(
                        InvalidException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::path)
                                .containsExactly("title", "start", "budget", "budget2", "percent", "status"));
    }

    @Test
    void aChoiceRefusalListsTheAllowedValues() {
        var f = new Fields();
        f.choice("fundingSource", "GRANT", Activity.Source.class, true);
        assertThatThrownBy(() -> f.check("actionplan.activityNotSaved"))
                .isInstanceOfSatisfying(
                        InvalidException.class,
                        e -> assertThat(e.problems().get(0).message())
                                .contains("GRANT")
                                .contains("NATIONAL, DONOR, TRUST_FUND, OTHER"));
    }
}
