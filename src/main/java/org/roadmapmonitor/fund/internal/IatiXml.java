package org.roadmapmonitor.fund.internal;

import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.roadmapmonitor.shared.Money;

/** The few shapes of IATI XML the export writes: elements, empty elements with attributes, narratives, values. */
final class IatiXml {
    private final XMLStreamWriter x;

    IatiXml(XMLStreamWriter x) {
        this.x = x;
    }

    void start(String name, String... attributes) throws XMLStreamException {
        x.writeStartElement(name);
        attributes(attributes);
    }

    void end() throws XMLStreamException {
        x.writeEndElement();
    }

    void empty(String name, String... attributes) throws XMLStreamException {
        x.writeEmptyElement(name);
        attributes(attributes);
    }

    void element(String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    void narrative(String text) throws XMLStreamException {
        element("narrative", text);
    }

    void narrativeElement(String element, String text) throws XMLStreamException {
        x.writeStartElement(element);
        narrative(text);
        x.writeEndElement();
    }

    /** An organisation element: its identifier and type when known, extra attributes, and its name. */
    void org(String element, String ref, String type, String name, String... attributes) throws XMLStreamException {
        x.writeStartElement(element);
        if (ref != null) {
            x.writeAttribute("ref", ref);
        }
        if (type != null) {
            x.writeAttribute("type", type);
        }
        attributes(attributes);
        narrative(name);
        x.writeEndElement();
    }

    /** An amount in its own currency, with the day its value is taken on. */
    void value(Money amount, LocalDate date) throws XMLStreamException {
        x.writeStartElement("value");
        x.writeAttribute("currency", amount.currency());
        x.writeAttribute("value-date", date.toString());
        x.writeCharacters(amount.plain());
        x.writeEndElement();
    }

    void attribute(String name, String value) throws XMLStreamException {
        x.writeAttribute(name, value);
    }

    void xmlLang(String lang) throws XMLStreamException {
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            x.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }
}
