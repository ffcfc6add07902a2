package org.roadmapmonitor.fund.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.fund.CallForProposals;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.FundSetup;
import org.roadmapmonitor.fund.FundSetupRequest;
import org.roadmapmonitor.fund.Grants;
import org.roadmapmonitor.fund.PostingRequest;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.Proposal;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: the Western Balkans SALW Control Roadmap trust fund (SLW00) with its six donors, three
 * calls, a dozen projects, transfers, expenditure (some final reports missing) and one reversal, loaded
 * through the same role-checked services as a user's entries. Amounts are DEMO figures shaped on the few
 * public anchors (Germany EUR 4.45M and the UK GBP 2M by June 2020; about USD 24.2M by March 2023).
 */
@Configuration(proxyBeanMethods = false)
class FundDemoData {
    static final String FUND = "SLW00";
    /** As the MPTF Office's factsheets name it. */
    static final String AGENT = "United Nations Multi-Partner Trust Fund Office (hosted by UNDP)";
    /**
     * The agent's own IATI organisation identifier, distinct from UNDP's XM-DAC-41114 (a participating
     * organisation here). A demo value: an installation enters the one the IATI registry gives the agent.
     */
    static final String AGENT_IATI = "XI-IATI-MPTFO-DEMO";

    private static final Logger log = LoggerFactory.getLogger(FundDemoData.class);

    record Deposit(String donor, String date, String amount, String currency, String rate) {}

    record DemoProject(
            String code,
            int call,
            String title,
            String org,
            String office,
            List<String> jurisdictions,
            List<String> goals,
            List<String> kpis,
            String direct,
            String decided,
            Decision.Outcome outcome,
            String reason) {}

    static final Map<Integer, String> DECIDED = Map.of(1, "2019-12-10", 2, "2021-01-28", 3, "2023-06-28");
    static final Map<Integer, String> MEETING = Map.of(
            1, "1st Steering Committee meeting (demo)",
            2, "3rd Steering Committee meeting, 28 January 2021",
            3, "6th Steering Committee meeting (demo)");

    static final List<Deposit> DEPOSITS = List.of(
            new Deposit("DE", "2019-06-20", "2000000", "EUR", "1.1280"),
            new Deposit("UK", "2019-09-12", "1000000", "GBP", "1.2480"),
            new Deposit("FR", "2019-11-20", "1000000", "EUR", "1.1070"),
            new Deposit("NL", "2019-12-05", "1500000", "EUR", "1.1080"),
            new Deposit("UK", "2020-03-02", "1000000", "GBP", "1.2820"),
            new Deposit("DE", "2020-05-15", "2450000", "EUR", "1.0920"),
            new Deposit("SE", "2020-10-01", "20000000", "SEK", "0.1120"),
            new Deposit("NO", "2020-12-10", "15000000", "NOK", "0.1140"),
            new Deposit("NL", "2021-03-10", "1000000", "EUR", "1.1930"),
            new Deposit("UK", "2021-06-15", "1200000", "GBP", "1.3850"),
            new Deposit("DE", "2021-11-10", "2000000", "EUR", "1.1450"),
            new Deposit("NO", "2022-05-10", "5000000", "NOK", "0.1040"),
            new Deposit("SE", "2022-06-15", "5000000", "SEK", "0.0985"),
            new Deposit("DE", "2022-09-20", "900000", "EUR", "0.9950"),
            new Deposit("FR", "2022-11-25", "400000", "EUR", "1.0400"),
            new Deposit("UK", "2023-01-20", "1000000", "GBP", "1.2150"),
            new Deposit("DE", "2023-02-14", "1300000", "EUR", "1.0750"),
            new Deposit("SE", "2024-04-18", "8000000", "SEK", "0.0925"),
            new Deposit("DE", "2025-03-05", "1500000", "EUR", "1.0820"));

