package org.roadmapmonitor.coordination;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.reporting.EvidenceFiles;
import org.roadmapmonitor.shared.ChangeMade;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret addresses of personal calendar feeds: 32 random bytes, shown to their user once; only their
 * SHA-256 is stored, so that a copy of the database opens no feed. A new secret replaces the old one.
 */
@Service
public class FeedSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public FeedSecrets(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The e-mail of the enabled user whose feed this secret opens. */
    Optional<String> owner(String secret) {
        return jdbc.sql("""
                select u.email from calendar_feed f join app_user u on u.id = f.user_id
                where f.secret_hash = ? and u.enabled""").param(hash(secret)).query(String.class).optional();
    }

    private static String hash(String secret) {
        return EvidenceFiles.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the signed-in user has a personal feed now. */
    public boolean hasFeed() {
        return jdbc.sql("select count(*) from calendar_feed where user_id = ?")
                        .param(CurrentUser.require().id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A new secret for the signed-in user (any earlier one stops working); shown to them once. */
    @Transactional
    public String createFeed() {
        RoadmapUser me = CurrentUser.require();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into calendar_feed (user_id, secret_hash, created_at) values (?, ?, ?)
                on conflict (user_id) do update set secret_hash = excluded.secret_hash, created_at = excluded.created_at""")
                .params(me.id(), hash(secret), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new ChangeMade(
                "CREATE",
                "calendar-feed",
                String.valueOf(me.id()),
                ChangeMade.summary("audit.summary.feed.created"),
                null,
                null));
        return secret;
    }

    @Transactional
    public void revokeFeed() {
        RoadmapUser me = CurrentUser.require();
        if (jdbc.sql("delete from calendar_feed where user_id = ?")
                        .param(me.id())
                        .update()
                > 0) {
            events.publishEvent(new ChangeMade(
                    "DELETE",
                    "calendar-feed",
                    String.valueOf(me.id()),
                    ChangeMade.summary("audit.summary.feed.revoked"),
                    null,
                    null));
        }
    }
}
