package org.roadmapmonitor.shared;

/**
 * Text bound for a spreadsheet (CSV or XLSX download): a cell that starts with =, +, -, @, a tab or a carriage
 * return would be run as a formula by Excel or LibreOffice (CSV injection), so it gets a leading apostrophe and
 * is shown instead.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    public static String neutralised(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
