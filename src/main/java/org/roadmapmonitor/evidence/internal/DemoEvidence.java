package org.roadmapmonitor.evidence.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.roadmapmonitor.evidence.EvidenceRecords;
import org.roadmapmonitor.evidence.ImportJob;
import org.roadmapmonitor.evidence.ImportJobs;
import org.roadmapmonitor.evidence.RecordType;
import org.roadmapmonitor.shared.DemoEvidenceLoaded;
import org.roadmapmonitor.shared.DemoMode;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo evidence (demo mode only, once), clearly synthetic: Western Balkans seizures, finds and surrenders
 * from 2018 with their weapons (tens of thousands), sent through the same import job as a user's file, so
 * start-up does not wait for it; then, in the background, firearm incidents with victims and perpetrators,
 * destructions, trainings and tracing requests through the same service as the API. References start with
 * {@code DEMO-} and sources say "synthetic".
 */
@Component
@Order(StartupOrder.DEMO_DATA + 5)
class DemoEvidence implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);
    private static final List<String> WB6 = List.of("AL", "BA", "ME", "MK", "RS", "XK");
    private static final String[] CATEGORIES = {
        "PISTOL",
        "PISTOL",
        "PISTOL",
        "RIFLE",
        "ASSAULT_RIFLE",
        "ASSAULT_RIFLE",
        "REVOLVER",
        "SHOTGUN",
        "SHOTGUN",
        "SUBMACHINE_GUN",
        "LIGHT_MACHINE_GUN",
        "GRENADE_LAUNCHER",
        "CARBINE"
    };
    private static final String[] MAKERS = {
        "Zastava Arms,RS", "Crvena Zastava,RS", "Tokarev,RU", "CZ,CZ", "Beretta,IT", "Glock,AT", "Norinco,CN", ","
    };

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final ImportJobs imports;
    private final EvidenceRecords records;
    private final Clock clock;
    private final double scale;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoEvidence(
            DemoMode demo,
            JdbcClient jdbc,
            ImportJobs imports,
            EvidenceRecords records,
            Clock clock,
            @Value("${roadmap.evidence.demo-scale:1.0}") double scale,
            ApplicationEventPublisher events) {
        this.events = events;
        this.demo = demo;
        this.jdbc = jdbc;
        this.imports = imports;
        this.records = records;
        this.clock = clock;
        this.scale = scale;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || jdbc.sql("select exists (select 1 from evidence_import_job where demo)")
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        int lastYear = LocalDate.now(clock).getYear() - 1;
        String csv = weapons(lastYear);
        long[] job = new long[1];
        SystemActor.run(() -> job[0] = imports.submit(
                        RecordType.WEAPON_ITEMS,
                        "demo-weapon-items.csv",
                        null,
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))
                .id());
        log.info("Demo mode: synthetic Western Balkans weapon items queued for import (job {})", job[0]);
        var rest = new Thread(() -> SystemActor.run(() -> afterImport(job[0], lastYear)), "demo-evidence");
        rest.setDaemon(true);
        rest.start();
    }

    /** Event rows: 1–4 weapons each; the share traced grows over the years, as tracing capacity did. */
    String weapons(int lastYear) {
        var random = new Random(2018);
        var sb = new StringBuilder(WeaponItemSql.DEMO_HEADER).append('\n');
        int perYear = (int) Math.max(3, 1000 * scale);
        for (String j : WB6) {
            for (int year = 2018; year <= lastYear; year++) {
                int weapons = 0;
                for (int event = 0; weapons < perYear; event++) {
                    int r = random.nextInt(100);
                    String type = r < 60 ? "SEIZED" : r < 75 ? "FOUND" : "SURRENDERED";
                    String criminal = type.equals("SEIZED") ? String.valueOf(random.nextInt(100) < 80) : "";
                    String date = LocalDate.of(year, 1, 1)
                            .plusDays(random.nextInt(365))
                            .toString();
                    String head = "DEMO-" + j + "-" + year + "-" + event + "," + type + "," + criminal + "," + date
                            + "," + j + "," + (type.equals("SURRENDERED") ? "Police (voluntary surrender)" : "Police");
                    int items = 1 + random.nextInt(type.equals("SEIZED") ? 4 : 2);
                    for (int i = 0; i < items; i++, weapons++) {
                        sb.append(head)
                                .append(',')
                                .append(item(random, year, j, event, i))
                                .append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String item(Random random, int year, String j, int event, int i) {
        int m = random.nextInt(100);
        String marking = m < 75 ? "UNIQUELY_MARKED" : m < 90 ? "UNMARKED" : "ALTERED";
        boolean antique = random.nextInt(100) < 2;
        int tracedShare = 20 + (year - 2018) * 4;
        int t = random.nextInt(100);
        String tracing = !marking.equals("UNIQUELY_MARKED")
                ? (t < 70 ? "INSUFFICIENT_INFORMATION" : "NOT_ATTEMPTED")
                : t < tracedShare ? "TRACED" : t < tracedShare + 30 ? "PENDING" : "NOT_ATTEMPTED";
        String origin = tracing.equals("TRACED") && random.nextInt(10) < 9
                ? "true,TRACING"
                : random.nextInt(100) < 5 ? "true,COMPETENT_AUTHORITY" : "false,";
        String serial = marking.equals("UNIQUELY_MARKED") ? j + year + "-" + event + "-" + i : "";
        return CATEGORIES[random.nextInt(CATEGORIES.length)] + "," + MAKERS[random.nextInt(MAKERS.length)] + ","
                + serial + "," + marking + ","
                + (random.nextInt(100) < 85 ? "ILLEGAL_POSSESSION" : "LEGALLY_HELD") + "," + antique + "," + tracing
                + "," + origin;
    }

    private void afterImport(long jobId, int lastYear) {
        try {
            ImportJob job;
            do {
                Thread.sleep(1000);
                job = imports.get(jobId);
            } while (!job.finished());
            new DemoRecords(records, json, new Random(2019), scale).load(lastYear, WB6);
            log.info("Demo mode: synthetic incidents, destructions, trainings and tracing requests loaded");
            events.publishEvent(new DemoEvidenceLoaded());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Demo evidence could not be completed: {}", e.getMessage());
        }
    }
}
