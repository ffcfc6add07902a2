package org.roadmapmonitor.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An answer written in chunks gives back exactly the bytes written, whatever the sizes of the writes. */
class EncodedTest {
    @Test
    void whatIsWrittenInChunksIsGivenBackByteForByte() throws Exception {
        var random = new Random(20261202);
        for (int round = 0; round < 50; round++) {
            var expected = new ByteArrayOutputStream();
            var writer = new Encoded.Writer();
            int writes = random.nextInt(40);
            for (int w = 0; w < writes; w++) {
                if (random.nextInt(4) == 0) {
                    int b = random.nextInt(256);
                    expected.write(b);
                    writer.write(b);
                } else {
                    // sizes around and across the chunk's edge, and none at all
                    int size = random.nextInt(3) == 0 ? Encoded.CHUNK - 2 + random.nextInt(5) : random.nextInt(5000);
                    byte[] b = new byte[size + 7];
                    random.nextBytes(b);
                    expected.write(b, 3, size);
                    writer.write(b, 3, size);
                }
            }
            Encoded done = writer.done();
            byte[] want = expected.toByteArray();
            assertThat(done.length()).isEqualTo(want.length);
            assertThat(done.bytes()).isEqualTo(want);
            var out = new ByteArrayOutputStream();
            done.writeTo(out);
            assertThat(out.toByteArray()).isEqualTo(want);
        }
        byte[] part = {1, 2, 3};
        assertThat(Encoded.of(part).bytes())
                .as("a part made in one piece is given as it is")
                .isSameAs(part);
    }
}
