package org.roadmapmonitor.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Indicator;
import org.roadmapmonitor.framework.FrameworkDocument.Objective;
import org.roadmapmonitor.framework.ReportKind;
import org.roadmapmonitor.framework.ReportingCalendar;
import org.roadmapmonitor.reporting.Flag;
import org.roadmapmonitor.reporting.ProgressReport;
import org.roadmapmonitor.reporting.values.CheckedValue;
import org.roadmapmonitor.reporting.values.DisaggregationKey;
import org.roadmapmonitor.reporting.workflow.ReportAction;
import org.roadmapmonitor.reporting.workflow.ReportState;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data (demo mode only, once): Western Balkans Roadmap reports from the 2018 baseline to the latest
 * closed period, most published, the latest in every state of the workflow, with plausible invented values
 * that follow a trend. Every report is marked as demo data.
 */
@Component
@Order(StartupOrder.DEMO_DATA)
class DemoReports implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
    static final String FRAMEWORK = "WB-SALW-ROADMAP";
    static final List<String> WB6 = List.of("AL", "BA", "ME", "MK", "RS", "XK");

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final ReportRepository reports;
    private final ValueRepository values;
    private final ContentRepository content;
    private final FrameworkCatalogue frameworks;
    private final ReportingCalendar calendar;
    private final Clock clock;
    private final PublicationRepository publications;

    DemoReports(
            DemoMode demo,
            JdbcClient jdbc,
            ReportRepository reports,
            ValueRepository values,
            ContentRepository content,
            FrameworkCatalogue frameworks,
            ReportingCalendar calendar,
            Clock clock,
            PublicationRepository publications) {
        this.publications = publications;
        this.demo = demo;
        this.jdbc = jdbc;
        this.reports = reports;
        this.values = values;
        this.content = content;
        this.frameworks = frameworks;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || reports.framework(FRAMEWORK).isEmpty()
                || jdbc.sql("select count(*) from progress_report")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        SystemActor.run(this::load);
    }

    private void load() {
        frameworks.setApprovalRequired(FRAMEWORK, true);
        LocalDate today = LocalDate.now(clock);
        List<PeriodCode> periods = new ArrayList<>();
        periods.add(PeriodCode.year(2018));
        periods.addAll(PeriodCode.range(PeriodCode.parse("2019S1"), PeriodCode.parse("2024S2")));
        for (int y = 2025; PeriodCode.year(y).end().isBefore(today); y++) {
            // Roadmap 2030: a semi-annual narrative progress report per half-year, and the annual KPI report.
            periods.addAll(PeriodCode.year(y).children(org.roadmapmonitor.shared.PeriodType.SIX_MONTHLY));
            periods.add(PeriodCode.year(y));
        }
        PeriodCode latest = periods.get(periods.size() - 1);
        for (PeriodCode p : periods) {
            boolean last = p.equals(latest);
            // The latest period's window is still open (an extended deadline), so that it can be filled today.
            calendar.set(
                    FRAMEWORK,
                    p.code(),
                    p.end().plusDays(1),
                    last ? today.plusDays(60) : p.end().plusDays(61),
                    !last);
        }
        calendar.set(FRAMEWORK, latest.next().code(), null, null, false);
        var ref = reports.framework(FRAMEWORK).orElseThrow();
        int count = 0;
        for (PeriodCode p : periods) {
            long versionId = reports.versionFor(ref.id(), p.year()).orElseThrow();
            FrameworkDocument doc = document(versionId);
            for (String j : WB6) {
                ReportState target = p.equals(latest)
                        ? latestState(j)
                        : p.equals(periods.get(periods.size() - 2)) && j.equals("RS")
                                ? ReportState.VALIDATED
                                : ReportState.PUBLISHED;
                create(ref.id(), versionId, doc, j, p, target, periods.indexOf(p));
                count++;
            }
        }
        log.info("Demo mode: {} demo reports of {} loaded", count, FRAMEWORK);
    }

    private FrameworkDocument document(long versionId) {
        String version = jdbc.sql("select version from framework_version where id = ?")
                .param(versionId)
                .query(String.class)
                .single();
        return frameworks.document(FRAMEWORK, version);
    }

    /** The latest period shows every step of the workflow across the six jurisdictions. */
    static ReportState latestState(String jurisdiction) {
        return switch (jurisdiction) {
            case "AL" -> ReportState.PUBLISHED;
            case "BA" -> ReportState.VALIDATED;
            case "ME" -> ReportState.RESUBMITTED;
            case "MK" -> ReportState.AWAITING_APPROVAL;
            case "XK" -> ReportState.RETURNED;
            default -> ReportState.DRAFT;
        };
    }

    private void create(
            long frameworkId,
            long versionId,
            FrameworkDocument doc,
            String j,
            PeriodCode p,
            ReportState target,
            int step) {
        Instant created = p.end().plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC);
        long id = reports.insert(frameworkId, versionId, j, p, "editor." + j.toLowerCase() + "@demo", created, true);
        ProgressReport r = reports.find(id).orElseThrow();
        var random = new Random(j.hashCode() * 31L + p.code().hashCode());
        boolean partial = target == ReportState.DRAFT;
        var kind = doc.kindFor(p.type()).orElseThrow();
        var generated = new ArrayList<CheckedValue>();
        for (Indicator ind :
                kind.has(ReportKind.Section.VALUES) ? doc.indicators().toList() : List.<Indicator>of()) {
            if (partial && random.nextInt(3) == 0) {
                continue;
            }
            generated.addAll(DemoValues.of(doc, ind, j, step, random));
        }
        values.save(r, reports.indicatorIds(versionId), generated, r.createdBy(), created.plusSeconds(3600), 1);
        for (var o : kind.has(ReportKind.Section.NARRATIVES) ? doc.objectives() : List.<Objective>of()) {
            if (!partial || random.nextBoolean()) {
                content.saveNarrative(id, DemoValues.narrative(o, j), r.createdBy(), created.plusSeconds(7200));
            }
        }
        walk(r, target, created);
    }

    /** Records the workflow steps that lead to the target state, by the people who would take them. */
    private void walk(ProgressReport r, ReportState target, Instant start) {
        String editor = "editor." + r.jurisdiction().toLowerCase() + "@demo";
        String approver = "approver." + r.jurisdiction().toLowerCase() + "@demo";
        Instant t = start.plusSeconds(86_400 * 10);
        if (target == ReportState.DRAFT) {
            return;
        }
        step(r, ReportAction.SUBMIT, ReportState.DRAFT, ReportState.AWAITING_APPROVAL, editor, t, null, List.of());
        if (target == ReportState.AWAITING_APPROVAL) {
            finish(r, target, t);
            return;
        }
        step(
                r,
                ReportAction.APPROVE,
                ReportState.AWAITING_APPROVAL,
                ReportState.SUBMITTED,
                approver,
                t = t.plusSeconds(86_400 * 3),
                null,
                List.of());
        if (target == ReportState.RETURNED || target == ReportState.RESUBMITTED) {
            var indicator = jdbc.sql(
                            "select code from indicator where framework_version_id = ? and value_source = 'REPORTED'"
                                    + " order by position offset 6 limit 1")
                    .param(r.versionId())
                    .query(String.class)
                    .single();
            var flags = List.of(
                    new Flag(
                            Flag.Kind.VALUE,
                            indicator + "|",
                            "The total does not match the register figures attached."),
                    new Flag(
                            Flag.Kind.NARRATIVE,
                            "G3",
                            "Please describe the cross-border operations mentioned at the LCM."));
            step(
                    r,
                    ReportAction.RETURN,
                    ReportState.SUBMITTED,
                    ReportState.RETURNED,
                    "secretariat@demo",
                    t = t.plusSeconds(86_400 * 7),
                    "Two items need correcting before validation.",
                    flags);
            if (target == ReportState.RETURNED) {
                content.replaceFlags(r.id(), flags);
                finish(r, target, t);
                return;
            }
            step(
                    r,
                    ReportAction.SUBMIT,
                    ReportState.RETURNED,
                    ReportState.AWAITING_APPROVAL,
                    editor,
                    t = t.plusSeconds(86_400 * 4),
                    null,
                    List.of());
            step(
                    r,
                    ReportAction.APPROVE,
                    ReportState.AWAITING_APPROVAL,
                    ReportState.RESUBMITTED,
                    approver,
                    t = t.plusSeconds(86_400),
                    null,
                    List.of());
            finish(r, target, t);
            return;
        }
        step(
                r,
                ReportAction.VALIDATE,
                ReportState.SUBMITTED,
                ReportState.VALIDATED,
                "secretariat@demo",
                t = t.plusSeconds(86_400 * 9),
                null,
                List.of());
        if (target == ReportState.PUBLISHED) {
            step(
                    r,
                    ReportAction.PUBLISH,
                    ReportState.VALIDATED,
                    ReportState.PUBLISHED,
                    "secretariat@demo",
                    t = t.plusSeconds(86_400 * 5),
                    null,
                    List.of());
        }
        finish(r, target, t);
    }

    private void step(
            ProgressReport r,
            ReportAction a,
            ReportState from,
            ReportState to,
            String actor,
            Instant at,
            String reason,
            List<Flag> flags) {
        Map<String, String> snapshot = null;
        if (a == ReportAction.VALIDATE) {
            snapshot = new java.util.LinkedHashMap<>();
            for (CheckedValue v : values.values(r.id()).values()) {
                snapshot.put(
                        v.indicator() + "|" + v.disaggregation(),
                        org.roadmapmonitor.reporting.ReportWorkflow.display(v));
            }
        }
        content.addTransition(r.id(), a, from, to, actor, at, reason, flags, snapshot);
    }

    private void finish(ProgressReport r, ReportState state, Instant at) {
        jdbc.sql("""
                update progress_report set state = ?, updated_at = ?, submitted_at = ?, validated_at = ?, published_at = ?
                where id = ?""")
                .params(
                        state.name(),
                        Timestamp.from(at),
                        Timestamp.from(r.createdAt().plusSeconds(86_400 * 10)),
                        state == ReportState.VALIDATED || state == ReportState.PUBLISHED ? Timestamp.from(at) : null,
                        state == ReportState.PUBLISHED ? Timestamp.from(at) : null,
                        r.id())
                .update();
        if (state == ReportState.PUBLISHED) {
            publications.publish(r.id(), at);
        }
    }

    static String key(String dim, String cat) {
        return DisaggregationKey.of(Map.of(dim, cat));
    }
}
