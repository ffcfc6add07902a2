package org.roadmapmonitor.fund.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.roadmapmonitor.framework.Vocabulary.IndicatorType;
import org.roadmapmonitor.fund.Contribution;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.EntryType;
import org.roadmapmonitor.shared.Money;

/**
 * A fund as IATI 2.03 activities: the fund itself (donors' agreements and pledges as incoming commitments
 * and pledges, their deposits as incoming funds, the steering committee's approvals as outgoing commitments,
 * transfers to participating organisations as disbursements and their refunds as negative disbursements to
 * the same organisation and project) and one child activity per project (its budget by periods of at most
 * twelve months, its expenditure, and results linked to the KPIs it serves). Reversed entries and their
 * reversals cancel out and are left out; nothing dated after today is published as a transaction. Valid
 * against iati-activities-schema.xsd.
 */
public final class IatiExport {
    /** IATI 2.03 TransactionType codes. */
    static final String INCOMING_FUNDS = "1";

    static final String OUTGOING_COMMITMENT = "2";
    static final String DISBURSEMENT = "3";
    static final String EXPENDITURE = "4";
    static final String INCOMING_COMMITMENT = "11";
    /** 12 is an outgoing pledge in 2.03. */
    static final String INCOMING_PLEDGE = "13";
    /** DAC purpose code 15240: reintegration and SALW control. */
    static final String SECTOR_SALW = "15240";

    /** A KPI as the results need it: its title, and its type, which decides the IATI indicator measure. */
    public record Kpi(String title, IndicatorType type) {}

    /** Everything the export needs, read by the service beforehand. */
    public record Input(
            Fund fund,
            List<Fund.Organisation> organisations,
            List<Fund.Donor> donors,
            List<Project> projects,
            List<Decision> decisions,
            List<Entry> entries,
            List<Contribution.Agreement> agreements,
            List<Contribution.Pledge> pledges,
            Map<String, List<FundReports.KpiTrend>> trends,
            Map<String, Kpi> kpis,
            LocalDate today,
            Instant now) {}

    private final Input in;
    private final IatiXml x;
    private final Map<String, Fund.Organisation> organisations;
    private final Map<String, Fund.Donor> donors;
    private final Set<Long> cancelled;

    private IatiExport(Input in, IatiXml x) {
        this.in = in;
        this.x = x;
        this.organisations =
                in.organisations().stream().collect(Collectors.toMap(Fund.Organisation::code, Function.identity()));
        this.donors = in.donors().stream().collect(Collectors.toMap(Fund.Donor::code, Function.identity()));
        this.cancelled = in.entries().stream()
                .filter(Entry::isReversal)
                .flatMap(e -> Stream.of(e.id(), e.reverses()))
                .collect(Collectors.toSet());
    }

    public static byte[] write(Input in) {
        var out = new ByteArrayOutputStream();
        try {
            var writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            new IatiExport(in, new IatiXml(writer)).activities(writer);
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the IATI export", e);
        }
        return out.toByteArray();
    }

    /**
     * The IATI measure of an indicator of this type: 1 unit (counts, money), 2 percentage (percentages and
     * ratios, published in per cent), 3 nominal (yes/no), 4 ordinal (level scales), 5 qualitative.
     */
    static String measure(IndicatorType type) {
        return switch (type == null ? IndicatorType.COUNT : type) {
            case COUNT, MONEY -> "1";
            case PERCENTAGE, RATIO -> "2";
            case YES_NO -> "3";
            case ORDINAL -> "4";
            case NARRATIVE -> "5";
        };
    }

    private void activities(javax.xml.stream.XMLStreamWriter writer) throws XMLStreamException {
        writer.writeStartDocument("UTF-8", "1.0");
        x.start("iati-activities", "version", "2.03", "generated-datetime", timestamp());
        fundActivity();
        for (Project p : in.projects()) {
            projectActivity(p);
        }
        x.end();
        writer.writeEndDocument();
    }

