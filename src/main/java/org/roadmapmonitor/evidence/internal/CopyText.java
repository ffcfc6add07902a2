package org.roadmapmonitor.evidence.internal;

import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Writes rows to a {@code COPY … FROM STDIN} in PostgreSQL's text format (tab-separated, {@code \N} for null,
 * backslash escapes) through one fixed buffer.
 */
final class CopyText {
    private final CopyIn copy;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    CopyText(CopyIn copy) {
        this.copy = copy;
    }

    /** One row: its line number, then the values. */
    void row(long lineNo, String[] values) throws SQLException {
        ascii(Long.toString(lineNo));
        for (String v : values) {
            put('\t');
            if (v == null) {
                put('\\');
                put('N');
            } else {
                text(v);
            }
        }
        put('\n');
    }

    void flush() throws SQLException {
        if (size > 0) {
            copy.writeToCopy(buffer, 0, size);
            size = 0;
        }
    }

    private void ascii(String s) throws SQLException {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    private void text(String s) throws SQLException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> {
                    put('\\');
                    put('\\');
                }
                case '\t' -> {
                    put('\\');
                    put('t');
                }
                case '\n' -> {
                    put('\\');
                    put('n');
                }
                case '\r' -> {
                    put('\\');
                    put('r');
                }
                default -> {
                    if (c < 0x80) {
                        put(c);
                    } else {
                        int cp = Character.codePointAt(s, i);
                        if (Character.charCount(cp) == 2) {
                            i++;
                        }
                        utf8(cp);
                    }
                }
            }
        }
    }

    private void utf8(int cp) throws SQLException {
        if (cp < 0x800) {
            put(0xC0 | (cp >> 6));
            put(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            put(0xE0 | (cp >> 12));
            put(0x80 | ((cp >> 6) & 0x3F));
            put(0x80 | (cp & 0x3F));
        } else {
            put(0xF0 | (cp >> 18));
            put(0x80 | ((cp >> 12) & 0x3F));
            put(0x80 | ((cp >> 6) & 0x3F));
            put(0x80 | (cp & 0x3F));
        }
    }

    private void put(int b) throws SQLException {
        if (size == buffer.length) {
            flush();
        }
        buffer[size++] = (byte) b;
    }
}
