package org.roadmapmonitor.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.roadmapmonitor.coordination.Reminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks every few minutes whether today's reminders have run; the first node to look runs them (see
 * {@link Reminders#run}). Off with {@code roadmap.reminders.enabled=false}.
 */
@Component
class ReminderJob implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock;
    private final boolean enabled;
    private final long minutes;
    private ScheduledExecutorService worker;

    ReminderJob(
            Reminders reminders,
            Clock clock,
            @Value("${roadmap.reminders.enabled:true}") boolean enabled,
            @Value("${roadmap.reminders.poll-minutes:10}") long minutes) {
        this.reminders = reminders;
        this.clock = clock;
        this.enabled = enabled;
        this.minutes = minutes;
    }

    private void tick() {
        try {
            reminders.run(LocalDate.now(clock));
        } catch (RuntimeException e) {
            log.warn("The daily reminders could not run; the next poll tries again: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "coordination-reminders");
            t.setDaemon(true);
            return t;
        });
        worker.scheduleWithFixedDelay(this::tick, minutes, minutes, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
