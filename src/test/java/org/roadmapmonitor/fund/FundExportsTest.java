package org.roadmapmonitor.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.fund.FundApiTest.FUND;
import static org.roadmapmonitor.fund.FundApiTest.json;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The downloads: IATI 2.03 XML valid against the official schema, and the funding status as XLSX and CSV. */
@IntegrationTest
class FundExportsTest {
    /** The demo agent's own IATI identifier, then the fund's code: the start of every project activity's. */
    static final String PREFIX = "XI-IATI-MPTFO-DEMO-SLW00-";

    @LocalServerPort
    int port;

    @Test
    void theIatiExportValidatesAgainstTheOfficialSchemaAndUsesTheTransactionCodes() throws Exception {
        var res = Http.api(port).get(FUND + "/iati.xml");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("xml"));
        var doc = IatiRulesets.parse(res.body().getBytes(StandardCharsets.UTF_8));
        assertThat(IatiRulesets.problems(doc, LocalDate.now(ZoneOffset.UTC))).isEmpty();

        String body = res.body();
        for (String code : new String[] {"1", "2", "3", "4", "11", "13"}) {
            assertThat(body).contains("<transaction-type code=\"" + code + "\"/>");
        }
        assertThat(body).doesNotContain("<transaction-type code=\"12\"/>");
        assertThat(body)
                .contains("<reporting-org ref=\"XI-IATI-MPTFO-DEMO\" type=\"40\"><narrative>United Nations"
                        + " Multi-Partner Trust Fund Office (hosted by UNDP)</narrative>");
        assertThat(body).contains("role=\"1\"", "role=\"3\"", "role=\"4\"");
        // the projects share the database with other tests, so only statuses no test changes are checked
        assertThat(body).contains("<activity-status code=\"2\"/>", "<activity-status code=\"4\"/>");
        assertThat(body).contains("<reference vocabulary=\"99\" code=\"KPI-5\"/>");
        assertThat(body).contains("<iati-identifier>XI-IATI-MPTFO-DEMO-SLW00-SLW-C1-BA-01</iati-identifier>");
        // the keyed-wrong NL deposit and its reversal cancel out and are not published
        assertThat(body).doesNotContain("1393000.00");
    }

    @Test
    void theIatiDisbursementsToEachProjectAddUpToItsNetFundingAndItsBudgetsToTheApprovedAmount() throws Exception {
        var doc =
                IatiRulesets.parse(Http.api(port).get(FUND + "/iati.xml").body().getBytes(StandardCharsets.UTF_8));
        Map<String, BigDecimal> disbursed = new HashMap<>();
        var fundActivity =
                IatiRulesets.children(doc.getDocumentElement(), "iati-activity").get(0);
        for (var t : IatiRulesets.children(fundActivity, "transaction")) {
            if (IatiRulesets.first(t, "transaction-type").getAttribute("code").equals("3")) {
                String project = IatiRulesets.first(t, "receiver-org").getAttribute("receiver-activity-id");
                disbursed.merge(project.substring(PREFIX.length()), IatiRulesets.value(t), BigDecimal::add);
            }
        }
        var projects = json(Http.api(port).get(FUND + "/projects"));
        assertThat(projects.size()).isPositive();
        for (var p : projects) {
            String code = p.get("code").asString();
            var budgets = IatiRulesets.budgets(doc).get(PREFIX + code);
            assertThat(budgets.stream().map(IatiRulesets::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(code)
                    .isEqualByComparingTo(p.get("approved").asString());
            assertThat(disbursed.getOrDefault(code, BigDecimal.ZERO))
                    .as(code)
                    .isEqualByComparingTo(p.get("netFunded").asString());
        }
    }

    @Test
    void theFundingStatusDownloadsAsAWorkbookWithTheExactFigures() throws Exception {
        var status = json(Http.api(port).get(FUND + "/status?asOf=2023-03-31"));
        var res = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + FUND + "/status?asOf=2023-03-31&format=xlsx"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("SLW00-funding-status-2023-03-31.xlsx"));
        Map<String, BigDecimal> rows = new HashMap<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(res.body()))) {
            for (Row row : book.getSheetAt(0)) {
                // columns: line, prior years, current year, cumulative
                if (row.getCell(3) instanceof XSSFCell cell && cell.getRawValue() != null && row.getCell(0) != null) {
                    try {
                        rows.putIfAbsent(row.getCell(0).getStringCellValue(), new BigDecimal(cell.getRawValue()));
                    } catch (NumberFormatException percent) {
                        // percentages are text
                    }
                }
            }
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("SLW00");
        }
        assertThat(rows.get("Contributions from donors"))
                .isEqualByComparingTo(status.get("contributions").asString());
        assertThat(rows.get("Administrative-agent fees"))
                .isEqualByComparingTo(status.get("administrativeAgentFee").asString());
        assertThat(rows.get("Total balance of funds"))
                .isEqualByComparingTo(status.get("totalBalance").asString());
    }

    @Test
    void theFundingStatusDownloadsAsCsvLineForLine() {
        var status = json(Http.api(port).get(FUND + "/status"));
        var res = Http.api(port).get(FUND + "/status?format=csv");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        var lines = res.body().split("\r\n");
        assertThat(lines[0])
                .as("a byte-order mark, then the header")
                .isEqualTo(
                        "\uFEFFfund,administrative_agent,as_of,section,line,prior_years_usd,current_year_usd,usd,percent");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains("\"Contributions from donors\",")
                        .contains("," + status.get("contributions").asString() + ","));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"Other income\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"Net funded amount"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"Delivery rate"));
        assertThat(Http.api(port).get(FUND + "/status?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void theFundingStatusDownloadSpeaksTheReadersLanguage() {
        var french = Http.api(port).get(FUND + "/status?format=csv", "Accept-Language", "fr");
        assertThat(french.body()).contains("\"Contributions des donateurs\",").doesNotContain("from donors");
    }
}
