package org.roadmapmonitor.reporting.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.reporting.values.ValueInput;
import org.roadmapmonitor.shared.Problem;

class ValueCsvTest {

    private static ValueCsv.Parsed read(String text) {
        return ValueCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void semicolonsAndAByteOrderMarkAreAccepted() {
        var parsed = read("\uFEFFindicator;disaggregation;value;comment\n3.1;;12,5;vérifié\n3.1;sex=female;4;\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values())
                .extracting(
                        ValueInput::indicator,
                        ValueInput::disaggregation,
                        ValueInput::value,
                        ValueInput::comment,
                        ValueInput::where)
                .containsExactly(
                        tuple("3.1", "", "12,5", "vérifié", "row 2"), tuple("3.1", "sex=female", "4", null, "row 3"));
    }

    @Test
    void headerIsCaseInsensitiveInAnyOrderAndRatiosTakeNumeratorAndDenominator() {
        var parsed = read("Denominator,INDICATOR,Numerator\r\n40,3.3,10\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values())
                .extracting(ValueInput::indicator, ValueInput::numerator, ValueInput::denominator, ValueInput::value)
                .containsExactly(tuple("3.3", "10", "40", null));
    }

    @Test
    void quotedCommasAndLineBreaksStayInsideTheComment() {
        var parsed =
                read("indicator,value,comment\n3.1,\"12,5\",\"police, customs\nand border\"\n3.2,7,\"a \"\"b\"\"\"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values())
                .extracting(ValueInput::value, ValueInput::comment, ValueInput::where)
                .containsExactly(tuple("12,5", "police, customs\nand border", "row 2"), tuple("7", "a \"b\"", "row 4"));
    }

    @Test
    void unknownColumnsAreNamedInOneProblem() {
        var parsed = read("indicator,value,Remarks,year\n3.1,12,x,2024\n");

        assertThat(parsed.problems()).extracting(Problem::path).containsExactly("row 1");
        assertThat(parsed.problems().get(0).message()).contains("Remarks, year");
        assertThat(parsed.values()).hasSize(1);
    }

    @Test
    void rowWithoutIndicatorIsAProblemAtItsLineAndOthersAreStillRead() {
        var parsed = read("indicator;value\n3.1;1\n\n;5\n3.2;2\n");

        assertThat(parsed.problems())
                .containsExactly(Problem.at("row 4, column indicator", "the indicator code is missing"));
        assertThat(parsed.values()).extracting(ValueInput::where).containsExactly("row 2", "row 5");
    }

    @Test
    void emptyAndDelimiterOnlyLinesAreSkipped() {
        var parsed = read("indicator;value\n\n;;\n3.1;1\n   \n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.values()).extracting(ValueInput::where).containsExactly("row 4");
    }

    @Test
    void missingIndicatorColumnIsOneProblem() {
        var parsed = read("value,comment\n12,x\n13,y\n");

        assertThat(parsed.problems()).extracting(Problem::path).containsExactly("row 1");
        assertThat(parsed.values()).isEmpty();
    }

    @Test
    void unquotedDecimalCommaInACommaFileIsAProblemNotAWrongValue() {
        var parsed = read("indicator,value\n3.1,12,5\n");

        assertThat(parsed.problems()).extracting(Problem::path).containsExactly("row 2");
        assertThat(parsed.values()).isEmpty();
    }

    @Test
    void textThatIsNotUtf8IsAFileProblem() {
        byte[] latin1 = "indicator;comment\n3.1;vérifié\n".getBytes(StandardCharsets.ISO_8859_1);

        var parsed = ValueCsv.read(new ByteArrayInputStream(latin1));

        assertThat(parsed.problems()).extracting(Problem::path).containsExactly("file");
    }

    @Test
    void unclosedQuoteIsAProblemNotAnException() {
        var parsed = read("indicator,comment\n3.1,ok\n3.2,\"never closed\n");

        assertThat(parsed.values()).extracting(ValueInput::indicator).containsExactly("3.1");
        assertThat(parsed.problems()).extracting(Problem::path).containsExactly("row 3");
    }

    @Test
    void emptyFileIsAProblem() {
        assertThat(read("").problems()).extracting(Problem::path).containsExactly("file");
    }

    @Test
    void columnsHelpNamesEveryColumn() {
        assertThat(ValueCsv.columnsHelp())
                .contains("indicator", "disaggregation", "value", "numerator", "denominator", "comment", "UTF-8");
    }
}
