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
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.roadmapmonitor.fund.Decision;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundReports;
import org.roadmapmonitor.fund.Project;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.EntryType;
import org.roadmapmonitor.shared.Money;

/**
 * A fund as IATI 2.03 activities: the fund itself (incoming funds from donors, outgoing commitments when
 * the steering committee approves, disbursements to participating organisations) and one child activity
 * per project (its budget, its expenditure, and results linked to the KPIs it serves). Reversed entries
 * and their reversals cancel out and are left out. Valid against iati-activities-schema.xsd.
 */
public final class IatiExport {
    /** IATI TransactionType codes. */
    static final String INCOMING_FUNDS = "1";

    static final String OUTGOING_COMMITMENT = "2";
    static final String DISBURSEMENT = "3";
    static final String EXPENDITURE = "4";
    /** DAC purpose code 15240: reintegration and SALW control. */
    static final String SECTOR_SALW = "15240";

    /** Everything the export needs, read by the service beforehand. */
    public record Input(
            Fund fund,
            List<Fund.Organisation> organisations,
            List<Fund.Donor> donors,
            List<Project> projects,
            List<Decision> decisions,
            List<Entry> entries,
            Map<String, List<FundReports.KpiTrend>> trends,
            Map<String, String> indicatorTitles,
            LocalDate today,
            Instant now) {}

    private final Input in;
    private final XMLStreamWriter x;
    private final Map<String, Fund.Organisation> organisations;
    private final Map<String, Fund.Donor> donors;
    private final Set<Long> cancelled;

    private IatiExport(Input in, XMLStreamWriter x) {
        this.in = in;
        this.x = x;
        this.organisations =
                in.organisations().stream().collect(Collectors.toMap(Fund.Organisation::code, Function.identity()));
        this.donors = in.donors().stream().collect(Collectors.toMap(Fund.Donor::code, Function.identity()));
        this.cancelled = in.entries().stream()
                .filter(Entry::isReversal)
                .flatMap(e -> java.util.stream.Stream.of(e.id(), e.reverses()))
                .collect(Collectors.toSet());
    }

