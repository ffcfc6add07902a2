package org.roadmapmonitor.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Downloads written row by row as their items are read, never held in memory. CSV gets a byte-order mark so
 * that Excel reads it as UTF-8, and headings in the reader's language; cells come from the caller, already
 * {@link SpreadsheetText#neutralised neutralised} where they hold free text.
 */
public final class Downloads {
    private Downloads() {}

    /** Takes items one at a time; {@link #close()} finishes the file. */
    public interface Sink<T> extends Consumer<T>, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    public static <T> Sink<T> csv(OutputStream out, List<String> headingKeys, Function<T, List<String>> cells)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(headingKeys.stream().map(Texts::of).toList());
        return new Sink<>() {
            @Override
            public void accept(T item) {
                try {
                    csv.printRecord(cells.apply(item));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                csv.flush();
            }
        };
    }
}
