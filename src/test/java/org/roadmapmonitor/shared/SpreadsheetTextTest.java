package org.roadmapmonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that a spreadsheet would run as a formula is shown, not run; other text is left as it is. */
class SpreadsheetTextTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "=1+1|'=1+1",
                "+44 20|'+44 20",
                "-2|'-2",
                "@SUM(A1)|'@SUM(A1)",
                "UNDP Serbia|UNDP Serbia",
                "a=b|a=b"
            })
    void formulasGetALeadingApostrophe(String text, String written) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t=cmd", "\r=cmd"})
    void leadingTabsAndReturnsToo(String text) {
        assertThat(SpreadsheetText.neutralised(text)).startsWith("'");
    }
}
