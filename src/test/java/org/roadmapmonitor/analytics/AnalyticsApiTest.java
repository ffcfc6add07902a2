package org.roadmapmonitor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics API on the demo data: regional values equal a plain SQL aggregate over the published copy,
 * ratios are proportions of summed parts, breakdowns come apart from totals, CSV carries the same rows, and
 * malformed questions are refused naming the parameter.
 */
@IntegrationTest
class AnalyticsApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private JsonNode get(String query) {
        var res = Http.api(port).get("/api/v1/analytics?framework=WB-SALW-ROADMAP&" + query);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    /** The published total of an indicator summed over the WB members in a period, as a plain SQL aggregate. */
    private BigDecimal[] publishedSums(String indicator, String period) {
        return jdbc.sql("""
                select sum(p.value), sum(p.numerator), sum(p.denominator), count(*)
                from published_value p
                join indicator i on i.id = p.indicator_id
                join progress_report r on r.id = p.report_id
                join framework f on f.id = r.framework_id
                join jurisdiction_membership m on m.framework_code = f.code and m.jurisdiction_code = p.jurisdiction_code
                where f.code = 'WB-SALW-ROADMAP' and m.role = 'MEMBER' and i.code = ? and p.period_code = ?
                  and p.disaggregation_key = ''""")
                .params(indicator, period)
                .query((rs, n) -> new BigDecimal[] {
                    rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), BigDecimal.valueOf(rs.getLong(4))
                })
                .single();
    }

    @Test
    void aRegionalSumAndARatioOfSumsEqualThePlainSqlAggregateOfThePublishedValues() {
        JsonNode sum = get("indicator=KPI-5&jurisdiction=WB&period=2024S1").get(0);
        BigDecimal[] expected = publishedSums("KPI-5", "2024S1");
        assertThat(expected[3])
                .as("the demo data publishes 2024S1 for the members")
                .isPositive();
        assertThat(sum.get("value").decimalValue()).isEqualByComparingTo(expected[0]);
        assertThat(sum.get("source").asString()).isEqualTo("aggregate");
        assertThat(sum.get("disaggregation").isEmpty()).isTrue();
        assertThat(sum.get("missing").size()).isEqualTo(6 - expected[3].intValue());

        JsonNode ratio = get("indicator=KPI-13&jurisdiction=WB&period=2024S1").get(0);
        BigDecimal[] parts = publishedSums("KPI-13", "2024S1");
        assertThat(ratio.get("numerator").decimalValue()).isEqualByComparingTo(parts[1]);
        assertThat(ratio.get("denominator").decimalValue()).isEqualByComparingTo(parts[2]);
        assertThat(ratio.get("value").decimalValue())
                .as("a proportion, never a percentage, in JSON")
                .isEqualByComparingTo(parts[1].divide(parts[2], 6, RoundingMode.HALF_EVEN))
                .isLessThanOrEqualTo(BigDecimal.ONE);
    }

    @Test
    void halfYearsRollUpIntoYearsAndARangeListsEveryPeriod() {
        JsonNode halves = get("indicator=KPI-5&jurisdiction=RS&period=2023S1:2023S2");
        assertThat(halves.findValuesAsString("period")).containsExactly("2023S1", "2023S2");
        JsonNode year = get("indicator=KPI-5&jurisdiction=RS&period=2023").get(0);
        assertThat(year.get("value").decimalValue())
                .isEqualByComparingTo(halves.get(0)
                        .get("value")
                        .decimalValue()
                        .add(halves.get(1).get("value").decimalValue()));
    }

    @Test
    void aBreakdownBySexGivesTheSexCellsOnlyEachNamedByItsCategory() {
        JsonNode rows = get("indicator=KPI-5&jurisdiction=RS&period=2024S1&disaggregate=sex");
        assertThat(rows).isNotEmpty();
        for (JsonNode r : rows) {
            assertThat(r.get("disaggregation").propertyNames()).containsExactly("sex");
        }
        assertThat(rows.findValues("disaggregation").stream()
                        .map(d -> d.get("sex").asString()))
                .contains("female", "male");
    }

    @Test
    void csvCarriesTheSameRowsAsJson() {
        var res = Http.api(port)
                .get(
                        "/api/v1/analytics?framework=WB-SALW-ROADMAP&indicator=KPI-5&jurisdiction=WB,RS&period=2024S1&format=csv");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        var lines = res.body().strip().split("\r?\n");
        assertThat(lines[0]).contains("indicator,jurisdiction,period,disaggregation,value,numerator,denominator");
        assertThat(lines).hasSize(3);
        JsonNode json = get("indicator=KPI-5&jurisdiction=WB,RS&period=2024S1");
        assertThat(lines[1])
                .startsWith("KPI-5,WB,2024S1,,"
                        + json.get(0).get("value").decimalValue().toPlainString());
    }

    @Test
    void malformedQuestionsAreRefusedNamingTheParameter() {
        var http = Http.api(port);
        assertThat(http.get("/api/v1/analytics").body()).contains("framework");
        var period = http.get("/api/v1/analytics?framework=WB-SALW-ROADMAP&period=2019S1:2020");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(period.body()).contains("\"path\":\"period\"");
        var indicator = http.get("/api/v1/analytics?framework=WB-SALW-ROADMAP&indicator=KPI-99");
        assertThat(indicator.statusCode()).isEqualTo(400);
        assertThat(indicator.body()).contains("KPI-99");
        assertThat(http.get("/api/v1/analytics?framework=WB-SALW-ROADMAP&jurisdiction=MD")
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/analytics?framework=NOPE").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/analytics?framework=WB-SALW-ROADMAP&format=pdf")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theDashboardsTablesDownloadAsCsvAndExcelWithFormulasNeutralised() throws Exception {
        var http = Http.api(port);
        var csv = http.get("/frameworks/WB-SALW-ROADMAP/dashboard/kpis.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("KPI-5").contains("WB");
        var xlsx = http.getBytes("/frameworks/WB-SALW-ROADMAP/dashboard/matrix.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("KPI-1");
            assertThat(rows).hasSize(7);
        }
        assertThat(http.get("/frameworks/WB-SALW-ROADMAP/dashboard/nothing.csv").statusCode())
                .isEqualTo(404);
    }
}
