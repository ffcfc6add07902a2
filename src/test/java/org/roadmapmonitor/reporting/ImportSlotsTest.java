package org.roadmapmonitor.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.shared.SystemActor;
import org.roadmapmonitor.shared.TooBusyException;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-user limit of parallel imports holds across nodes: slots live in the shared database, so imports
 * running in other transactions (on other connections, as on other nodes) count, and a slot is free again as
 * soon as its import's transaction has ended, even a failed one.
 */
@IntegrationTest
class ImportSlotsTest {
    @Autowired
    ImportSlots slots;

    @Autowired
    PlatformTransactionManager transactions;

    /** Holds one slot in its own transaction (its own connection) until released. */
    private CompletableFuture<Void> holdSlot(CountDownLatch taken, CountDownLatch release) {
        return CompletableFuture.runAsync(() ->
                SystemActor.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    slots.enter();
                    taken.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                })));
    }

    private void enterOnce() {
        SystemActor.run(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> slots.enter()));
    }

    @Test
    void importsOnOtherConnectionsCountAndASlotIsFreeOnceItsTransactionEnds() throws Exception {
        var taken = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        var first = holdSlot(taken, release);
        var second = holdSlot(taken, release);
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(this::enterOnce).isInstanceOf(TooBusyException.class);
        assertThatThrownBy(this::enterOnce)
                .as("a refused attempt holds no slot")
                .isInstanceOf(TooBusyException.class);

        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        enterOnce();
    }

    @Test
    void aSlotIsTakenOnlyInsideAnImportsTransaction() {
        assertThatThrownBy(() -> SystemActor.run(slots::enter)).isInstanceOf(IllegalStateException.class);
    }
}
