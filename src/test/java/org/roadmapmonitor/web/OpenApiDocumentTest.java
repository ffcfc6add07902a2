package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.Http;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document names the project's licence as an OpenAPI 3.1 validator expects. */
@IntegrationTest
class OpenApiDocumentTest {
    @LocalServerPort
    int port;

    @Test
    void theApiDocumentNamesTheApacheLicenceByItsSpdxIdentifierAndTheRepositoryShipsItsText() throws Exception {
        var res = Http.api(port).get("/v3/api-docs");
        assertThat(res.statusCode()).isEqualTo(200);
        var doc = JsonMapper.builder().build().readTree(res.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        var licence = doc.get("info").get("license");
        assertThat(licence.get("identifier").asString()).isEqualTo("Apache-2.0");
        assertThat(licence.get("name").asString()).isNotBlank();
        assertThat(licence.has("url"))
                .as("identifier and url exclude each other in 3.1")
                .isFalse();

        String text = Files.readString(Path.of("LICENSE"));
        assertThat(text).contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
    }
}
