package org.samverkan.platform;

import org.samverkan.platform.web.PlatformWebConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Before Spring Boot's converters and error page, so the platform's body converter and problem error page are the only ones. */
@AutoConfiguration(after = JacksonAutoConfiguration.class, beforeName = {
        "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(PlatformWebConfiguration.class)
public class PlatformWebAutoConfiguration {
}
