package org.roadmapmonitor.opendata.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.roadmapmonitor.opendata.Sdmx;
import org.roadmapmonitor.opendata.Sdmx.Codelist;
import org.roadmapmonitor.opendata.Sdmx.Component;
import org.roadmapmonitor.opendata.Sdmx.Dataflow;

/**
 * An SDMX-ML 2.1 structure message: the dataflows, their code lists, one concept scheme naming every
 * component, and their data structures (dimensions, the time dimension, attributes and the primary measure), in
 * the order the SDMX 2.1 schema requires.
 */
public final class StructureMessage {
    private static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    private static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    private static final String CONCEPTS = "CS_ROADMAP_MONITOR";
    /** The annotation type of a code's original platform code (see {@link Sdmx.Code#platformCode()}). */
    public static final String PLATFORM_CODE = "ROADMAP_MONITOR_CODE";

    private final XMLStreamWriter xml;
    private final String language;

    private StructureMessage(XMLStreamWriter xml, String language) {
        this.xml = xml;
        this.language = language;
    }

    /** The dataflows with everything they use: code lists, concepts and data structures. */
    public static void write(
            List<Dataflow> flows, Map<String, String> conceptNames, String language, Instant now, OutputStream out) {
        write(language, out, m -> m.dataflows(flows, conceptNames, now));
    }

    /** One code list on its own, as the SDMX REST {@code structure/codelist} query answers. */
    public static void write(Codelist list, String language, Instant now, OutputStream out) {
        write(language, out, m -> {
            m.open(now);
            m.codelists(List.of(list));
            m.close();
        });
    }

    private interface Body {
        void write(StructureMessage message) throws XMLStreamException;
    }

