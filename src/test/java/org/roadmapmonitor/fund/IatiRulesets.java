package org.roadmapmonitor.fund;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The checks an IATI validator runs beyond the schema, as far as this export is concerned (after the IATI
 * Standard Ruleset and the guidance on transactions and budgets): the file is valid against the 2.03
 * schema; activity identifiers start with the reporting organisation's; actual dates and transactions are
 * not in the future; budget periods run forwards, last at most twelve months and do not overlap; recipient
 * country percentages add up to 100; no transaction goes from an organisation to itself.
 */
public final class IatiRulesets {
    private IatiRulesets() {}

    public static Document parse(byte[] xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(IatiRulesets.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Every rule broken, one line each naming the activity; empty when the file passes. */
    public static List<String> problems(Document doc, LocalDate today) {
        List<String> problems = new ArrayList<>();
        for (Element activity : children(doc.getDocumentElement(), "iati-activity")) {
            String id = text(first(activity, "iati-identifier"));
            String reporter = first(activity, "reporting-org").getAttribute("ref");
            if (!id.startsWith(reporter + "-")) {
                problems.add(id + ": the identifier does not start with the reporting organisation's " + reporter);
            }
            for (Element date : children(activity, "activity-date")) {
                String type = date.getAttribute("type");
                if ((type.equals("2") || type.equals("4")) && date(date).isAfter(today)) {
                    problems.add(id + ": actual activity date " + date(date) + " is in the future");
                }
            }
            transactions(id, activity, today, problems);
            budgets(id, activity, problems);
            BigDecimal percent = children(activity, "recipient-country").stream()
                    .map(c -> new BigDecimal(c.getAttribute("percentage")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!children(activity, "recipient-country").isEmpty() && percent.compareTo(new BigDecimal(100)) != 0) {
                problems.add(id + ": recipient country percentages add up to " + percent);
            }
        }
        return problems;
    }

    /** Each activity's budgets of one type, oldest first. */
    public static Map<String, List<Element>> budgets(Document doc) {
        Map<String, List<Element>> budgets = new LinkedHashMap<>();
        for (Element activity : children(doc.getDocumentElement(), "iati-activity")) {
            budgets.put(text(first(activity, "iati-identifier")), children(activity, "budget"));
        }
        return budgets;
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    public static Element first(Element parent, String name) {
        return children(parent, name).stream().findFirst().orElse(null);
    }

    public static LocalDate date(Element withIsoDate) {
        return LocalDate.parse(withIsoDate.getAttribute("iso-date"));
    }

    public static BigDecimal value(Element withValue) {
        return new BigDecimal(text(first(withValue, "value")));
    }

    private static void transactions(String id, Element activity, LocalDate today, List<String> problems) {
        for (Element t : children(activity, "transaction")) {
            LocalDate date = date(first(t, "transaction-date"));
            LocalDate valueDate = LocalDate.parse(first(t, "value").getAttribute("value-date"));
            if (date.isAfter(today) || valueDate.isAfter(today)) {
                problems.add(id + ": transaction of " + date + " is in the future");
            }
            Element provider = first(t, "provider-org");
            Element receiver = first(t, "receiver-org");
            if (provider != null
                    && receiver != null
                    && !provider.getAttribute("ref").isEmpty()
                    && provider.getAttribute("ref").equals(receiver.getAttribute("ref"))) {
                problems.add(
                        id + ": transaction of " + date + " goes from " + provider.getAttribute("ref") + " to itself");
            }
        }
    }

    private static void budgets(String id, Element activity, List<String> problems) {
        List<Element> budgets = new ArrayList<>(children(activity, "budget"));
        budgets.sort(Comparator.comparing(b -> date(first(b, "period-start"))));
        LocalDate previousEnd = null;
        for (Element b : budgets) {
            LocalDate start = date(first(b, "period-start"));
            LocalDate end = date(first(b, "period-end"));
            if (end.isBefore(start)) {
                problems.add(id + ": budget period " + start + " to " + end + " ends before it starts");
            }
            if (end.isAfter(start.plusYears(1).minusDays(1))) {
                problems.add(id + ": budget period " + start + " to " + end + " is longer than twelve months");
            }
            if (previousEnd != null && !start.isAfter(previousEnd)) {
                problems.add(id + ": budget period from " + start + " overlaps the one ending " + previousEnd);
            }
            previousEnd = end;
        }
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }
}