    private String timestamp() {
        return in.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private String fundId() {
        return in.fund().iatiIdentifier() != null
                ? in.fund().iatiIdentifier()
                : agentRef() + "-" + in.fund().code();
    }

    private String projectId(String code) {
        return fundId() + "-" + code;
    }

    /** The agent's own identifier, as the fund configures it; never a participating organisation's. */
    private String agentRef() {
        return agent().iatiRef() != null
                ? agent().iatiRef()
                : "XI-ROADMAP-" + in.fund().code();
    }

    private Fund.Organisation agent() {
        return in.organisations().stream()
                .filter(o -> o.role() == Fund.Organisation.Role.ADMINISTRATIVE_AGENT)
                .findFirst()
                .orElse(new Fund.Organisation(
                        "AA",
                        in.fund().administrativeAgent(),
                        Fund.Organisation.Role.ADMINISTRATIVE_AGENT,
                        null,
                        null));
    }

    private String agentName() {
        return in.fund().administrativeAgent();
    }

    private void fundActivity() throws XMLStreamException {
        start(
                fundId(),
                in.fund().name(),
                "Pooled multi-partner trust fund; administrative agent: " + agentName() + ".",
                1);
        for (Fund.Donor d : in.donors()) {
            x.org("participating-org", d.iatiRef(), "10", d.name(), "role", "1");
        }
        x.org("participating-org", agentRef(), "40", agentName(), "role", "3");
        for (Fund.Organisation o : participating()) {
            x.org("participating-org", o.iatiRef(), "40", o.name(), "role", "4");
        }
        x.empty("activity-status", "code", in.fund().status() == Fund.Status.ACTIVE ? "2" : "4");
        boolean started = !in.fund().startDate().isAfter(in.today());
        x.empty("activity-date", "iso-date", in.fund().startDate().toString(), "type", started ? "2" : "1");
        if (in.fund().endDate() != null) {
            x.empty("activity-date", "iso-date", in.fund().endDate().toString(), "type", "3");
        }
        x.empty("activity-scope", "code", "2");
        sector();
        for (Contribution.Agreement a : in.agreements()) {
            fromDonor(
                    INCOMING_COMMITMENT,
                    a.signedOn(),
                    a.amount(),
                    "Contribution agreement " + a.reference(),
                    a.donor());
        }
        for (Contribution.Pledge p : in.pledges()) {
            fromDonor(INCOMING_PLEDGE, p.pledgedOn(), p.amount(), "Pledge", p.donor());
        }
        for (Entry e : live(EntryType.CONTRIBUTION)) {
            fromDonor(INCOMING_FUNDS, e.date(), e.usd(), "Contribution", e.donor());
        }
        for (Decision d : in.decisions()) {
            Project p = project(d.proposal());
            if (d.outcome() == Decision.Outcome.APPROVED && p != null) {
                toOrganisation(
                        OUTGOING_COMMITMENT,
                        d.decidedOn(),
                        d.amount(),
                        "Approved: " + d.meeting(),
                        p.organisation(),
                        p.code());
            }
        }
        for (Entry e : live(EntryType.TRANSFER, EntryType.REFUND)) {
            boolean refund = e.type() == EntryType.REFUND;
            toOrganisation(
                    DISBURSEMENT,
                    e.date(),
                    refund ? e.usd().negate() : e.usd(),
                    (refund ? "Refund of project " : "Transfer for project ") + e.project(),
                    e.organisation(),
                    e.project());
        }
        x.end();
    }

    private void fromDonor(String type, LocalDate date, Money amount, String description, String donorCode)
            throws XMLStreamException {
        Fund.Donor d = donors.get(donorCode);
        transaction(
                type,
                date,
                amount,
                description,
                d == null ? null : d.iatiRef(),
                d == null ? donorCode : d.name(),
                agentRef(),
                agentName(),
                null);
    }

    private void toOrganisation(
            String type, LocalDate date, Money amount, String description, String organisation, String project)
            throws XMLStreamException {
        Fund.Organisation o = organisations.get(organisation);
        transaction(
                type,
                date,
                amount,
                description,
                agentRef(),
                agentName(),
                o == null ? null : o.iatiRef(),
                name(o, organisation),
                projectId(project));
    }

    private void projectActivity(Project p) throws XMLStreamException {
        start(
                projectId(p.code()),
                p.title(),
                "Project " + p.code() + " of " + in.fund().name() + "; serves "
                        + String.join(", ", p.targets().objectives()) + ".",
                2);
        Fund.Organisation o = organisations.get(p.organisation());
        x.org("participating-org", agentRef(), "40", agentName(), "role", "1");
        x.org("participating-org", o == null ? null : o.iatiRef(), "40", name(o, p.organisation()), "role", "4");
        x.empty("activity-status", "code", status(p.status()));
        LocalDate start = projectStart(p);
        x.empty("activity-date", "iso-date", start.toString(), "type", "1");
        x.empty("activity-date", "iso-date", projectEnd(p).toString(), "type", "3");
        x.empty("activity-scope", "code", p.targets().jurisdictions().size() > 1 ? "2" : "4");
        recipients(p.targets().jurisdictions());
        sector();
        for (BudgetPeriods.Period period : BudgetPeriods.of(start, projectEnd(p), p.approved())) {
            x.start("budget", "type", "1", "status", "2");
            x.empty("period-start", "iso-date", period.start().toString());
            x.empty("period-end", "iso-date", period.end().toString());
            x.value(period.amount(), period.start());
            x.end();
        }
        for (Entry e : live(EntryType.EXPENDITURE)) {
            if (p.code().equals(e.project())) {
                transaction(
                        EXPENDITURE,
                        e.date(),
                        e.usd(),
                        e.kind().name().toLowerCase() + " expenditure " + e.year(),
                        o == null ? null : o.iatiRef(),
                        name(o, p.organisation()),
                        null,
                        null,
                        null);
            }
        }
        x.empty("related-activity", "ref", fundId(), "type", "1");
        for (String kpi : p.targets().indicators()) {
            result(kpi, in.trends().getOrDefault(p.code(), List.of()));
        }
        x.end();
    }

    private LocalDate projectStart(Project p) {
        return p.startDate() != null ? p.startDate() : in.fund().startDate();
    }

    /** The planned end; a project approved without one is budgeted over three years. */
    private LocalDate projectEnd(Project p) {
        LocalDate start = projectStart(p);
        return p.endDate() != null && !p.endDate().isBefore(start)
                ? p.endDate()
                : start.plusYears(3).minusDays(1);
    }

    private void result(String code, List<FundReports.KpiTrend> trends) throws XMLStreamException {
        Kpi kpi = in.kpis().getOrDefault(code, new Kpi(code, null));
        x.start("result", "type", "2");
        x.narrativeElement("title", code + ": " + kpi.title());
        x.start("indicator", "measure", measure(kpi.type()));
        x.narrativeElement("title", kpi.title());
        x.empty("reference", "vocabulary", "99", "code", code);
        for (FundReports.KpiTrend t : trends) {
            if (!t.indicator().equals(code)) {
                continue;
            }
            for (var point : t.points()) {
                if (point.value() == null) {
                    continue;
                }
                x.start("period");
                x.empty("period-start", "iso-date", point.start().toString());
                x.empty("period-end", "iso-date", point.period().end().toString());
                x.start("actual", "value", actual(kpi.type(), point.value()));
                x.empty("dimension", "name", "jurisdiction", "value", t.jurisdiction());
                x.end();
                x.end();
            }
        }
        x.end();
        x.end();
    }

    /** A ratio is kept as a fraction (0.45) and published in per cent (45), as its measure says. */
    private static String actual(IndicatorType type, BigDecimal value) {
        BigDecimal shown = type == IndicatorType.RATIO ? value.movePointRight(2) : value;
        return shown.stripTrailingZeros().toPlainString();
    }

    private void start(String id, String title, String description, int hierarchy) throws XMLStreamException {
        x.start("iati-activity", "last-updated-datetime", timestamp());
        x.xmlLang("en");
        x.attribute("default-currency", "USD");
        x.attribute("hierarchy", String.valueOf(hierarchy));
        x.element("iati-identifier", id);
        x.org("reporting-org", agentRef(), "40", agentName());
        x.narrativeElement("title", title);
        x.start("description", "type", "1");
        x.narrative(description);
        x.end();
    }

    /** A transaction that has happened; one dated after today (a pledge for next year) waits for its day. */
    private void transaction(
            String type,
            LocalDate date,
            Money amount,
            String description,
            String providerRef,
            String provider,
            String receiverRef,
            String receiver,
            String receiverActivity)
            throws XMLStreamException {
        if (date.isAfter(in.today())) {
            return;
        }
        x.start("transaction");
        x.empty("transaction-type", "code", type);
        x.empty("transaction-date", "iso-date", date.toString());
        x.value(amount, date);
        x.narrativeElement("description", description);
        if (provider != null) {
            x.org("provider-org", providerRef, null, provider);
        }
        if (receiver != null) {
            x.start("receiver-org");
            if (receiverRef != null) {
                x.attribute("ref", receiverRef);
            }
            if (receiverActivity != null) {
                x.attribute("receiver-activity-id", receiverActivity);
            }
            x.narrative(receiver);
            x.end();
        }
        x.end();
    }

    /** Several recipient countries share 100 % exactly (split to the hundredth without losing any). */
    private void recipients(List<String> countries) throws XMLStreamException {
        if (countries.isEmpty()) {
            return;
        }
        List<Money> shares = Money.usd("100").allocate(Collections.nCopies(countries.size(), BigDecimal.ONE), 2);
        for (int i = 0; i < countries.size(); i++) {
            x.empty(
                    "recipient-country",
                    "code",
                    countries.get(i),
                    "percentage",
                    shares.get(i).plain());
        }
    }

    private void sector() throws XMLStreamException {
        x.empty("sector", "vocabulary", "1", "code", SECTOR_SALW);
    }

    private List<Entry> live(EntryType... types) {
        Set<EntryType> wanted = Set.of(types);
        return in.entries().stream()
                .filter(e -> wanted.contains(e.type()) && !cancelled.contains(e.id()))
                .toList();
    }

    private List<Fund.Organisation> participating() {
        return in.organisations().stream()
                .filter(o -> o.role() == Fund.Organisation.Role.PARTICIPATING_ORGANISATION)
                .toList();
    }

    private Project project(String code) {
        return in.projects().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static String name(Fund.Organisation o, String code) {
        return o == null ? code : o.name();
    }

    /** IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed. */
    private static String status(Project.Status s) {
        return switch (s) {
            case PIPELINE -> "1";
            case ACTIVE -> "2";
            case OPERATIONALLY_CLOSED -> "3";
            case FINANCIALLY_CLOSED -> "4";
        };
    }
}
