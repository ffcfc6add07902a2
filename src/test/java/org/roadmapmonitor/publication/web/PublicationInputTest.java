package org.roadmapmonitor.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.publication.PublicationKind;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.Problem;

/** How a request to generate a document is read: one period or a range, and every problem at its field. */
class PublicationInputTest {

    private static PublicationInput input(String kind, String period, String kpiPeriod, String format) {
        return new PublicationInput(
                kind, "WB-SALW-ROADMAP", period, kpiPeriod, "RS", "SLW00", format, "fr", null, Map.of());
    }

    @Test
    void aRangeIsReadWithItsEndsAndTheKpisDefaultToItsLastPeriod() {
        var r = input("REGIONAL_REPORT", " 2025S1:2025S2 ", null, "pdf").toRequest();
        assertThat(r.period()).isEqualTo(PeriodCode.parse("2025S1"));
        assertThat(r.periodEnd()).isEqualTo(PeriodCode.parse("2025S2"));
        assertThat(r.periods()).extracting(PeriodCode::code).containsExactly("2025S1", "2025S2");
        assertThat(r.valuesPeriod().code()).isEqualTo("2025S2");
        assertThat(r.periodCode()).isEqualTo("2025S1:2025S2");
        assertThat(r.periodLabel()).isEqualTo("2025S1–2025S2");
        assertThat(r.separateKpiPeriod()).isTrue();
    }

    @Test
    void aRangeOfOnePeriodIsThatPeriod() {
        var r = input("REGIONAL_REPORT", "2025:2025", "2025", "pdf").toRequest();
        assertThat(r.isRange()).isFalse();
        assertThat(r.separateKpiPeriod()).isFalse();
    }

    @Test
    void aRequestKeepsOnlyWhatItsKindUses() {
        var poa = input("POA_REPORT", "2026", "2025", "json").toRequest();
        assertThat(poa.kind()).isEqualTo(PublicationKind.POA_REPORT);
        assertThat(poa.framework()).isNull();
        assertThat(poa.fund()).isNull();
        assertThat(poa.kpiPeriod()).isNull();
        assertThat(poa.jurisdiction()).isEqualTo("RS");
        var fund = input("FUND_ANNUAL_REPORT", "2022", null, "xlsx").toRequest();
        assertThat(fund.framework()).isNull();
        assertThat(fund.jurisdiction()).isNull();
        assertThat(fund.fund()).isEqualTo("SLW00");
    }

    @Test
    void everyProblemIsFoundAtOnceEachAtItsField() {
        assertThat(input("LETTER", "2025S2:2025S1", "2025X", "doc").problems())
                .extracting(Problem::path)
                .containsExactly("kind", "format", "period", "kpiPeriod");
        assertThat(input("REGIONAL_REPORT", "2025:2025S2", null, "pdf").problems())
                .extracting(Problem::path)
                .containsExactly("period");
        assertThat(input("REGIONAL_REPORT", "2025S1:2025S2:2026S1", null, "pdf").problems())
                .extracting(Problem::path)
                .containsExactly("period");
        assertThat(input("REGIONAL_REPORT", " ", null, "pdf").problems())
                .extracting(Problem::path)
                .containsExactly("period");
        assertThat(input("REGIONAL_REPORT", "202501:202601", null, "pdf").problems())
                .as("13 months is more than a progress report covers")
                .extracting(Problem::path)
                .containsExactly("period");
        assertThat(input("REGIONAL_REPORT", "202501:202512", null, "pdf").problems())
                .isEmpty();
    }
}
