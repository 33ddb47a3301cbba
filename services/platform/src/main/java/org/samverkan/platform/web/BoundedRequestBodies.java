package org.samverkan.platform.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives the server's JSON body converter a mapper that refuses a null inside a list or map and checks
 * {@link InputBounds}. Spring Boot's Jackson converter customizer is replaced, so the converter keeps its place
 * among the others (byte and string bodies, e.g. the OpenAPI document, stay ahead of it). The application's own
 * mapper, which reads events, and the HTTP clients' converter are left as they are.
 */
class BoundedRequestBodies implements BeanPostProcessor {
    static final String BOOT_CUSTOMIZER = "JacksonJsonHttpMessageConvertersCustomizer";
    private final ObjectProvider<JsonMapper> json;

    BoundedRequestBodies(ObjectProvider<JsonMapper> json) {
        this.json = json;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ServerHttpMessageConvertersCustomizer && bean.getClass().getName().endsWith("$" + BOOT_CUSTOMIZER)) {
            return new Customizer(json.getObject());
        }
        return bean;
    }

    static JsonMapper bounded(JsonMapper json) {
        return json.rebuild()
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .addModule(new BoundedInputModule())
                .build();
    }

    private record Customizer(JsonMapper json) implements ServerHttpMessageConvertersCustomizer, ClientHttpMessageConvertersCustomizer {
        @Override
        public void customize(HttpMessageConverters.ServerBuilder builder) {
            builder.withJsonConverter(new JacksonJsonHttpMessageConverter(bounded(json)));
        }

        @Override
        public void customize(HttpMessageConverters.ClientBuilder builder) {
            builder.withJsonConverter(new JacksonJsonHttpMessageConverter(json));
        }
    }
}
