package org.roadmapmonitor.shared;

/**
 * Text written into a CSV or Excel cell. A cell that starts with =, +, - or @ (or a tab or carriage return)
 * is run as a formula by spreadsheets; such text gets a leading apostrophe so that it is shown, not run.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    public static String neutralised(String text) {
        if (text == null) {
            return "";
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
