package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Answers kept for readers of working values take at most half of the memory and go out before the public's: each
 * working write leaves them behind, and they must not push out the public's answers.
 */
class AnswersTest {
    private static Encoded bytes(int n) {
        return Encoded.of(new byte[n]);
    }

    @Test
    void workingAnswersTakeAtMostHalfAndGoOutFirst() {
        var answers = new Answers(100);
        answers.keep("public A", bytes(40), false);
        answers.keep("working 1", bytes(30), true);
        answers.keep("working 2", bytes(30), true);
        assertThat(answers.find("working 1"))
                .as("over half for working answers: the oldest out")
                .isNull();
        assertThat(answers.find("working 2")).isNotNull();
        assertThat(answers.find("public A")).isNotNull();

        answers.keep("public B", bytes(40), false);
        assertThat(answers.find("working 2"))
                .as("over the limit: a working answer out first")
                .isNull();
        assertThat(answers.find("public A")).isNotNull();
        assertThat(answers.find("public B")).isNotNull();
        assertThat(answers.bytes()).isEqualTo(80);

        answers.find("public A"); // asked again: B is now the least recently asked
        answers.keep("public C", bytes(40), false);
        assertThat(answers.find("public B")).as("then the least recently asked").isNull();
        assertThat(answers.find("public A")).isNotNull();
        assertThat(answers.find("public C")).isNotNull();

        answers.keep("working 3", bytes(50), true);
        assertThat(answers.find("working 3"))
                .as("a working answer may take half")
                .isNotNull();
        assertThat(answers.bytes()).isLessThanOrEqualTo(100);
        answers.keep("too big", bytes(51), false);
        assertThat(answers.find("too big")).as("more than half is never kept").isNull();
    }
}
