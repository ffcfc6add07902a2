package org.roadmapmonitor.actionplan.internal;

import java.util.List;
import org.roadmapmonitor.actionplan.ActionPlan;
import org.roadmapmonitor.actionplan.ActionPlans;
import org.roadmapmonitor.actionplan.Activities;
import org.roadmapmonitor.actionplan.ActivityInput;
import org.roadmapmonitor.actionplan.PlanInput;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only, once: Serbia's approved action plan and Kosovo*'s plan still being drafted (Roadmap
 * 2030), and partners' activities in the other jurisdictions that leave some objectives uncovered, all
 * entered through the same services as users' data and marked as demo data. Institutions, titles and
 * amounts are invented.
 */
@Component
@Order(StartupOrder.DEMO_DATA + 20)
class DemoActionPlans implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoActionPlans.class);
    private static final String FRAMEWORK = "WB-SALW-ROADMAP";
    private static final String VERSION = "2030";
    private static final String FUND = "SLW00";

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final ActionPlans plans;
    private final Activities activities;
    private final FundDirectory funds;
    private final TransactionTemplate tx;

    DemoActionPlans(
            DemoMode demo,
            JdbcClient jdbc,
            ActionPlans plans,
            Activities activities,
            FundDirectory funds,
            TransactionTemplate tx) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.plans = plans;
        this.activities = activities;
        this.funds = funds;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || jdbc.sql("select count(*) from action_plan")
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("select count(*) from framework where code = ?")
                                .param(FRAMEWORK)
                                .query(Long.class)
                                .single()
                        == 0) {
            return;
        }
        SystemActor.run(() -> tx.executeWithoutResult(s -> load()));
        log.info("Demo mode: loaded the action plans of RS and XK and the partners' activities");
    }

    private void load() {
        long rs = plan(
                "RS", "National SALW Control Action Plan 2025–2030 (demo)", ActionPlan.Status.APPROVED, "2025-03-27");
        String project = trustFundProject("RS");
        activity(
                rs,
                "RS",
                "G1",
                "Ministry of Interior",
                "Align the Law on Weapons and Ammunition with Directive (EU) 2021/555 (demo)",
                "2025-01-01",
                "2026-12-31",
                "120000",
                "NATIONAL",
                null,
                null,
                "ONGOING");
        activity(
                rs,
                "RS",
                "G2",
                "Ministry of Interior",
                "Firearms Focal Point analysis unit (demo)",
                "2025-04-01",
                "2027-06-30",
                "350000",
                "DONOR",
                "Germany",
                null,
                "ONGOING");
        activity(
                rs,
                "RS",
                "G3",
                "Customs Administration",
                "Risk profiling at border crossings (demo)",
                "2025-06-01",
                "2028-12-31",
                "480000",
                project == null ? "DONOR" : "TRUST_FUND",
                project == null ? "European Union" : null,
                project,
                "ONGOING");
        activity(
                rs,
                "RS",
                "G4",
                "SALW Commission",
                "Awareness campaign against celebratory shooting (demo)",
                "2026-01-01",
                "2026-12-31",
                "60000",
                "NATIONAL",
                null,
                null,
                "PLANNED");
        activity(
                rs,
                "RS",
                "G6",
                "Ministry of Defence",
                "Destruction of surplus ammunition (demo)",
                "2025-01-01",
                "2030-12-31",
                "900000",
                "DONOR",
                "United Kingdom",
                null,
                "DELAYED");
        plans.addIndicator(
                rs,
                new PlanInput.Indicator(
                        "NI-RS-1",
                        "Implementing by-laws adopted under the new Law on Weapons (demo)",
                        "count",
                        List.of("KPI-1")));
        plans.addIndicator(
                rs,
                new PlanInput.Indicator(
                        "NI-RS-2",
                        "Firearms cases analysed by the focal point (demo)",
                        "count",
                        List.of("KPI-3", "KPI-4")));
        plans.addIndicator(
                rs,
                new PlanInput.Indicator("NI-RS-3", "Ammunition destroyed, tonnes (demo)", "tonnes", List.of("KPI-11")));

        long xk = plan("XK", "SALW Control Strategy and Action Plan 2025–2030 (demo)", ActionPlan.Status.DRAFTED, null);
        activity(
                xk,
                "XK",
                "G3",
                "Kosovo Police",
                "Border police detection training (demo)",
                "2025-09-01",
                "2027-08-31",
                "210000",
                "DONOR",
                "Sweden",
                null,
                "ONGOING");
        activity(
                xk,
                "XK",
                "G5",
                "Ministry of Internal Affairs",
                "Voluntary surrender campaign (demo)",
                "2026-03-01",
                "2026-11-30",
                "75000",
                "NATIONAL",
                null,
                null,
                "COMPLETED");
        plans.addIndicator(
                xk,
                new PlanInput.Indicator(
                        "NI-XK-1", "Weapons surrendered voluntarily (demo)", "count", List.of("KPI-9")));

        // Partners' activities: AL, BA, ME and MK are covered unevenly, so that the matrix shows gaps.
        activity(
                null,
                "AL",
                "G1",
                "OSCE Presence in Albania",
                "Legal drafting support on the firearms law (demo)",
                "2025-01-01",
                "2026-06-30",
                "90000",
                "DONOR",
                "France",
                null,
                "COMPLETED");
        activity(
                null,
                "AL",
                "G6",
                "UNDP Albania",
                "Stockpile security upgrades (demo)",
                "2025-05-01",
                "2027-12-31",
                "650000",
                "DONOR",
                "Germany",
                null,
                "ONGOING");
        activity(
                null,
                "BA",
                "G3",
                "UNDP Bosnia and Herzegovina",
                "Customs and postal controls (demo)",
                "2025-01-01",
                "2027-12-31",
                "700000",
                "DONOR",
                "Netherlands",
                null,
                "ONGOING");
        activity(
                null,
                "BA",
                "G5",
                "EUFOR",
                "Collection of weapons left from the conflict (demo)",
                "2025-03-01",
                "2026-12-31",
                null,
                "OTHER",
                null,
                null,
                "ONGOING");
        activity(
                null,
                "ME",
                "G2",
                "UNODC",
                "Criminal intelligence analysis course (demo)",
                "2026-02-01",
                "2026-10-31",
                "45000",
                "DONOR",
                "Norway",
                null,
                "PLANNED");
        activity(
                null,
                "MK",
                "G4",
                "Small Arms Survey",
                "Survey of attitudes towards firearms (demo)",
                "2025-10-01",
                "2026-09-30",
                "80000",
                "DONOR",
                "Germany",
                null,
                "ONGOING");
        activity(
                null,
                "MK",
                "G7",
                "UNDP North Macedonia",
                "Export control licensing system (demo)",
                "2025-01-01",
                "2025-12-31",
                "150000",
                "DONOR",
                "United Kingdom",
                null,
                "CANCELLED");
        activity(
                null,
                "RS",
                "G7",
                "OSCE Mission to Serbia",
                "Arms export control outreach to industry (demo)",
                "2026-01-01",
                "2027-12-31",
                "110000",
                "DONOR",
                "United States",
                null,
                "ONGOING");
    }

    private long plan(String jurisdiction, String title, ActionPlan.Status status, String adoptedOn) {
        return plans.create(
                        new PlanInput(
                                FRAMEWORK,
                                VERSION,
                                jurisdiction,
                                title,
                                status.name(),
                                adoptedOn,
                                "Sex-disaggregated data in every national indicator on people (demo)"),
                        true)
                .id();
    }

    /** One activity: of the plan when {@code plan} is set, else a partner's (partners report in USD). */
    private void activity(
            Long plan,
            String jurisdiction,
            String objective,
            String organisation,
            String title,
            String start,
            String end,
            String budget,
            String source,
            String funder,
            String project,
            String status) {
        String currency = plan == null ? "USD" : "EUR";
        activities.create(
                new ActivityInput(
                        plan,
                        FRAMEWORK,
                        VERSION,
                        objective,
                        jurisdiction,
                        organisation,
                        title,
                        start,
                        end,
                        budget,
                        budget == null ? null : currency,
                        source,
                        funder,
                        project == null ? null : FUND,
                        project,
                        status),
                true);
    }

    /** A project of the demo trust fund working in this jurisdiction, if the fund was loaded. */
    private String trustFundProject(String jurisdiction) {
        if (funds.find(FUND).isEmpty()) {
            return null;
        }
        return funds.projects(FUND).stream()
                .filter(p -> p.targets() != null && p.targets().jurisdictions().contains(jurisdiction))
                .map(Project::code)
                .findFirst()
                .orElse(null);
    }
}