    static final List<DemoProject> PROJECTS = List.of(
            p(
                    "SLW-C1-BA-01",
                    1,
                    "Customs and postal controls against firearms trafficking",
                    "UNDP",
                    "UNDP Bosnia and Herzegovina",
                    "BA",
                    "G3",
                    "KPI-5 KPI-9",
                    "1300000"),
            p(
                    "SLW-C1-XK-01",
                    1,
                    "Investigation capacity of the Kosovo* Police",
                    "UNDP",
                    "UNDP Kosovo*",
                    "XK",
                    "G3",
                    "KPI-5 KPI-6",
                    "1100000"),
            p(
                    "SLW-C1-RG-01",
                    1,
                    "Criminal law gap analysis against the UN Firearms Protocol",
                    "UNODC",
                    "UNODC regional",
                    "AL BA XK ME MK RS",
                    "G1",
                    "KPI-1",
                    "800000"),
            p(
                    "SLW-C1-ME-01",
                    1,
                    "Surplus ammunition reduction",
                    "UNDP",
                    "UNDP Montenegro",
                    "ME",
                    "G6",
                    "KPI-12",
                    "1400000"),
            p(
                    "SLW-C2-AL-01",
                    2,
                    "Ballistics information exchange",
                    "UNDP",
                    "UNDP Albania",
                    "AL",
                    "G3",
                    "KPI-6",
                    "1200000"),
            p(
                    "SLW-C2-MK-01",
                    2,
                    "Outreach on the dangers of illegal firearms",
                    "UNDP",
                    "UNDP North Macedonia",
                    "MK",
                    "G4",
                    "KPI-7 KPI-8",
                    "700000"),
            p(
                    "SLW-C2-RS-01",
                    2,
                    "Gender-responsive SALW data and policy",
                    "UNDP",
                    "UNDP Serbia",
                    "RS",
                    "G2",
                    "KPI-15 KPI-3",
                    "650000"),
            p(
                    "SLW-C2-BA-02",
                    2,
                    "Stockpile security upgrades",
                    "UNDP",
                    "UNDP Bosnia and Herzegovina",
                    "BA",
                    "G7",
                    "KPI-13",
                    "1700000"),
            p("SLW-C2-RS-02", 2, "Firearms focal point capacity", "UNDP", "UNDP Serbia", "RS", "G2", "KPI-4", "900000"),
            p(
                    "SLW-C2-XK-02",
                    2,
                    "Voluntary surrender and legalisation campaign",
                    "UNDP",
                    "UNDP Kosovo*",
                    "XK",
                    "G5",
                    "KPI-9 KPI-10",
                    "850000"),
            rejected(
                    "SLW-C2-ME-02",
                    2,
                    "Regional media campaign on firearms",
                    "UNDP",
                    "UNDP Montenegro",
                    "ME",
                    "G4",
                    "KPI-7",
                    "400000",
                    Decision.Outcome.REJECTED,
                    "Overlaps with SLW-C2-MK-01; resubmit as part of it."),
            p(
                    "SLW-C3-AL-02",
                    3,
                    "Destruction of seized small arms and light weapons",
                    "UNDP",
                    "UNDP Albania",
                    "AL",
                    "G6",
                    "KPI-11",
                    "1150000"),
            p(
                    "SLW-C3-RG-02",
                    3,
                    "Regional transparency in arms exports reporting",
                    "UNODC",
                    "UNODC regional",
                    "AL BA XK ME MK RS",
                    "G7",
                    "KPI-14",
                    "550000"),
            rejected(
                    "SLW-C3-MK-02",
                    3,
                    "Mobile units for the border police",
                    "UNDP",
                    "UNDP North Macedonia",
                    "MK",
                    "G3",
                    "KPI-5",
                    "950000",
                    Decision.Outcome.DEFERRED,
                    "Revise the budget with the SALW Commission and resubmit."));

    private static DemoProject p(
            String code,
            int call,
            String title,
            String org,
            String office,
            String j,
            String g,
            String k,
            String direct) {
        return new DemoProject(
                code,
                call,
                title,
                org,
                office,
                List.of(j.split(" ")),
                List.of(g.split(" ")),
                List.of(k.split(" ")),
                direct,
                DECIDED.get(call),
                Decision.Outcome.APPROVED,
                null);
    }

