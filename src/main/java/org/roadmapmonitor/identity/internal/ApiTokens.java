package org.roadmapmonitor.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for API clients. A token is 32 random bytes shown once at creation; only its SHA-256 is
 * stored (the token has full entropy, so a slow password hash would add nothing but latency per request).
 */
@Service
public class ApiTokens {
    static final String PREFIX = "rmt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record TokenInfo(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            Instant lastUsedAt,
            Instant expiresAt,
            Instant revokedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    public record CreatedToken(long id, String token) {}

    private final JdbcClient jdbc;
    private final IdentityRepository users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ApiTokens(JdbcClient jdbc, IdentityRepository users, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public CreatedToken create(RoadmapUser owner, String name, Integer validDays) {
        if (name == null || name.isBlank()) {
            throw new InvalidException("name", "identity.problem.tokenName");
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw new InvalidException("validDays", "identity.problem.tokenDays");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = validDays == null ? null : now.plus(Duration.ofDays(validDays));
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        owner.id(),
                        name.trim(),
                        hash(token),
                        token.substring(0, 10),
                        Timestamp.from(now),
                        expires == null ? null : Timestamp.from(expires))
                .query(Long.class)
                .single();
        events.publishEvent(new ChangeMade(
                "CREATE",
                "api-token",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.apiToken.created", name.trim(), owner.email()),
                null,
                java.util.Map.of("name", name.trim(), "user", owner.email())));
        return new CreatedToken(id, token);
    }

    public List<TokenInfo> list(long userId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, last_used_at, expires_at, revoked_at
                from api_token where user_id = ? order by created_at desc""")
                .param(userId)
                .query((rs, i) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("token_prefix"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Transactional
    public void revoke(RoadmapUser owner, long tokenId) {
        int n = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId, owner.id())
                .update();
        if (n == 0) {
            throw new NotFoundException("identity.noToken", tokenId);
        }
        events.publishEvent(new ChangeMade(
                "REVOKE",
                "api-token",
                String.valueOf(tokenId),
                ChangeMade.summary("audit.summary.apiToken.revoked", owner.email()),
                null,
                null));
    }

    /** The user a presented token belongs to, if the token is known, not revoked and not expired. */
    public Optional<RoadmapUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var row = jdbc.sql("""
                select t.id, t.user_id, t.last_used_at from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > ?)
                  and u.enabled""")
                .params(hash(token), Timestamp.from(now))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        row.ifPresent(r -> jdbc.sql("""
                update api_token set last_used_at = ? where id = ?
                  and (last_used_at is null or last_used_at < ?)""")
                .params(Timestamp.from(now), r[0], Timestamp.from(now.minusSeconds(60)))
                .update());
        return row.flatMap(r -> users.findUserById(r[1]));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
