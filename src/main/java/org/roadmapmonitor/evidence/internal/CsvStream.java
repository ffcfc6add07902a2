package org.roadmapmonitor.evidence.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time, as PostgreSQL's {@code COPY … (FORMAT csv)} reads them (RFC 4180: commas,
 * double quotes with {@code ""} inside, records ending in LF, CRLF or CR, line breaks allowed inside quotes),
 * through one fixed buffer: memory stays constant whatever the size of the file. An unquoted empty field is
 * null, a quoted one is empty text.
 */
final class CsvStream {
    /** The input ended inside a quoted field. */
    static final class UnterminatedQuote extends IOException {
        UnterminatedQuote() {
            super("unterminated quoted field");
        }
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>();

    CsvStream(Reader in) {
        this.in = in;
    }

    /** The next record's fields (the list is reused by the next call), or null at the end of the input. */
    List<String> next() throws IOException {
        fields.clear();
        if (peek() == -1) {
            return null;
        }
        while (true) {
            field.setLength(0);
            boolean quoted = false;
            int c = read();
            while (c != ',' && c != '\n' && c != '\r' && c != -1) {
                if (c == '"') {
                    quoted = true;
                    quotedPart();
                } else {
                    field.append((char) c);
                }
                c = read();
            }
            fields.add(quoted || field.length() > 0 ? field.toString() : null);
            if (c == ',') {
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            return fields;
        }
    }

    /** After an opening quote: up to and including the closing one. */
    private void quotedPart() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new UnterminatedQuote();
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                read();
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        length = Math.max(n, 0);
        return n > 0;
    }
}
