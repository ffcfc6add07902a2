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
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
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
    @LocalServerPort
    int port;

    @Test
    void theIatiExportValidatesAgainstTheOfficialSchemaAndUsesTheTransactionCodes() throws Exception {
        var res = Http.api(port).get(FUND + "/iati.xml");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("xml"));
        byte[] xml = res.body().getBytes(StandardCharsets.UTF_8);

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iati-2.03/iati-activities-schema.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        String body = res.body();
        for (String code : new String[] {"1", "2", "3", "4"}) {
            assertThat(body).contains("<transaction-type code=\"" + code + "\"/>");
        }
        assertThat(body).contains("<reporting-org ref=\"XM-DAC-41114\" type=\"40\">");
        assertThat(body).contains("role=\"1\"", "role=\"3\"", "role=\"4\"");
        // the projects share the database with other tests, so only statuses no test changes are checked
        assertThat(body).contains("<activity-status code=\"2\"/>", "<activity-status code=\"4\"/>");
        assertThat(body).contains("<reference vocabulary=\"99\" code=\"KPI-5\"/>");
        assertThat(body).contains("<iati-identifier>XM-DAC-41114-SLW00-SLW-C1-BA-01</iati-identifier>");
        // the keyed-wrong NL deposit and its reversal cancel out and are not published
        assertThat(body).doesNotContain("1393000.00");
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
                if (row.getCell(1) instanceof XSSFCell cell && cell.getRawValue() != null && row.getCell(0) != null) {
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
                .isEqualTo("\uFEFFfund,as_of,section,line,usd,percent");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains("\"Contributions from donors\","
                                + status.get("contributions").asString() + ","));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"Delivery rate"));
        assertThat(Http.api(port).get(FUND + "/status?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void theFundingStatusDownloadSpeaksTheReadersLanguage() {
        var french = Http.api(port).get(FUND + "/status?format=csv", "Accept-Language", "fr");
        assertThat(french.body()).contains("\"Contributions des donateurs\",").doesNotContain("from donors");
    }
}
