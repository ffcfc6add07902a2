package org.roadmapmonitor.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.roadmapmonitor.identity.Role;
import org.roadmapmonitor.identity.UserDirectory;
import org.roadmapmonitor.identity.UserDirectory.Person;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells people when a report waits for them: an in-app notification for each transition, to the people
 * who must act next (or whose report it is), and an e-mail when an SMTP server is configured.
 */
@Service
public class Notifications {
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    public record Item(
            long id,
            long reportId,
            String messageKey,
            List<String> args,
            String link,
            Instant createdAt,
            boolean read) {}

    private record Delivery(Person to, String key, List<String> args, String link) {}

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final JsonMapper json;
    private final Clock clock;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final org.roadmapmonitor.framework.FrameworkCatalogue frameworks;
    private final org.roadmapmonitor.jurisdiction.JurisdictionDirectory jurisdictions;

    public Notifications(
            JdbcClient jdbc,
            UserDirectory users,
            JsonMapper json,
            Clock clock,
            MessageSource messages,
            ObjectProvider<JavaMailSender> mail,
            @org.springframework.beans.factory.annotation.Value("${roadmap.mail.from:roadmap-monitor@localhost}")
                    String from,
            org.roadmapmonitor.framework.FrameworkCatalogue frameworks,
            org.roadmapmonitor.jurisdiction.JurisdictionDirectory jurisdictions) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.from = from;
        this.jdbc = jdbc;
        this.users = users;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
        this.mail = mail;
    }

    @EventListener
    void on(ReportTransitioned t) {
        for (Delivery d : deliveries(t)) {
            jdbc.sql("""
                    insert into notification (user_id, report_id, message_key, args, link, created_at)
                    values (?, ?, ?, cast(? as jsonb), ?, ?)""")
                    .params(
                            d.to().id(),
                            t.reportId(),
                            d.key(),
                            json.writeValueAsString(d.args()),
                            d.link(),
                            Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** E-mails go out only once the transition is committed, and never fail it. */
    @TransactionalEventListener
    void mail(ReportTransitioned t) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (Delivery d : deliveries(t)) {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(d.to().email());
            Locale locale =
                    d.to().preferredLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(d.to().preferredLocale());
            message.setSubject(messages.getMessage("app.name", null, locale) + ": "
                    + messages.getMessage(d.key(), d.args().toArray(), locale));
            message.setText(messages.getMessage(d.key(), d.args().toArray(), locale) + "\n\n" + d.link());
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not e-mail {} about report {}: {}", d.to().email(), t.reportId(), e.getMessage());
            }
        }
    }

    private List<Delivery> deliveries(ReportTransitioned t) {
        String link = "/reports/" + t.reportId();
        String framework = frameworks.list().stream()
                .filter(f -> f.code().equals(t.framework()))
                .map(org.roadmapmonitor.framework.FrameworkSummary::name)
                .findFirst()
                .orElse(t.framework());
        String jurisdiction = jurisdictions
                .find(t.jurisdiction())
                .map(org.roadmapmonitor.jurisdiction.Jurisdiction::displayName)
                .orElse(t.jurisdiction());
        List<String> args = new ArrayList<>(List.of(framework, jurisdiction, t.period()));
        args.add(t.reason() == null ? "" : t.reason());
        var to = new LinkedHashMap<Long, Delivery>();
        String key = "notification." + t.to().name();
        if (t.to() == ReportState.AWAITING_APPROVAL) {
            users.holding(Role.JURISDICTION_APPROVER, t.jurisdiction())
                    .forEach(p -> to.put(p.id(), new Delivery(p, key, args, link)));
        } else if (t.to().awaitingReview()) {
            users.holding(Role.SECRETARIAT, null).forEach(p -> to.put(p.id(), new Delivery(p, key, args, link)));
        } else {
            users.holding(Role.JURISDICTION_EDITOR, t.jurisdiction())
                    .forEach(p -> to.put(p.id(), new Delivery(p, key, args, link)));
            if (t.to() != ReportState.RETURNED || t.from().awaitingReview()) {
                users.holding(Role.JURISDICTION_APPROVER, t.jurisdiction())
                        .forEach(p -> to.put(p.id(), new Delivery(p, key, args, link)));
            }
        }
        return to.values().stream()
                .filter(d -> !d.to().email().equals(t.actor()))
                .toList();
    }

    /**
     * An in-app notification for one user from another module (a reminder, a meeting): a message key with its
     * arguments, worded in the reader's language when shown, and where to go.
     */
    public void notify(long userId, String messageKey, List<String> args, String link) {
        jdbc.sql("""
                insert into notification (user_id, report_id, message_key, args, link, created_at)
                values (?, null, ?, cast(? as jsonb), ?, ?)""")
                .params(userId, messageKey, json.writeValueAsString(args), link, Timestamp.from(clock.instant()))
                .update();
    }

    /** A user's notifications created in [from, to), oldest first: what a daily digest gathers. */
    public List<Item> between(long userId, Instant from, Instant to) {
        return jdbc.sql("""
                select id, report_id, message_key, args::text, link, created_at, read_at is not null
                from notification where user_id = ? and created_at >= ? and created_at < ? order by created_at, id""")
                .params(userId, Timestamp.from(from), Timestamp.from(to))
                .query(this::item)
                .list();
    }

    /** The users with notifications created in [from, to). */
    public List<Person> notifiedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                select distinct u.id, u.email, u.display_name, u.preferred_locale from notification n
                join app_user u on u.id = n.user_id where u.enabled and n.created_at >= ? and n.created_at < ?
                order by u.id""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public List<Item> recent(long userId, int limit) {
        return jdbc.sql("""
                select id, report_id, message_key, args::text, link, created_at, read_at is not null
                from notification where user_id = ? order by created_at desc, id desc limit ?""").params(userId, limit).query(this::item).list();
    }

    private Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                json.readValue(rs.getString(4), new TypeReference<List<String>>() {}),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getBoolean(7));
    }

    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** Someone who acted on a report has seen what it asked of them. */
    public void markReadFor(long userId, long reportId) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and report_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), userId, reportId)
                .update();
    }

    public void markAllRead(long userId) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), userId)
                .update();
    }
}
