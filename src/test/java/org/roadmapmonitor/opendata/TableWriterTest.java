package org.roadmapmonitor.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.opendata.internal.TableWriter;
import tools.jackson.databind.json.JsonMapper;

/** Downloads show text that looks like a formula instead of running it, and keep numbers exact. */
class TableWriterTest {
    private static final List<String> COLUMNS = List.of("memo", "amount");

    private static byte[] write(String format) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var table = TableWriter.of(format, "test", COLUMNS, out)) {
            table.row(Arrays.asList("=HYPERLINK(\"http://evil\")", new BigDecimal("1234.5678")));
            table.row(Arrays.asList("+1", null));
        }
        return out.toByteArray();
    }

    @Test
    void csvCellsThatLookLikeFormulasGetAnApostropheAndNumbersStayExact() throws Exception {
        var rows = OpenDataApiTest.csv(write("csv"));
        assertThat(rows.get(0).get("memo")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(0).get("amount")).isEqualTo("1234.5678");
        assertThat(rows.get(1).get("memo")).isEqualTo("'+1");
    }

    @Test
    void xlsxCellsThatLookLikeFormulasAreTextAndNumbersAreNumbers() throws Exception {
        var rows = OpenDataApiTest.xlsx(write("xlsx"));
        assertThat(rows.get(0).getCell(0).getText()).isEqualTo("memo");
        assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(rows.get(1).getCell(0).getText()).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo("1234.5678");
    }

    @Test
    void jsonKeepsTextAsItIsAndNumbersAsNumbers() throws Exception {
        var json = JsonMapper.builder().build().readTree(write("json"));
        assertThat(json.get("rows").get(0).get("memo").asString()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(json.get("rows").get(0).get("amount").isNumber()).isTrue();
        assertThat(json.get("rows").get(1).get("amount").isNull()).isTrue();
    }
}