    private static void write(String language, OutputStream out, Body body) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            body.write(new StructureMessage(xml, language));
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("SDMX structure could not be written", e);
        }
    }

    private void dataflows(List<Dataflow> flows, Map<String, String> conceptNames, Instant now)
            throws XMLStreamException {
        open(now);
        xml.writeStartElement(STR, "Dataflows");
        for (Dataflow f : flows) {
            maintainable("Dataflow", f.id(), f.name());
            xml.writeStartElement(STR, "Structure");
            ref(f.structureId(), "DataStructure", "datastructure");
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();

        Map<String, Codelist> lists = new LinkedHashMap<>();
        flows.forEach(f -> {
            f.dimensions().forEach(d -> lists.putIfAbsent(d.codelist().id(), d.codelist()));
            f.attributes().forEach(a -> lists.putIfAbsent(a.codelist().id(), a.codelist()));
        });
        codelists(lists.values());

        xml.writeStartElement(STR, "Concepts");
        maintainable("ConceptScheme", CONCEPTS, conceptNames.getOrDefault("", CONCEPTS));
        for (var concept : conceptNames.entrySet()) {
            if (concept.getKey().isEmpty()) {
                continue;
            }
            xml.writeStartElement(STR, "Concept");
            xml.writeAttribute("id", concept.getKey());
            name(concept.getValue() == null ? concept.getKey() : concept.getValue());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement(STR, "DataStructures");
        var written = new HashSet<String>();
        for (Dataflow f : flows) {
            if (written.add(f.structureId())) {
                structure(f);
            }
        }
        xml.writeEndElement();
        close();
    }

    /** The message element, its header (the elements SDMX 2.1 requires, in order) and the opened Structures. */
    private void open(Instant now) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("mes", "Structure", MES);
        xml.writeNamespace("mes", MES);
        xml.writeNamespace("str", STR);
        xml.writeNamespace("com", COM);
        xml.writeStartElement(MES, "Header");
        text(MES, "ID", "STRUCTURE_" + now.getEpochSecond());
        text(MES, "Test", "false");
        text(MES, "Prepared", now.truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeEmptyElement(MES, "Sender");
        xml.writeAttribute("id", Sdmx.AGENCY);
        xml.writeEndElement();
        xml.writeStartElement(MES, "Structures");
    }

    private void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void codelists(Collection<Codelist> lists) throws XMLStreamException {
        xml.writeStartElement(STR, "Codelists");
        for (Codelist list : lists) {
            maintainable("Codelist", list.id(), list.name());
            for (Sdmx.Code c : list.codes()) {
                xml.writeStartElement(STR, "Code");
                xml.writeAttribute("id", c.id());
                if (c.platformCode() != null) {
                    platformCode(c.platformCode());
                }
                name(c.name() == null ? c.id() : c.name());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The platform's own code as an annotation, where SDMX's IDType made the code's id differ from it. */
    private void platformCode(String code) throws XMLStreamException {
        xml.writeStartElement(COM, "Annotations");
        xml.writeStartElement(COM, "Annotation");
        text(COM, "AnnotationTitle", code);
        text(COM, "AnnotationType", PLATFORM_CODE);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void structure(Dataflow f) throws XMLStreamException {
        maintainable("DataStructure", f.structureId(), f.name());
        xml.writeStartElement(STR, "DataStructureComponents");
        xml.writeStartElement(STR, "DimensionList");
        xml.writeAttribute("id", "DimensionDescriptor");
        int position = 1;
        for (Component d : f.dimensions()) {
            xml.writeStartElement(STR, "Dimension");
            xml.writeAttribute("id", d.id());
            xml.writeAttribute("position", String.valueOf(position++));
            concept(d.id());
            enumeration(d.codelist());
            xml.writeEndElement();
        }
        xml.writeStartElement(STR, "TimeDimension");
        xml.writeAttribute("id", "TIME_PERIOD");
        xml.writeAttribute("position", String.valueOf(position));
        concept("TIME_PERIOD");
        xml.writeStartElement(STR, "LocalRepresentation");
        xml.writeEmptyElement(STR, "TextFormat");
        xml.writeAttribute("textType", "ObservationalTimePeriod");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(STR, "AttributeList");
        xml.writeAttribute("id", "AttributeDescriptor");
        for (Component a : f.attributes()) {
            xml.writeStartElement(STR, "Attribute");
            xml.writeAttribute("id", a.id());
            xml.writeAttribute("assignmentStatus", "Mandatory");
            concept(a.id());
            enumeration(a.codelist());
            xml.writeStartElement(STR, "AttributeRelationship");
            text(STR, "PrimaryMeasure", null);
            xml.writeStartElement("Ref");
            xml.writeAttribute("id", "OBS_VALUE");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(STR, "MeasureList");
        xml.writeAttribute("id", "MeasureDescriptor");
        xml.writeStartElement(STR, "PrimaryMeasure");
        xml.writeAttribute("id", "OBS_VALUE");
        concept("OBS_VALUE");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void concept(String id) throws XMLStreamException {
        xml.writeStartElement(STR, "ConceptIdentity");
        xml.writeEmptyElement("Ref");
        xml.writeAttribute("id", id);
        xml.writeAttribute("maintainableParentID", CONCEPTS);
        xml.writeAttribute("maintainableParentVersion", Sdmx.VERSION);
        xml.writeAttribute("agencyID", Sdmx.AGENCY);
        xml.writeAttribute("class", "Concept");
        xml.writeAttribute("package", "conceptscheme");
        xml.writeEndElement();
    }

    private void enumeration(Codelist list) throws XMLStreamException {
        xml.writeStartElement(STR, "LocalRepresentation");
        xml.writeStartElement(STR, "Enumeration");
        ref(list.id(), "Codelist", "codelist");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void ref(String id, String kind, String pkg) throws XMLStreamException {
        xml.writeEmptyElement("Ref");
        xml.writeAttribute("id", id);
        xml.writeAttribute("version", Sdmx.VERSION);
        xml.writeAttribute("agencyID", Sdmx.AGENCY);
        xml.writeAttribute("class", kind);
        xml.writeAttribute("package", pkg);
    }

    private void maintainable(String element, String id, String name) throws XMLStreamException {
        xml.writeStartElement(STR, element);
        xml.writeAttribute("id", id);
        xml.writeAttribute("agencyID", Sdmx.AGENCY);
        xml.writeAttribute("version", Sdmx.VERSION);
        xml.writeAttribute("isFinal", "false");
        name(name);
    }

    private void name(String text) throws XMLStreamException {
        xml.writeStartElement(COM, "Name");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void text(String ns, String element, String text) throws XMLStreamException {
        xml.writeStartElement(ns, element);
        if (text != null) {
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }
}
