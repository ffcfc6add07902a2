package org.roadmapmonitor.analytics.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An encoded answer kept in memory ({@link Answers}): its bytes in chunks of 64 KiB, written once and given again as
 * they are. A 13 MB answer written into one growing array would take it in one contiguous block several times over
 * (each doubling, then the final copy to its length) — in a small heap (the benchmark's 256 MB) a block that size
 * may not be found, however much memory is free in smaller pieces; chunks never need more than 64 KiB at once and
 * are never copied.
 */
final class Encoded {
    static final int CHUNK = 64 * 1024;

    private final List<byte[]> chunks;
    private final long length;

    private Encoded(List<byte[]> chunks, long length) {
        this.chunks = chunks;
        this.length = length;
    }

    /** Bytes already made (a page part): kept as they are, in one piece. */
    static Encoded of(byte[] bytes) {
        return new Encoded(List.of(bytes), bytes.length);
    }

    long length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        long left = length;
        for (byte[] c : chunks) {
            int n = (int) Math.min(c.length, left);
            out.write(c, 0, n);
            left -= n;
        }
    }

    /** The bytes in one array: the piece itself when there is one, else a copy. */
    byte[] bytes() {
        if (chunks.size() == 1 && chunks.get(0).length == length) {
            return chunks.get(0);
        }
        var out = new java.io.ByteArrayOutputStream(Math.toIntExact(length));
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes an answer into chunks; {@link #done} gives it. */
    static final class Writer extends OutputStream {
        private final List<byte[]> chunks = new ArrayList<>();
        private byte[] current = new byte[CHUNK];
        private int used;
        private long length;

        @Override
        public void write(int b) {
            if (used == current.length) {
                next();
            }
            current[used++] = (byte) b;
            length++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == current.length) {
                    next();
                }
                int n = Math.min(len, current.length - used);
                System.arraycopy(b, off, current, used, n);
                used += n;
                off += n;
                len -= n;
                length += n;
            }
        }

        private void next() {
            chunks.add(current);
            current = new byte[CHUNK];
            used = 0;
        }

        /** What was written; the last chunk cut to its length. */
        Encoded done() {
            var all = new ArrayList<>(chunks);
            all.add(used == current.length ? current : Arrays.copyOf(current, used));
            return new Encoded(List.copyOf(all), length);
        }
    }
}