    private static DemoProject rejected(
            String code,
            int call,
            String title,
            String org,
            String office,
            String j,
            String g,
            String k,
            String direct,
            Decision.Outcome outcome,
            String reason) {
        return new DemoProject(
                code,
                call,
                title,
                org,
                office,
                List.of(j.split(" ")),
                List.of(g.split(" ")),
                List.of(k.split(" ")),
                direct,
                DECIDED.get(call),
                outcome,
                reason);
    }

    @Bean
    @Order(StartupOrder.DEMO_DATA)
    ApplicationRunner loadDemoFund(
            DemoMode demo,
            FundRepository funds,
            FundSetup setup,
            Grants grants,
            FundLedger ledger,
            TransactionTemplate tx) {
        return args -> {
            if (!demo.enabled() || funds.find(FUND).isPresent()) {
                return;
            }
            SystemActor.run(() -> tx.executeWithoutResult(s -> load(setup, grants, ledger)));
            log.info("Demo mode: loaded trust fund {} with {} projects", FUND, PROJECTS.size());
        };
    }

    private void load(FundSetup setup, Grants grants, FundLedger ledger) {
        setup.create(new FundSetupRequest(
                FUND,
                "Western Balkans SALW Control Roadmap Multi-Partner Trust Fund",
                "WB-SALW-ROADMAP",
                AGENT,
                "UNDP",
                LocalDate.parse("2019-03-15"),
                LocalDate.parse("2023-06-30"),
                null,
                null,
                AGENT_IATI + "-" + FUND,
                true,
                List.of(
                        new Fund.Organisation(
                                "MPTFO",
                                AGENT,
                                Fund.Organisation.Role.ADMINISTRATIVE_AGENT,
                                AGENT_IATI,
                                "UNDP MPTF Office (demo)"),
                        new Fund.Organisation(
                                "UNDP",
                                "United Nations Development Programme (six country offices)",
                                Fund.Organisation.Role.PARTICIPATING_ORGANISATION,
                                "XM-DAC-41114",
                                "UNDP (demo)"),
                        new Fund.Organisation(
                                "UNODC",
                                "United Nations Office on Drugs and Crime",
                                Fund.Organisation.Role.PARTICIPATING_ORGANISATION,
                                null,
                                null))));
        setup.extend(
                FUND,
                LocalDate.parse("2030-12-31"),
                LocalDate.parse("2023-05-30"),
                "Demo: extension to the Roadmap 2030 horizon (date not verified)");
        setup.addDonor(FUND, new Fund.Donor("DE", "Germany", true, "XM-DAC-5"));
        setup.addDonor(FUND, new Fund.Donor("FR", "France", true, "XM-DAC-4"));
        setup.addDonor(FUND, new Fund.Donor("UK", "United Kingdom", false, "XM-DAC-12"));
        setup.addDonor(FUND, new Fund.Donor("NL", "Netherlands", false, "XM-DAC-7"));
        setup.addDonor(FUND, new Fund.Donor("SE", "Sweden", false, "XM-DAC-10"));
        setup.addDonor(FUND, new Fund.Donor("NO", "Norway", false, "XM-DAC-8"));
        setup.addCommitteeSeat(FUND, "European Union", "EX_OFFICIO");
        setup.addCommitteeSeat(FUND, AGENT, "OBSERVER");
        setup.addCommitteeSeat(FUND, "SEESAC (secretariat, no vote)", "OBSERVER");
        agreementsAndPledges(setup);
        grants.openCall(
                FUND,
                new CallForProposals(
                        0,
                        1,
                        "First call for proposals",
                        LocalDate.parse("2019-09-02"),
                        LocalDate.parse("2019-10-31"),
                        null));
        grants.openCall(
                FUND,
                new CallForProposals(
                        0,
                        2,
                        "Second call for proposals",
                        LocalDate.parse("2020-06-01"),
                        LocalDate.parse("2020-07-31"),
                        null));
        grants.openCall(
                FUND,
                new CallForProposals(
                        0,
                        3,
                        "Third call for proposals",
                        LocalDate.parse("2023-03-15"),
                        LocalDate.parse("2023-05-16"),
                        null));
        for (DemoProject dp : PROJECTS) {
            var proposal = grants.submit(
                    FUND,
                    new Proposal(
                            0,
                            dp.code(),
                            dp.title() + " (demo)",
                            dp.org(),
                            dp.office(),
                            dp.call(),
                            "Demo proposal serving " + String.join(", ", dp.goals()) + " in "
                                    + String.join(", ", dp.jurisdictions()) + ".",
                            null,
                            LocalDate.parse(DECIDED.get(dp.call())).minusDays(40),
                            Proposal.State.SUBMITTED,
                            List.of(
                                    new Proposal.BudgetLine(
                                            "Staff and experts",
                                            Money.usd(dp.direct())
                                                    .times(new BigDecimal("0.4"), 2, RoundingMode.HALF_EVEN)),
                                    new Proposal.BudgetLine(
                                            "Equipment, training and events",
                                            Money.usd(dp.direct())
                                                    .minus(Money.usd(dp.direct())
                                                            .times(new BigDecimal("0.4"), 2, RoundingMode.HALF_EVEN)))),
                            new Proposal.Targets(dp.goals(), dp.kpis(), dp.jurisdictions())),
                    true);
            grants.decide(
                    FUND,
                    new Decision(
                            0,
                            dp.code(),
                            MEETING.get(dp.call()),
                            LocalDate.parse(dp.decided()),
                            dp.outcome(),
                            dp.outcome() == Decision.Outcome.APPROVED ? proposal.total() : null,
                            dp.reason()));
        }
        FundDemoLedger.post(ledger, DEPOSITS, PROJECTS);
        for (String closed : List.of("SLW-C1-BA-01", "SLW-C1-XK-01", "SLW-C1-RG-01")) {
            grants.setStatus(FUND, closed, Project.Status.OPERATIONALLY_CLOSED);
        }
        grants.setStatus(FUND, "SLW-C1-RG-01", Project.Status.FINANCIALLY_CLOSED);
    }

