package org.roadmapmonitor.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every SDMX structure answer is valid against the official SDMX-ML 2.1 schemas (copied into
 * {@code src/test/resources/sdmx/2.1} from the SDMX Technical Working Group's repository), and every SDMX-CSV 2.0
 * answer has the columns SDMX-CSV 2.0 asks for, in the order of the data structure it names.
 */
@IntegrationTest
class SdmxSchemaTest {
    private static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    private static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    private static Schema sdmx;

    @LocalServerPort
    int port;

    @BeforeAll
    static void officialSchema() throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schemas import each other (and xml.xsd) by relative file name: nothing is read from the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        sdmx = factory.newSchema(SdmxSchemaTest.class.getResource("/sdmx/2.1/SDMXMessage.xsd"));
    }

    @Test
    void everyStructureAnswerIsValidSdmxMl21() throws Exception {
        var all = structure("/api/v1/sdmx/structure/dataflow");
        var flows = ids(all, "Dataflow");
        assertThat(flows).contains(Sdmx.SDG_SERIES, "WB-SALW-ROADMAP", "CENTRAL-AMERICA-ROADMAP");
        for (String flow : flows) {
            var one = structure("/api/v1/sdmx/structure/dataflow/" + flow);
            assertThat(ids(one, "Dataflow")).containsExactly(flow);
            assertThat(ids(one, "DataStructure")).hasSize(1);
        }
        // IDType has no dots: an indicator code IND-1.1 is the code IND-1_1, annotated with the original.
        var code = code(all, "CL_SERIES_CENTRAL-AMERICA-ROADMAP", "IND-1_1");
        assertThat(code.getElementsByTagNameNS(COM, "AnnotationTitle").item(0).getTextContent())
                .isEqualTo("IND-1.1");
        var lists = ids(all, "Codelist");
        assertThat(lists).contains("CL_AREA", "CL_SERIES", "CL_JURISDICTION");
        for (String list : lists) {
            var one = structure("/api/v1/sdmx/structure/codelist/" + list);
            assertThat(ids(one, "Codelist")).containsExactly(list);
            // A code list answer is the code list, not a cut-down data structure reusing a real one's id.
            assertThat(ids(one, "DataStructure")).isEmpty();
        }
    }

    @Test
    void aStructureInFrenchIsValidToo() throws Exception {
        var res = Http.api(port).get("/api/v1/sdmx/structure/dataflow/VC_ARM_SZTRACE", "Accept-Language", "fr");
        assertThat(res.statusCode()).isEqualTo(200);
        validate(res.body(), "VC_ARM_SZTRACE in French");
        assertThat(res.body()).contains("xml:lang=\"fr\"");
    }

    @Test
    void csvColumnsAreTheDataStructuresComponentsInOrder() throws Exception {
        for (String flow : List.of(Sdmx.SDG_SERIES, "WB-SALW-ROADMAP")) {
            var doc = structure("/api/v1/sdmx/structure/dataflow/" + flow);
            var expected = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
            expected.addAll(componentIds(doc, "Dimension"));
            expected.add("TIME_PERIOD");
            expected.add("OBS_VALUE");
            expected.addAll(componentIds(doc, "Attribute"));

            var res = Http.api(port).get("/api/v1/sdmx/data/" + flow);
            assertThat(res.statusCode()).isEqualTo(200);
            var lines = res.body().lines().toList();
            assertThat(List.of(lines.get(0).split(","))).as(flow).containsExactlyElementsOf(expected);
            var dataflow = (Element) doc.getElementsByTagNameNS(STR, "Dataflow").item(0);
            String reference = dataflow.getAttribute("agencyID") + ":" + dataflow.getAttribute("id") + "("
                    + dataflow.getAttribute("version") + ")";
            for (var row : SdmxApiTest.csv(res.body())) {
                assertThat(row.size()).as("%s row %s", flow, row).isEqualTo(expected.size());
                assertThat(row.get("STRUCTURE")).isEqualTo("dataflow");
                assertThat(row.get("STRUCTURE_ID")).isEqualTo(reference);
                assertThat(row.get("ACTION")).isEqualTo("I");
                assertThat(row.get("OBS_VALUE")).matches("-?\\d+(\\.\\d+)?");
            }
        }
    }

    private Document structure(String path) throws Exception {
        var res = Http.api(port).get(path);
        assertThat(res.statusCode()).as(path).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.sdmx.structure+xml");
        validate(res.body(), path);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(res.body())));
    }

    /** Every schema error of the answer, not only the first, so that one run shows all that is wrong. */
    private static void validate(String xml, String what) throws Exception {
        var errors = new ArrayList<String>();
        var validator = sdmx.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        validator.validate(new StreamSource(new StringReader(xml)));
        assertThat(errors).as("%s is valid SDMX-ML 2.1", what).isEmpty();
    }

    private static Element code(Document doc, String list, String id) {
        var lists = doc.getElementsByTagNameNS(STR, "Codelist");
        for (int i = 0; i < lists.getLength(); i++) {
            var l = (Element) lists.item(i);
            var codes = l.getElementsByTagNameNS(STR, "Code");
            for (int j = 0; j < codes.getLength() && l.getAttribute("id").equals(list); j++) {
                if (((Element) codes.item(j)).getAttribute("id").equals(id)) {
                    return (Element) codes.item(j);
                }
            }
        }
        throw new AssertionError(list + " has no code " + id);
    }

    private static Set<String> ids(Document doc, String element) {
        var ids = new LinkedHashSet<String>();
        var nodes = doc.getElementsByTagNameNS(STR, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return ids;
    }

    /** Dimensions by their position, attributes in document order. */
    private static List<String> componentIds(Document doc, String element) {
        var nodes = doc.getElementsByTagNameNS(STR, element);
        var ids = new ArrayList<Element>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add((Element) nodes.item(i));
        }
        if (element.equals("Dimension")) {
            ids.sort((a, b) ->
                    Integer.parseInt(a.getAttribute("position")) - Integer.parseInt(b.getAttribute("position")));
        }
        return ids.stream().map(e -> e.getAttribute("id")).toList();
    }
}
