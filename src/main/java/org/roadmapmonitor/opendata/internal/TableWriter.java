package org.roadmapmonitor.opendata.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.roadmapmonitor.shared.SpreadsheetText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a dataset row by row as CSV, XLSX or JSON, so that a download never holds the dataset in memory. Cells
 * are text, {@link BigDecimal} numbers or null; text in CSV and XLSX is neutralised against formula injection,
 * numbers are written exactly (JSON numbers, XLSX numeric cells, plain decimals in CSV).
 */
public abstract class TableWriter implements AutoCloseable {
    public abstract void row(List<Object> cells);

    @Override
    public abstract void close() throws IOException;

    public static TableWriter of(String format, String dataset, List<String> columns, OutputStream out)
            throws IOException {
        return switch (format) {
            case "csv" -> new Csv(columns, out);
            case "xlsx" -> new Xlsx(dataset, columns, out);
            default -> new Json(dataset, columns, out);
        };
    }

    private static final class Csv extends TableWriter {
        private final CSVPrinter csv;

        Csv(List<String> columns, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(columns);
        }

        @Override
        public void row(List<Object> cells) {
            try {
                for (Object c : cells) {
                    csv.print(
                            c instanceof BigDecimal n
                                    ? n.toPlainString()
                                    : c == null ? "" : SpreadsheetText.neutralised(c.toString()));
                }
                csv.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            csv.flush();
        }
    }

    private static final class Xlsx extends TableWriter {
        private static final int FLUSH_EVERY = 500;
        private final Workbook book;
        private final Worksheet sheet;
        private int next = 1;

        Xlsx(String dataset, List<String> columns, OutputStream out) {
            book = new Workbook(out, "Roadmap Monitor", "1.0");
            String name = dataset.length() > 31 ? dataset.substring(0, 31) : dataset;
            sheet = book.newWorksheet(name);
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c));
            }
            sheet.style(0, 0).bold().set();
        }

        @Override
        public void row(List<Object> cells) {
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof BigDecimal n) {
                    sheet.value(next, c, n);
                } else if (cell != null) {
                    sheet.value(next, c, SpreadsheetText.neutralised(cell.toString()));
                }
            }
            if (++next % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            book.finish();
        }
    }

    private static final class Json extends TableWriter {
        private static final JsonMapper MAPPER = JsonMapper.builder().build();
        private final JsonGenerator json;
        private final List<String> columns;

        Json(String dataset, List<String> columns, OutputStream out) {
            this.columns = columns;
            json = MAPPER.createGenerator(out);
            json.writeStartObject();
            json.writeStringProperty("dataset", dataset);
            json.writeName("columns");
            json.writeStartArray();
            columns.forEach(json::writeString);
            json.writeEndArray();
            json.writeName("rows");
            json.writeStartArray();
        }

        @Override
        public void row(List<Object> cells) {
            json.writeStartObject();
            for (int c = 0; c < cells.size(); c++) {
                json.writeName(columns.get(c));
                Object cell = cells.get(c);
                if (cell instanceof BigDecimal n) {
                    json.writeNumber(n);
                } else if (cell == null) {
                    json.writeNull();
                } else {
                    json.writeString(cell.toString());
                }
            }
            json.writeEndObject();
        }

        @Override
        public void close() {
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        }
    }
}
