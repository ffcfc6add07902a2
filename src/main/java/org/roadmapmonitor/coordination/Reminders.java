package org.roadmapmonitor.coordination;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.UserDirectory.Person;
import org.roadmapmonitor.reporting.Notifications;
import org.roadmapmonitor.shared.ChangeMade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day's reminders and digests, run once per day across all nodes: owners of open action points are
 * reminded in the app {@value #DAYS_BEFORE} days before the due date and the day after it (each reminder
 * once); then, when SMTP is configured, every user who got notifications since the last run receives them
 * in one e-mail digest, unless they switched it off.
 */
@Service
public class Reminders {
    public static final int DAYS_BEFORE = 3;
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** What one day's run did; {@code ran} is false when another node (or an earlier run) had the day. */
    public record Run(boolean ran, int reminders, int digests) {}

    private record Digest(Person to, String subject, String text) {}

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String from;
    private final String node = "node-" + UUID.randomUUID();

    public Reminders(
            JdbcClient jdbc,
            Notifications notifications,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${roadmap.mail.from:roadmap-monitor@localhost}") String from) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transactions = transactions;
        this.mail = mail;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.from = from;
    }

    /**
     * Runs the reminders and digests of a day unless a node already did. The day's row is claimed in the
     * transaction that does the work: a second node waits on it, then finds it taken; a failed run leaves no row.
     */
    public Run run(LocalDate day) {
        var digests = new ArrayList<Digest>();
        int[] reminded = {0};
        Boolean ran = transactions.execute(status -> {
            int claimed = jdbc.sql("""
                    insert into reminder_run (day, node, ran_at) values (?, ?, ?) on conflict (day) do nothing""")
                    .params(Date.valueOf(day), node, Timestamp.from(clock.instant()))
                    .update();
            if (claimed == 0) {
                return false;
            }
            reminded[0] = remind(day, "BEFORE", "coordination.reminder.before", """
                    a.due >= ? and a.due <= ?""", day, day.plusDays(DAYS_BEFORE));
            reminded[0] += remind(day, "AFTER", "coordination.reminder.after", "a.due < ?", day);
            Instant since = jdbc.sql("select max(ran_at) from reminder_run where day < ?")
                    .param(Date.valueOf(day))
                    .query(Timestamp.class)
                    .optional()
                    .map(Timestamp::toInstant)
                    .orElse(clock.instant().minus(Duration.ofDays(1)));
            // The digest covers what was notified since the previous run's cut-off, today's reminders included;
            // the next run starts from this cut-off, so nothing is mailed twice or skipped.
            Instant until = clock.instant().plus(1, ChronoUnit.MICROS);
            digests.addAll(digests(since, until));
            jdbc.sql("update reminder_run set reminders = ?, digests = ?, ran_at = ? where day = ?")
                    .params(reminded[0], digests.size(), Timestamp.from(until), Date.valueOf(day))
                    .update();
            return true;
        });
        if (!Boolean.TRUE.equals(ran)) {
            return new Run(false, 0, 0);
        }
        int sent = send(digests);
        log.info("Reminders of {}: {} reminders, {} digests e-mailed", day, reminded[0], sent);
        return new Run(true, reminded[0], sent);
    }

    private int remind(LocalDate day, String kind, String key, String when, Object... bounds) {
        var params = new ArrayList<Object>();
        for (Object b : bounds) {
            params.add(Date.valueOf((LocalDate) b));
        }
        params.add(kind);
        record Due(long id, long owner, String title, LocalDate due) {}
        List<Due> due = jdbc.sql(
                        "select a.id, a.owner_user_id, a.title, a.due from action_point a where a.status = 'OPEN'"
                                + " and a.owner_user_id is not null and " + when
                                + " and not exists (select 1 from action_point_reminder r where r.action_point_id = a.id"
                                + " and r.kind = ?) order by a.id for update of a skip locked")
                .params(params)
                .query((rs, i) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate()))
                .list();
        for (Due d : due) {
            notifications.notify(d.owner(), key, List.of(d.title(), d.due().toString()), "/action-points/mine");
            jdbc.sql("insert into action_point_reminder (action_point_id, kind, sent_at) values (?, ?, ?)")
                    .params(d.id(), kind, Timestamp.from(clock.instant()))
                    .update();
        }
        return due.size();
    }

    private List<Digest> digests(Instant since, Instant until) {
        if (mail.getIfAvailable() == null) {
            return List.of();
        }
        var out = new ArrayList<Digest>();
        for (Person p : notifications.notifiedBetween(since, until)) {
            if (!digestOn(p.id())) {
                continue;
            }
            Locale locale = p.preferredLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(p.preferredLocale());
            var text = new StringBuilder(messages.getMessage("coordination.digest.intro", null, locale)).append("\n\n");
            var items = notifications.between(p.id(), since, until);
            for (var n : items) {
                text.append("- ")
                        .append(messages.getMessage(n.messageKey(), n.args().toArray(), locale))
                        .append(n.link() == null ? "" : "\n  " + n.link())
                        .append('\n');
            }
            text.append('\n').append(messages.getMessage("coordination.digest.optOut", null, locale));
            String subject = messages.getMessage("app.name", null, locale) + ": "
                    + messages.getMessage("coordination.digest.subject", new Object[] {items.size()}, locale);
            out.add(new Digest(p, subject, text.toString()));
        }
        return out;
    }

    private int send(List<Digest> digests) {
        JavaMailSender sender = mail.getIfAvailable();
        int sent = 0;
        for (Digest d : digests) {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(d.to().email());
            message.setSubject(d.subject());
            message.setText(d.text());
            try {
                sender.send(message);
                sent++;
            } catch (MailException e) {
                log.warn("Could not e-mail the daily digest to {}: {}", d.to().email(), e.getMessage());
            }
        }
        return sent;
    }

    private boolean digestOn(long userId) {
        return jdbc.sql("select count(*) from digest_opt_out where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Whether the signed-in user gets the daily e-mail digest. */
    public boolean digestOn() {
        return digestOn(CurrentUser.require().id());
    }

    @Transactional
    public void setDigest(boolean on) {
        long me = CurrentUser.require().id();
        int changed = on
                ? jdbc.sql("delete from digest_opt_out where user_id = ?")
                        .param(me)
                        .update()
                : jdbc.sql("insert into digest_opt_out (user_id, since) values (?, ?) on conflict do nothing")
                        .params(me, Timestamp.from(clock.instant()))
                        .update();
        if (changed > 0) {
            events.publishEvent(new ChangeMade(
                    "UPDATE",
                    "digest",
                    String.valueOf(me),
                    ChangeMade.summary(on ? "audit.summary.digest.on" : "audit.summary.digest.off"),
                    !on,
                    on));
        }
    }
}
