package org.roadmapmonitor.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the two ways in: HTTP Basic and a bearer API token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    /** The SPDX identifier of the project's licence (the text is in LICENSE at the repository's root). */
    static final String LICENCE = "Apache-2.0";

    @Bean
    OpenAPI roadmapMonitorApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Roadmap Monitor API")
                        .version("v1")
                        .description(
                                "Frameworks, jurisdictions, periods, reports and funds of regional arms-control"
                                        + " roadmaps. Reads of published data need no credentials; writes need HTTP Basic"
                                        + " (e-mail and password) or a bearer API token created on \"My account\". Errors are"
                                        + " RFC 7807 problem details; validation failures list every problem (path and message).")
                        // OpenAPI 3.1 names a licence by its SPDX identifier (and then no URL); see LICENSE.
                        .license(new License().name("Apache License 2.0").identifier(LICENCE)))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token (rmt_…) from My account")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
