package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.shared.TooBusyException;

class ImportSlotsTest {
    @Test
    void aUserPastTheLimitOfParallelImportsIsToldToWaitUntilOneEnds() {
        var slots = new ImportSlots(2);
        var first = slots.enter();
        var second = slots.enter();
        assertThatThrownBy(slots::enter).isInstanceOf(TooBusyException.class);
        first.close();
        slots.enter().close();
        second.close();
    }

    @Test
    void aRefusedAttemptHoldsNoSlot() {
        var slots = new ImportSlots(1);
        var only = slots.enter();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(slots::enter).isInstanceOf(TooBusyException.class);
        }
        only.close();
        assertThat(slots.enter()).isNotNull();
    }
}
