package org.roadmapmonitor.fund.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapmonitor.fund.IatiRulesets.children;
import static org.roadmapmonitor.fund.IatiRulesets.first;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.fund.Contribution;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.IatiRulesets;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.Proposal;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.ExpenditureKind;
import org.roadmapmonitor.fund.ledger.Ledger;
import org.roadmapmonitor.fund.ledger.Posting;
import org.roadmapmonitor.reporting.PublishedValues;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.PeriodCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The IATI export of a small fund, checked against the schema and the rules an IATI validator applies. */
class IatiExportTest {
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final String AGENT = "XI-TEST-AGENT";
    static final String UNDP = "XM-DAC-41114";

    final Fund fund = new Fund(
            "TF01",
            "Test fund",
            "WB",
            "Test Multi-Partner Trust Fund Office",
            "UNDP",
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2026, 12, 31),
            Fund.Status.ACTIVE,
            new BigDecimal("0.01"),
            new BigDecimal("0.07"),
            null,
            null,
            false,
            List.of());
    final List<Fund.Organisation> organisations = List.of(
            new Fund.Organisation("AA", "MPTF Office", Fund.Organisation.Role.ADMINISTRATIVE_AGENT, AGENT, null),
            new Fund.Organisation("UNDP", "UNDP", Fund.Organisation.Role.PARTICIPATING_ORGANISATION, UNDP, null));
    final Project project = new Project(
            "P1",
            "Border controls",
            "UNDP",
            null,
            Project.Status.ACTIVE,
            Money.usd("300000.00"),
            "P1",
            LocalDate.of(2020, 3, 1),
            LocalDate.of(2022, 8, 31),
            new Proposal.Targets(List.of("GOAL-3"), List.of("KPI-A", "KPI-B", "KPI-C"), List.of("RS", "ME")));
    final List<Entry> entries = new ArrayList<>();
    final Ledger.Rules rules = new Ledger.Rules(fund.startDate(), null, fund.feeRate(), TODAY);

    IatiExportTest() {
        post(new Posting.Deposit("DE", LocalDate.of(2020, 2, 1), Money.usd("500000.00"), null, null));
        post(new Posting.Transfer("P1", "UNDP", LocalDate.of(2020, 3, 10), Money.usd("200000.00"), null, null));
        post(new Posting.Expenditure(
                "P1",
                "UNDP",
                LocalDate.of(2021, 4, 1),
                Money.usd("120000.00"),
                null,
                ExpenditureKind.FINAL,
                2020,
                null));
        post(new Posting.Refund("P1", "UNDP", LocalDate.of(2021, 5, 1), Money.usd("15000.25"), null, null));
    }

    private void post(Posting p) {
        for (Entry e : new Ledger(entries, rules).post(p)) {
            entries.add(e.withIds(entries.size() + 1, entries.size() + 1));
        }
    }

    private Document export() throws Exception {
        var trend = new FundReports.KpiTrend(
                "KPI-B",
                "RS",
                List.of(new PublishedValues.Point(
                        PeriodCode.year(2021),
                        LocalDate.of(2021, 1, 1),
                        new BigDecimal("0.456000"),
                        new BigDecimal("57"),
                        new BigDecimal("125"))));
        byte[] xml = IatiExport.write(new IatiExport.Input(
                fund,
                organisations,
                List.of(new Fund.Donor("DE", "Germany", true, "XM-DAC-5")),
                List.of(project),
                List.of(new Decision(
                        1,
                        "P1",
                        "SC 1",
                        LocalDate.of(2020, 2, 20),
                        Decision.Outcome.APPROVED,
                        Money.usd("300000.00"),
                        null)),
                entries,
                List.of(
                        new Contribution.Agreement(
                                1, "DE", "SAA-1", LocalDate.of(2020, 1, 15), Money.of("1000000", "EUR")),
                        new Contribution.Agreement(
                                2, "DE", "SAA-2", LocalDate.of(2025, 1, 15), Money.of("2000000", "EUR"))),
                List.of(
                        new Contribution.Pledge(1, "DE", 2L, LocalDate.of(2024, 5, 2), Money.of("500000", "EUR")),
                        new Contribution.Pledge(2, "DE", null, LocalDate.of(2024, 9, 1), Money.of("700000", "EUR"))),
                Map.of("P1", List.of(trend)),
                Map.of(
                        "KPI-A", new IatiExport.Kpi("Level of the action plan", IndicatorType.ORDINAL),
                        "KPI-B", new IatiExport.Kpi("Share traced", IndicatorType.RATIO),
                        "KPI-C", new IatiExport.Kpi("Weapons destroyed", IndicatorType.COUNT)),
                TODAY,
                Instant.parse("2024-06-30T10:00:00Z")));
        return IatiRulesets.parse(xml);
    }

    private static List<Element> transactions(Document doc, String type) {
        Element fundActivity =
                children(doc.getDocumentElement(), "iati-activity").get(0);
        return children(fundActivity, "transaction").stream()
                .filter(t -> first(t, "transaction-type").getAttribute("code").equals(type))
                .toList();
    }

    private static List<String> dates(List<Element> transactions) {
        return transactions.stream()
                .map(t -> first(t, "transaction-date").getAttribute("iso-date"))
                .toList();
    }

    private static List<String> values(List<Element> elements) {
        return elements.stream().map(e -> IatiRulesets.value(e).toPlainString()).toList();
    }

    @Test
    void passesTheSchemaAndTheRulesetChecks() throws Exception {
        assertThat(IatiRulesets.problems(export(), TODAY)).isEmpty();
    }

    @Test
    void aRefundIsANegativeDisbursementToTheOrganisationOnItsProjectNotIncomingFunds() throws Exception {
        Document doc = export();
        assertThat(values(transactions(doc, "1"))).containsExactly("500000.00");
        List<Element> disbursements = transactions(doc, "3");
        assertThat(values(disbursements)).containsExactly("200000.00", "-15000.25");
        Element refund = disbursements.get(1);
        assertThat(first(refund, "receiver-org").getAttribute("ref")).isEqualTo(UNDP);
        assertThat(first(refund, "receiver-org").getAttribute("receiver-activity-id"))
                .isEqualTo(AGENT + "-TF01-P1");
        assertThat(first(refund, "provider-org").getAttribute("ref")).isEqualTo(AGENT);
        BigDecimal netFunded = disbursements.stream().map(IatiRulesets::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(netFunded).isEqualByComparingTo("184999.75");
    }

    @Test
    void agreementsAreIncomingCommitmentsAndPledgesIncomingPledgesOnlyOnceTheirDayHasCome() throws Exception {
        Document doc = export();
        assertThat(dates(transactions(doc, "11"))).containsExactly("2020-01-15");
        assertThat(first(transactions(doc, "11").get(0), "value").getAttribute("currency"))
                .isEqualTo("EUR");
        assertThat(dates(transactions(doc, "13"))).containsExactly("2024-05-02");
        assertThat(transactions(doc, "12")).as("12 is an outgoing pledge").isEmpty();
    }

    @Test
    void aMultiYearBudgetIsSplitIntoPeriodsOfAtMostTwelveMonthsThatAddUpToTheApprovedAmount() throws Exception {
        List<Element> budgets = IatiRulesets.budgets(export()).get(AGENT + "-TF01-P1");
        assertThat(budgets.stream()
                        .map(b -> first(b, "period-start").getAttribute("iso-date") + ".."
                                + first(b, "period-end").getAttribute("iso-date"))
                        .toList())
                .containsExactly("2020-03-01..2021-02-28", "2021-03-01..2022-02-28", "2022-03-01..2022-08-31");
        assertThat(budgets.stream().map(IatiRulesets::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("300000.00");
    }

    @Test
    void resultIndicatorsDeclareTheirMeasureByTypeAndRatiosArePublishedInPerCent() throws Exception {
        Element projectActivity =
                children(export().getDocumentElement(), "iati-activity").get(1);
        List<Element> indicators = children(projectActivity, "result").stream()
                .map(r -> first(r, "indicator"))
                .toList();
        assertThat(indicators.stream().map(i -> i.getAttribute("measure")).toList())
                .containsExactly("4", "2", "1");
        Element actual = first(first(indicators.get(1), "period"), "actual");
        assertThat(actual.getAttribute("value")).isEqualTo("45.6");
    }

    @Test
    void theAgentKeepsItsOwnIdentifierSoNoTransferGoesFromAnOrganisationToItself() throws Exception {
        Document doc = export();
        assertThat(first(children(doc.getDocumentElement(), "iati-activity").get(0), "reporting-org")
                        .getAttribute("ref"))
                .isEqualTo(AGENT);
        assertThat(transactions(doc, "3"))
                .allSatisfy(t -> assertThat(first(t, "provider-org").getAttribute("ref"))
                        .isNotEqualTo(first(t, "receiver-org").getAttribute("ref")));
    }

    @Test
    void theRulesetChecksCatchAFutureTransactionAndAnOverlongBudget() throws Exception {
        Document doc = export();
        assertThat(IatiRulesets.problems(doc, LocalDate.of(2021, 1, 1)))
                .anySatisfy(p -> assertThat(p).contains("transaction of 2021-04-01 is in the future"));
        Element budget = IatiRulesets.budgets(doc).get(AGENT + "-TF01-P1").get(0);
        first(budget, "period-end").setAttribute("iso-date", "2021-03-01");
        assertThat(IatiRulesets.problems(doc, TODAY))
                .anySatisfy(p -> assertThat(p).contains("longer than twelve months"))
                .anySatisfy(p -> assertThat(p).contains("overlaps"));
    }
}
