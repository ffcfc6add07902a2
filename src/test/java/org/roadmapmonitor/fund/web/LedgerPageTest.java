package org.roadmapmonitor.fund.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger page is paged and filtered in SQL, and downloads as CSV or Excel that no formula can hijack. */
@IntegrationTest
class LedgerPageTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLedgerIsPagedAndFilteredByTypeDateDonorAndProject() {
        long all = count("select count(*) from ledger_entry where fund_code = 'SLW00'");
        var first = Http.browser(port).get("/funds/SLW00/ledger?lang=en").body();
        assertThat(rows(first)).isEqualTo(Math.min(all, LedgerController.PAGE));
        assertThat(first).contains(all + " ledger entries");
        if (all > LedgerController.PAGE) {
            assertThat(first).contains("page=1");
        }
        long transfers = count("select count(*) from ledger_entry where fund_code = 'SLW00' and entry_type = 'TRANSFER'"
                + " and entry_date between '2020-01-01' and '2023-12-31'");
        var filtered = Http.browser(port)
                .get("/funds/SLW00/ledger?lang=en&type=TRANSFER&from=2020-01-01&to=2023-12-31")
                .body();
        assertThat(filtered).contains(transfers + " ledger entries");
        assertThat(rows(filtered)).isEqualTo(Math.min(transfers, LedgerController.PAGE));
        long germany = count("select count(*) from ledger_entry where fund_code = 'SLW00' and donor_code = 'DE'");
        assertThat(Http.browser(port)
                        .get("/funds/SLW00/ledger?lang=en&donor=DE")
                        .body())
                .contains(germany + " ledger entries");
        assertThat(Http.browser(port).get("/funds/SLW00/ledger?type=GIFT").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theLedgerDownloadsAsCsvAndExcelWithFormulasNeutralised() throws IOException {
        var admin = Http.api(port).basic("fund.admin@demo", "demo");
        var res = admin.post(
                "/api/v1/funds/SLW00/bank-charges",
                "{\"date\":\"" + LocalDate.now() + "\",\"amount\":\"12.50\",\"currency\":\"USD\","
                        + "\"memo\":\"=HYPERLINK(\\\"http://evil\\\")\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);

        var csv = Http.browser(port).get("/funds/SLW00/ledger.csv?type=BANK_CHARGE&lang=en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("SLW00-ledger.csv"));
        assertThat(csv.body())
                .startsWith("\uFEFFNo.,Date,Type")
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK");
        long charges =
                count("select count(*) from ledger_entry where fund_code = 'SLW00' and entry_type = 'BANK_CHARGE'");
        assertThat(csv.body().strip().split("\r\n")).hasSize((int) charges + 1);

        var xlsx = Http.browser(port).getBytes("/funds/SLW00/ledger.xlsx?type=BANK_CHARGE&lang=fr");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Date");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) charges);
        }
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralised() {
        assertThat(LedgerExport.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(LedgerExport.neutralised("+44")).isEqualTo("'+44");
        assertThat(LedgerExport.neutralised("-2")).isEqualTo("'-2");
        assertThat(LedgerExport.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LedgerExport.neutralised("Bank charge")).isEqualTo("Bank charge");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long rows(String page) {
        return Pattern.compile("<tr id=\"entry-").matcher(page).results().count();
    }
}