    private static void agreementsAndPledges(FundSetup setup) {
        setup.addAgreement(FUND, "DE", "SAA-SLW00-DE-2019", LocalDate.parse("2019-06-03"), Money.of("4450000", "EUR"));
        setup.addAgreement(FUND, "UK", "SAA-SLW00-UK-2019", LocalDate.parse("2019-08-30"), Money.of("2000000", "GBP"));
        setup.addAgreement(FUND, "FR", "SAA-SLW00-FR-2019", LocalDate.parse("2019-11-04"), Money.of("1000000", "EUR"));
        setup.addAgreement(FUND, "NL", "SAA-SLW00-NL-2019", LocalDate.parse("2019-11-28"), Money.of("2500000", "EUR"));
        setup.addAgreement(FUND, "SE", "SAA-SLW00-SE-2020", LocalDate.parse("2020-09-15"), Money.of("25000000", "SEK"));
        setup.addAgreement(FUND, "NO", "SAA-SLW00-NO-2020", LocalDate.parse("2020-11-20"), Money.of("20000000", "NOK"));
        long de = setup.addAgreement(
                        FUND, "DE", "SAA-SLW00-DE-2025", LocalDate.parse("2025-02-10"), Money.of("3000000", "EUR"))
                .id();
        setup.addPledge(FUND, "DE", de, LocalDate.parse("2025-02-10"), Money.of("1500000", "EUR"));
        setup.addPledge(FUND, "NO", null, LocalDate.parse("2026-06-01"), Money.of("6000000", "NOK"));
    }

    static PostingRequest request(
            String donor,
            String project,
            String org,
            String date,
            String amount,
            String currency,
            String rate,
            String kind,
            Integer year,
            String memo) {
        return new PostingRequest(
                donor, project, org, date, amount, currency, rate, kind, year == null ? null : year.toString(), memo);
    }
}
