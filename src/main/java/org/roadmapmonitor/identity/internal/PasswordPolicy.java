package org.roadmapmonitor.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after NIST SP 800-63B: long enough (15 characters by default, because a
 * password is the only factor here), not one of the ~49,000 most common passwords (shipped in
 * {@code passwords/common-passwords.txt}), not only spaces, and at most 72 bytes in UTF-8, the most bcrypt
 * reads (a longer one would be cut silently or refused by the encoder). No rules about character classes.
 */
@Component
public class PasswordPolicy {
    public static final int MAX_BYTES = 72;

    private final int minLength;
    private final Set<String> common;

    public PasswordPolicy(@Value("${roadmap.password.min-length:15}") int minLength) {
        this.minLength = minLength;
        this.common = load();
    }

    /** The problems with a new password, each at {@code field}; empty when it may be used. */
    public List<Problem> problems(String password, String field, Texts texts) {
        if (password == null || password.isBlank()) {
            return List.of(Problem.at(field, texts.get("password.blank")));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return List.of(Problem.at(field, texts.get("password.tooLong", MAX_BYTES)));
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            return List.of(Problem.at(field, texts.get("password.tooShort", minLength)));
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return List.of(Problem.at(field, texts.get("password.common")));
        }
        return List.of();
    }

    /** Whether a password can be checked at all (bcrypt refuses more than 72 bytes). */
    public static boolean checkable(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("/passwords/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("passwords/common-passwords.txt is missing from the application");
        }
        var words = new HashSet<String>(65_536);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(w -> w.strip().toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isEmpty())
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
