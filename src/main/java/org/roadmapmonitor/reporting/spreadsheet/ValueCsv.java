package org.roadmapmonitor.reporting.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

/**
 * Values uploaded as CSV: a header line naming the columns (any order, any case), then one value per line.
 * UTF-8 with or without BOM, comma or semicolon as delimiter. Structure checks only; the values stay text
 * for the business rules. Plain Java.
 */
public final class ValueCsv {
    private static final List<String> COLUMNS =
            List.of("indicator", "disaggregation", "value", "numerator", "denominator", "comment");

    /** The values read, each with its line ("row 4"), and what is wrong with the file. */
    public record Parsed(List<ValueInput> values, List<Problem> problems) {
        public Parsed {
            values = List.copyOf(values);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final List<ValueInput> values = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private int headerWidth;

    private ValueCsv() {}

    public static String columnsHelp() {
        return "A CSV file in UTF-8 (Excel: \"CSV UTF-8\"), with commas or semicolons between fields and a first "
                + "line naming the columns, in any order: indicator (required: the indicator code, such as 3.1), "
                + "disaggregation (the categories, such as sex=female or outcome=killed;sex=male; empty for the "
                + "total), value (the number, with a dot or a comma as decimal separator, or the text of a "
                + "narrative indicator), numerator and denominator (instead of value, for ratio indicators) and "
                + "comment (optional). One line per value; put a field in double quotes when it contains the "
                + "delimiter, such as a comment with a comma or a decimal comma in a comma-separated file.";
    }

    public static Parsed read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(Problem.at("file", "reporting.csv.notUtf8")));
        }
        var csv = new ValueCsv();
        csv.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return new Parsed(csv.values, csv.problems);
    }

    private void parse(String text) {
        int[] newlines = IntStream.range(0, text.length())
                .filter(i -> text.charAt(i) == '\n')
                .toArray();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        boolean headerRead = false;
        long nextLine = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (Iterator<CSVRecord> it = parser.iterator(); it.hasNext(); ) {
                CSVRecord record = it.next();
                nextLine = parser.getCurrentLineNumber() + 1;
                int line = lineOf(text, newlines, record.getCharacterPosition());
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!headerRead) {
                    headerRead = true;
                    if (!header(record, line)) {
                        return;
                    }
                } else {
                    row(record, line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // commons-csv reports a quote left open (or similar) as an unchecked I/O error: nothing after it is sure
            problems.add(Problem.at(Texts.of("problem.atRow", nextLine), "reporting.csv.unreadable"));
            return;
        }
        if (!headerRead) {
            problems.add(Problem.at("file", "reporting.csv.empty", String.join(", ", COLUMNS)));
        }
    }

    private boolean header(CSVRecord record, int line) {
        var unknown = new ArrayList<String>();
        headerWidth = record.size();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                unknown.add(record.get(i).strip());
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(Problem.at(Texts.of("problem.atRowColumn", line, name), "reporting.csv.namedTwice"));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(Problem.at(
                    Texts.of("problem.atRow", line),
                    "reporting.csv.unknownColumns",
                    unknown.size(),
                    String.join(", ", unknown),
                    String.join(", ", COLUMNS)));
        }
        if (!columns.containsKey("indicator")) {
            problems.add(Problem.at(
                    Texts.of("problem.atRow", line), "reporting.csv.noIndicatorColumn", String.join(", ", COLUMNS)));
            return false;
        }
        return true;
    }

    private void row(CSVRecord record, int line) {
        String where = Texts.of("problem.atRow", line);
        for (int i = headerWidth; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                problems.add(Problem.at(where, "reporting.csv.tooManyFields"));
                return;
            }
        }
        String indicator = field(record, "indicator", true);
        if (indicator == null) {
            problems.add(Problem.at(Texts.of("problem.atRowColumn", line, "indicator"), "reporting.csv.noIndicator"));
            return;
        }
        values.add(new ValueInput(
                indicator,
                field(record, "disaggregation", true),
                field(record, "value", true),
                field(record, "numerator", true),
                field(record, "denominator", true),
                field(record, "comment", false),
                where));
    }

    private String field(CSVRecord record, String column, boolean strip) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size() || record.get(index).isBlank()) {
            return null;
        }
        return strip ? record.get(index).strip() : record.get(index);
    }

    /** The delimiter used most outside quotes on the header line; a comma when there is no sign of either. */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n' && commas + semicolons > 0) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The 1-based line of a character: what an editor shows, line breaks inside quotes included. */
    private static int lineOf(String text, int[] newlines, long position) {
        int start = (int) position;
        // the parser puts the start of a record before the empty lines it skips
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        int found = Arrays.binarySearch(newlines, start);
        return 1 + (found >= 0 ? found : -found - 1);
    }
}
