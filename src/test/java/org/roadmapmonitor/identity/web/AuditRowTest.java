package org.roadmapmonitor.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.identity.AuditEvent;
import org.roadmapmonitor.shared.ChangeMade;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An audit summary is stored without a language and read in the reader's, states and outcomes included. */
class AuditRowTest {
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    AuditRowTest() {
        messages.setBasenames("messages-audit", "messages-reporting", "messages-fund");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private static AuditEvent event(ChangeMade.Summary summary, String legacy) {
        return new AuditEvent(
                1,
                Instant.EPOCH,
                "x@demo",
                "SUBMIT",
                "report",
                "1",
                legacy,
                summary == null ? null : summary.key(),
                summary == null ? List.of() : summary.args(),
                null,
                null);
    }

    @Test
    void aTransitionIsReadWithItsStatesInTheReadersLanguage() {
        var summary = ChangeMade.summary(
                "audit.summary.report.transitionedBecause",
                "WB",
                "RS",
                "2153",
                ChangeMade.word("report.state.SUBMITTED"),
                ChangeMade.word("report.state.RETURNED"),
                "KPI-7 is wrong");
        assertThat(AuditRow.summary(event(summary, null), messages, Locale.FRENCH))
                .isEqualTo("Rapport WB RS 2153 : soumis → renvoyé pour correction (KPI-7 is wrong)");
        assertThat(AuditRow.summary(event(summary, null), messages, Locale.ENGLISH))
                .isEqualTo("Report WB RS 2153: submitted → returned (KPI-7 is wrong)");
        assertThat(AuditRow.summary(event(summary, null), messages, Locale.forLanguageTag("es")))
                .startsWith("Informe WB RS 2153: ");
    }

    @Test
    void anArgumentThatLooksLikeAKeyButIsNotOneIsShownAsTyped() {
        var summary = ChangeMade.summary("audit.summary.ledger.reversed", "12", "SLW00", "#{typo}");
        assertThat(AuditRow.summary(event(summary, null), messages, Locale.ENGLISH))
                .isEqualTo("Ledger entry 12 of SLW00 reversed: #{typo}");
    }

    @Test
    void aRowWrittenBeforeSummariesWereKeyedIsShownAsWritten() {
        assertThat(AuditRow.summary(event(null, "Fund SLW00 set up"), messages, Locale.FRENCH))
                .isEqualTo("Fund SLW00 set up");
    }
}
