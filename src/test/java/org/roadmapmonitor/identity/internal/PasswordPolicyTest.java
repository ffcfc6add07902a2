package org.roadmapmonitor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

class PasswordPolicyTest {
    private static final Texts KEYS = (key, args) -> key;
    private final PasswordPolicy policy = new PasswordPolicy(15);

    /** Problem.at words a key in the reader's language (English here), so the verdict is the key's words. */
    private static String words(String key) {
        return Texts.of(key);
    }

    private String verdict(String password) {
        return policy.problems(password, "password", KEYS).stream()
                .map(Problem::message)
                .findFirst()
                .orElse("ok");
    }

    @Test
    void commonlyUsedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(verdict("passwordpassword")).isEqualTo(words("password.common"));
        assertThat(verdict("PasswordPassword")).isEqualTo(words("password.common"));
        assertThat(verdict("1qaz2wsx3edc4rfv")).isEqualTo(words("password.common"));
    }

    @Test
    void blankShortAndOverlongPasswordsAreRefused() {
        assertThat(verdict(null)).isEqualTo(words("password.blank"));
        assertThat(verdict("                    ")).isEqualTo(words("password.blank"));
        assertThat(verdict("fourteen chars")).isEqualTo(words("password.tooShort"));
        assertThat(verdict("ü".repeat(37))).isEqualTo(words("password.tooLong"));
    }

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertThat(verdict("violet tractor under lantern")).isEqualTo("ok");
        assertThat(verdict("ü".repeat(36))).isEqualTo("ok");
    }
}
