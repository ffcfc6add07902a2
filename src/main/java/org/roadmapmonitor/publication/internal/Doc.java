package org.roadmapmonitor.publication.internal;

import java.util.List;

/**
 * A document laid out once, independent of its format: the cover, numbered sections of paragraphs, tables
 * and charts, and the footnotes. {@link DocHtml} writes it as HTML (and through it PDF), {@link DocXlsx} writes
 * every table of it as a sheet. All words in it are already in the reader's language.
 */
public record Doc(
        String language,
        String title,
        String subtitle,
        List<String> cover,
        List<Section> sections,
        List<String> footnotes,
        Words words) {

    /** The few words every document prints around its content, in its language. */
    public record Words(String contents, String page, String of, String footnotes, String generated) {}

    /** A heading and what follows it; {@code level} 1 starts on a new page in print. */
    public record Section(String id, String heading, int level, List<Block> blocks) {}

    public sealed interface Block permits Text, Table, Chart {
        /** {@code text}, {@code table} or {@code chart}, for the template. */
        String kind();
    }

    public record Text(String text, String style) implements Block {
        public static Text plain(String text) {
            return new Text(text, "");
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * A table; {@code sheet} names it as a spreadsheet sheet, {@code numeric} says which columns hold numbers
     * (right-aligned, and numbers in the spreadsheet).
     */
    public record Table(
            String sheet, String caption, List<String> headers, List<Boolean> numeric, List<List<Cell>> rows)
            implements Block {
        public boolean isNumeric(int column) {
            return column < numeric.size() && numeric.get(column);
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    /** A table cell as printed, and for a number its neutral form ({@code 1234.5}) for the spreadsheet. */
    public record Cell(String shown, String raw) {
        public static Cell text(String shown) {
            return new Cell(shown == null ? "" : shown, null);
        }

        public static Cell number(String shown, java.math.BigDecimal raw) {
            return new Cell(shown == null ? "" : shown, raw == null ? null : raw.toPlainString());
        }
    }

    /** A vector chart as SVG markup, with the sentence a screen reader reads instead. */
    public record Chart(String svg, String description) implements Block {
        @Override
        public String kind() {
            return "chart";
        }
    }

    /** Every section, in order, for the table of contents. */
    public List<Section> contents() {
        return sections;
    }
}
