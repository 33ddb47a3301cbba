package org.samverkan.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description every service serves at {@code /v3/api-docs} (UI at {@code /swagger-ui.html}):
 * named after the service, with the platform's bearer-JWT scheme and problem+json errors.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {
    @Bean
    @ConditionalOnMissingBean
    OpenAPI samverkanApi(@Value("${spring.application.name}") String service,
                         @Value("${samverkan.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("Samverkan " + service + " API").version("v1").description(description
                        + " Errors are RFC 9457 application/problem+json; validation problems list the fields in 'errors'."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from the platform's OIDC issuer; roles in 'roles', the party a delegate acts for in 'org_id'.")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
