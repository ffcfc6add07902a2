package org.roadmapmonitor.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it: "12.5" or "12,5" (a decimal comma), spaces allowed. "1,500" is refused
 * as ambiguous (one thousand five hundred, or one and a half?), and so is any thousands separator: the
 * user is asked to write the number plainly rather than have it silently misread.
 */
public final class Decimals {
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,]\\d{3})+([.,]\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d*,\\d+");

    private Decimals() {}

    /** The text could be read two ways (a thousands separator or a decimal mark). */
    public static final class Ambiguous extends IllegalArgumentException {
        Ambiguous(String message) {
            super(message);
        }
    }

    /** @throws IllegalArgumentException with a message for the user when the text is not a plain number */
    public static BigDecimal parse(String text) {
        String s = text.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "");
        if (s.indexOf(',') >= 0 && (s.indexOf('.') >= 0 || GROUPED.matcher(s).matches())) {
            throw new Ambiguous("\"" + text.strip() + "\" is ambiguous: write the number without a thousands"
                    + " separator, e.g. 1500 or 1.5");
        }
        if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a number");
        }
    }
}
