package org.roadmapmonitor.shared;

/**
 * Text bound for a CSV or Excel cell. A spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and, in some, a tab or carriage return) as a formula, so any export that writes
 * people's text neutralises it first (OWASP "CSV injection").
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    /** The text with a leading apostrophe when a spreadsheet would read it as a formula; otherwise unchanged. */
    public static String neutralised(String text) {
        if (text == null) {
            return "";
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * The text as it was before {@link #neutralised}: an apostrophe followed by what a spreadsheet would run as a
     * formula is dropped, so that a file exported and imported again keeps its text; null stays null.
     */
    public static String restored(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A sheet name Excel accepts: none of \ / ? * [ ] : and at most 31 characters. */
    public static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
