package org.roadmapmonitor.evidence.internal;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An XLSX upload read as the CSV the import already takes: the workbook is spooled to a temporary file (a
 * zip cannot be read from a stream without holding it), its first sheet streamed a row at a time
 * (fastexcel-reader) into a temporary CSV file, and that file handed to the same COPY path. Memory stays
 * bounded whatever the workbook's size; both files are deleted when the returned stream is closed. Excel dates
 * become YYYY-MM-DD, numbers their plain decimal text, TRUE/FALSE true/false.
 */
public final class WorkbookCsv {
    private WorkbookCsv() {}

    /** Whether the upload is a workbook: by its name, or by the zip signature at its start. */
    public static boolean isWorkbook(String fileName, InputStream in) throws IOException {
        if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            return true;
        }
        if (!in.markSupported()) {
            return false;
        }
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The first sheet as CSV; {@link NotAWorkbook} when the bytes are no workbook. */
    public static InputStream toCsv(InputStream workbook) throws IOException {
        Path xlsx = Files.createTempFile("evidence-import-", ".xlsx");
        Path csv = Files.createTempFile("evidence-import-", ".csv");
        try {
            Files.copy(workbook, xlsx, StandardCopyOption.REPLACE_EXISTING);
            write(xlsx, csv);
            Files.delete(xlsx);
            return new FilterInputStream(Files.newInputStream(csv)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        Files.deleteIfExists(csv);
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(xlsx);
            Files.deleteIfExists(csv);
            throw e;
        }
    }

    private static void write(Path xlsx, Path csv) throws IOException {
        ReadableWorkbook book;
        try {
            book = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw new NotAWorkbook(e);
        }
        try (book;
                BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
                Stream<Row> rows = book.getFirstSheet().openStream()) {
            int[] width = {-1};
            rows.forEach(row -> {
                if (width[0] < 0) {
                    width[0] = row.getCellCount();
                }
                var values = new ArrayList<String>(width[0]);
                for (int i = 0; i < width[0]; i++) {
                    // A row whose last cells are empty is shorter than the header in the file.
                    values.add(i < row.getCellCount() ? text(row.getCell(i)) : "");
                }
                if (values.stream().allMatch(v -> v.isEmpty())) {
                    return; // an empty row between records, as spreadsheets have
                }
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (width[0] < 0) {
                throw new NotAWorkbook(null);
            }
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER, FORMULA -> number(cell, raw);
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
            case EMPTY -> "";
            default -> raw;
        };
    }

    private static String number(Cell cell, String raw) {
        BigDecimal number;
        try {
            number = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        Integer format = cell.getDataFormatId();
        if (format != null && DateUtil.isADateFormat(format, cell.getDataFormatString())) {
            return DateUtil.getLocalDateTime(number.doubleValue()).toLocalDate().toString();
        }
        return number.stripTrailingZeros().toPlainString();
    }

    /** The upload is not a readable workbook, or its first sheet is empty. */
    public static final class NotAWorkbook extends RuntimeException {
        NotAWorkbook(Throwable cause) {
            super(cause);
        }
    }
}
