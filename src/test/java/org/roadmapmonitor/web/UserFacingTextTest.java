package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.roadmapmonitor.support.OpenPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** No programmer's text reaches a user: refusals speak the reader's language and name fields as labelled. */
@IntegrationTest
class UserFacingTextTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMissingFormFieldIsNamedByItsLabelInTheReadersLanguage() {
        var editor = Http.browser(port);
        editor.signIn("editor.rs@demo", "demo");
        editor.get("/reports?lang=fr");
        var res = editor.submit("/reports", "/reports", Map.of("jurisdiction", "RS", "period", "2024"));
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body())
                .contains("« Cadre » est obligatoire.")
                .doesNotContain("Required request parameter", "for method parameter type");
    }

    @Test
    void aFundRefusalSpeaksFrenchToAFrenchClient() {
        var admin = Http.api(port).basic("fund.admin@demo", "demo");
        var res = admin.post(
                "/api/v1/funds/SLW00/deposits",
                "{\"donor\":\"DE\",\"date\":\"2024-03-01\",\"amount\":\"-5\",\"currency\":\"EUR\",\"usdRate\":\"1.08\"}",
                "Accept-Language",
                "fr");
        assertThat(res.statusCode()).isEqualTo(422);
        assertThat(res.body())
                .contains("L’écriture a été refusée", "Rien n’a été enregistré")
                .doesNotContain("was refused");
        var spanish = Http.api(port).get("/api/v1/funds/NOPE", "Accept-Language", "es");
        assertThat(spanish.statusCode()).isEqualTo(404);
        assertThat(spanish.body()).contains("No hay ningún fondo con el código NOPE.");
    }

    @Test
    void fundFormsNameTheFieldAsItIsLabelled() {
        var admin = Http.browser(port);
        admin.signIn("fund.admin@demo", "demo");
        var res = admin.submit(
                "/funds/SLW00/post/deposits?lang=en",
                "/funds/SLW00/post/deposits",
                Map.of(
                        "donor",
                        "DE",
                        "date",
                        LocalDate.now().toString(),
                        "amount",
                        "1000.00",
                        "currency",
                        "USD",
                        "usdRate",
                        "1.5"));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body())
                .contains("<span class=\"problem-field\">USD rate</span>")
                .doesNotContain("<span class=\"problem-field\">usdRate</span>");
    }

    @Test
    void theBusinessRulesOfEveryModuleSpeakSpanish() {
        var res = Http.api(port)
                .basic("secretariat@demo", "demo")
                .post("/api/v1/frameworks", "{\"format\":\"nope\"}", "Accept-Language", "es");
        assertThat(res.statusCode()).isIn(400, 422);
        assertThat(res.body()).contains("El documento del marco fue rechazado").doesNotContain("is required");
    }

    @Test
    void theAuditLogSaysWhatChangedInWordsWithTheJsonBehindADisclosure() {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary,
                            before_state, after_state)
                        values (now(), 'editor.rs@demo', 'SUBMIT', 'report', '999', 'Report WB RS 2031',
                            '{"state":"DRAFT"}', '{"state":"SUBMITTED","flagged":[]}')""").update();
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");
        var page = secretariat.get("/admin/audit?type=report&q=2031&lang=fr").body();
        assertThat(page).contains("État : brouillon → soumis", "Soumis</span>", "<details>");
        assertThat(page.substring(0, page.indexOf("<details>"))).doesNotContain("\"state\"");
        assertThat(page)
                .as("a summary written before summaries were keyed reads as written")
                .contains("Report WB RS 2031");
    }

    @Test
    void theAuditLogSummarisesEachChangeInTheReadersLanguage() {
        OpenPeriods.open(port, "WB-SALW-ROADMAP", "2153S1");
        var started = Http.api(port)
                .basic("editor.rs@demo", "demo")
                .post(
                        "/api/v1/reports",
                        "{\"framework\":\"WB-SALW-ROADMAP\",\"jurisdiction\":\"RS\",\"period\":\"2153S1\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var secretariat = Http.browser(port);
        secretariat.signIn("secretariat@demo", "demo");

        var french =
                secretariat.get("/admin/audit?type=report&q=2153S1&lang=fr").body();
        assertThat(french).contains("Rapport WB-SALW-ROADMAP RS 2153S1 commencé", "<details>");
        assertThat(french).doesNotContain("started", "audit.summary");
        assertThat(secretariat
                        .get("/admin/audit?type=reporting-period&q=2153S1&lang=es")
                        .body())
                .contains("Período de informe 2153S1 de WB-SALW-ROADMAP: del 2020-01-01 al 2099-12-31");
        assertThat(secretariat.get("/admin/audit?type=report&q=2153S1&lang=en").body())
                .contains("Report WB-SALW-ROADMAP RS 2153S1 started");
    }

    @Test
    void fundPagesWriteMoneyAndDatesAsTheReadersLanguageDoes() {
        var english = Http.browser(port).get("/funds/SLW00/donors?lang=en").body();
        var french = Http.browser(port).get("/funds/SLW00/donors?lang=fr").body();
        assertThat(english).containsPattern("[A-Z]{3} \\d{1,3}(,\\d{3})+\\.\\d{2}");
        assertThat(french).containsPattern("\\d{1,3}([\\u202F\\u00A0 ]\\d{3})+,\\d{2} [A-Z]{3}");
        assertThat(Http.browser(port).get("/funds/SLW00?lang=fr").body())
                .containsPattern("\\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\\.? \\d{4}");
    }
}
