package org.roadmapmonitor.reporting.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the report template; created once per workbook (Excel caps the number of styles). */
final class WorkbookStyles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle input;
    final CellStyle inputWrap;

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);

        title = locked(workbook, false);
        title.setFont(big);
        header = locked(workbook, true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        label = locked(workbook, false);
        label.setFont(bold);
        text = locked(workbook, false);
        wrap = locked(workbook, true);
        input = input(workbook, false);
        inputWrap = input(workbook, true);
    }

    private static CellStyle locked(Workbook workbook, boolean wrapText) {
        CellStyle style = workbook.createCellStyle();
        style.setLocked(true);
        style.setWrapText(wrapText);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle input(Workbook workbook, boolean wrapText) {
        CellStyle style = workbook.createCellStyle();
        style.setLocked(false);
        style.setWrapText(wrapText);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        short grey = IndexedColors.GREY_40_PERCENT.getIndex();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setTopBorderColor(grey);
        style.setBottomBorderColor(grey);
        style.setLeftBorderColor(grey);
        style.setRightBorderColor(grey);
        return style;
    }
}