    public static byte[] write(Input in) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            new IatiExport(in, x).activities();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the IATI export", e);
        }
        return out.toByteArray();
    }

    private void activities() throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("iati-activities");
        x.writeAttribute("version", "2.03");
        x.writeAttribute(
                "generated-datetime", in.now().truncatedTo(ChronoUnit.SECONDS).toString());
        fundActivity();
        for (Project p : in.projects()) {
            projectActivity(p);
        }
        x.writeEndElement();
        x.writeEndDocument();
    }

    private String fundId() {
        return in.fund().iatiIdentifier() != null
                ? in.fund().iatiIdentifier()
                : agentRef() + "-" + in.fund().code();
    }

    private String projectId(String code) {
        return fundId() + "-" + code;
    }

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

    private void fundActivity() throws XMLStreamException {
        start(
                fundId(),
                in.fund().name(),
                "Pooled multi-partner trust fund; administrative agent: "
                        + in.fund().administrativeAgent() + ".",
                1);
        for (Fund.Donor d : in.donors()) {
            org("participating-org", d.iatiRef(), "10", d.name(), "role", "1");
        }
        org("participating-org", agentRef(), "40", agent().name(), "role", "3");
        for (Fund.Organisation o : participating()) {
            org("participating-org", o.iatiRef(), "40", o.name(), "role", "4");
        }
        empty("activity-status", "code", in.fund().status() == Fund.Status.ACTIVE ? "2" : "4");
        empty("activity-date", "iso-date", in.fund().startDate().toString(), "type", "2");
        if (in.fund().endDate() != null) {
            empty("activity-date", "iso-date", in.fund().endDate().toString(), "type", "3");
        }
        empty("activity-scope", "code", "2");
        sector();
        for (Entry e : live()) {
            if (e.type() == EntryType.CONTRIBUTION) {
                Fund.Donor d = donors.get(e.donor());
                transaction(
                        INCOMING_FUNDS,
                        e.date(),
                        e.usd(),
                        "Contribution",
                        d == null ? null : d.iatiRef(),
                        d == null ? e.donor() : d.name(),
                        agentRef(),
                        agent().name(),
                        null);
            } else if (e.type() == EntryType.REFUND) {
                Fund.Organisation o = organisations.get(e.organisation());
                transaction(
                        INCOMING_FUNDS,
                        e.date(),
                        e.usd(),
                        "Refund of project " + e.project(),
                        o == null ? null : o.iatiRef(),
                        name(o, e.organisation()),
                        agentRef(),
                        agent().name(),
                        null);
            }
        }
        for (Decision d : in.decisions()) {
            Project p = project(d.proposal());
            if (d.outcome() == Decision.Outcome.APPROVED && p != null) {
                Fund.Organisation o = organisations.get(p.organisation());
                transaction(
                        OUTGOING_COMMITMENT,
                        d.decidedOn(),
                        d.amount(),
                        "Approved: " + d.meeting(),
                        agentRef(),
                        agent().name(),
                        o == null ? null : o.iatiRef(),
                        name(o, p.organisation()),
                        projectId(p.code()));
            }
        }
        for (Entry e : live()) {
            if (e.type() == EntryType.TRANSFER) {
                Fund.Organisation o = organisations.get(e.organisation());
                transaction(
                        DISBURSEMENT,
                        e.date(),
                        e.usd(),
                        "Transfer for project " + e.project(),
                        agentRef(),
                        agent().name(),
                        o == null ? null : o.iatiRef(),
                        name(o, e.organisation()),
                        projectId(e.project()));
            }
        }
        x.writeEndElement();
    }

    private void projectActivity(Project p) throws XMLStreamException {
        start(
                projectId(p.code()),
                p.title(),
                "Project " + p.code() + " of " + in.fund().name() + "; serves "
                        + String.join(", ", p.targets().objectives()) + ".",
                2);
        Fund.Organisation o = organisations.get(p.organisation());
        org("participating-org", agentRef(), "40", agent().name(), "role", "1");
        org("participating-org", o == null ? null : o.iatiRef(), "40", name(o, p.organisation()), "role", "4");
        empty("activity-status", "code", status(p.status()));
        LocalDate start = p.startDate() != null ? p.startDate() : in.fund().startDate();
        empty("activity-date", "iso-date", start.toString(), "type", "1");
        empty("activity-scope", "code", p.targets().jurisdictions().size() > 1 ? "2" : "4");
        recipients(p.targets().jurisdictions());
        sector();
        x.writeStartElement("budget");
        x.writeAttribute("type", "1");
        x.writeAttribute("status", "2");
        empty("period-start", "iso-date", start.toString());
        empty("period-end", "iso-date", start.plusYears(3).minusDays(1).toString());
        value(p.approved(), start);
        x.writeEndElement();
        for (Entry e : live()) {
            if (e.type() == EntryType.EXPENDITURE && p.code().equals(e.project())) {
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
        empty("related-activity", "ref", fundId(), "type", "1");
        for (String kpi : p.targets().indicators()) {
            result(kpi, in.trends().getOrDefault(p.code(), List.of()));
        }
        x.writeEndElement();
    }

    private void result(String kpi, List<FundReports.KpiTrend> trends) throws XMLStreamException {
        x.writeStartElement("result");
        x.writeAttribute("type", "2");
        narrativeElement("title", kpi + ": " + in.indicatorTitles().getOrDefault(kpi, kpi));
        x.writeStartElement("indicator");
        x.writeAttribute("measure", "1");
        narrativeElement("title", in.indicatorTitles().getOrDefault(kpi, kpi));
        empty("reference", "vocabulary", "99", "code", kpi);
        for (FundReports.KpiTrend t : trends) {
            if (!t.indicator().equals(kpi)) {
                continue;
            }
            for (var point : t.points()) {
                if (point.value() == null) {
                    continue;
                }
                x.writeStartElement("period");
                empty("period-start", "iso-date", point.start().toString());
                empty("period-end", "iso-date", point.period().end().toString());
                x.writeStartElement("actual");
                x.writeAttribute("value", point.value().toPlainString());
                empty("dimension", "name", "jurisdiction", "value", t.jurisdiction());
                x.writeEndElement();
                x.writeEndElement();
            }
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private void start(String id, String title, String description, int hierarchy) throws XMLStreamException {
        x.writeStartElement("iati-activity");
        x.writeAttribute(
                "last-updated-datetime",
                in.now().truncatedTo(ChronoUnit.SECONDS).toString());
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        x.writeAttribute("default-currency", "USD");
        x.writeAttribute("hierarchy", String.valueOf(hierarchy));
        element("iati-identifier", id);
        org("reporting-org", agentRef(), "40", agent().name());
        narrativeElement("title", title);
        x.writeStartElement("description");
        x.writeAttribute("type", "1");
        narrative(description);
        x.writeEndElement();
    }

    private void transaction(
            String type,
            LocalDate date,
            Money usd,
            String description,
            String providerRef,
            String provider,
            String receiverRef,
            String receiver,
            String receiverActivity)
            throws XMLStreamException {
        x.writeStartElement("transaction");
        empty("transaction-type", "code", type);
        empty("transaction-date", "iso-date", date.toString());
        value(usd, date);
        narrativeElement("description", description);
        if (provider != null) {
            org("provider-org", providerRef, null, provider);
        }
        if (receiver != null) {
            x.writeStartElement("receiver-org");
            if (receiverRef != null) {
                x.writeAttribute("ref", receiverRef);
            }
            if (receiverActivity != null) {
                x.writeAttribute("receiver-activity-id", receiverActivity);
            }
            narrative(receiver);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Several recipient countries share 100 % exactly (split to the hundredth without losing any). */
    private void recipients(List<String> countries) throws XMLStreamException {
        if (countries.isEmpty()) {
            return;
        }
        List<Money> shares = Money.usd("100").allocate(Collections.nCopies(countries.size(), BigDecimal.ONE), 2);
        for (int i = 0; i < countries.size(); i++) {
            empty(
                    "recipient-country",
                    "code",
                    countries.get(i),
                    "percentage",
                    shares.get(i).plain());
        }
    }

    private void sector() throws XMLStreamException {
        empty("sector", "vocabulary", "1", "code", SECTOR_SALW);
    }

    private void value(Money usd, LocalDate date) throws XMLStreamException {
        x.writeStartElement("value");
        x.writeAttribute("currency", usd.currency());
        x.writeAttribute("value-date", date.toString());
        x.writeCharacters(usd.plain());
        x.writeEndElement();
    }

    private void org(String element, String ref, String type, String name, String... attributes)
            throws XMLStreamException {
        x.writeStartElement(element);
        if (ref != null) {
            x.writeAttribute("ref", ref);
        }
        if (type != null) {
            x.writeAttribute("type", type);
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
        narrative(name);
        x.writeEndElement();
    }

    private void narrativeElement(String element, String text) throws XMLStreamException {
        x.writeStartElement(element);
        narrative(text);
        x.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        element("narrative", text);
    }

    private void element(String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private void empty(String name, String... attributes) throws XMLStreamException {
        x.writeEmptyElement(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private List<Entry> live() {
        return in.entries().stream().filter(e -> !cancelled.contains(e.id())).toList();
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
