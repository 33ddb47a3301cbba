package org.samverkan.platform.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Writes {@link InputBounds} into every schema of the OpenAPI description where no tighter bound is declared, so a
 * client (and the bad-input suite) reads the same limits the body reader enforces.
 */
class BoundsInApiDocumentation implements OpenApiCustomizer {
    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        api.getComponents().getSchemas().values().forEach(schema -> bound(schema, seen));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void bound(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String type = type(schema);
        String format = schema.getFormat();
        if ("string".equals(type) && schema.getEnum() == null) {
            if ("date".equals(format)) {
                schema.setDescription(note(schema, "Between " + InputBounds.EARLIEST_DATE + " and " + InputBounds.LATEST_DATE + "."));
            } else if ("date-time".equals(format)) {
                schema.setDescription(note(schema, "Between " + InputBounds.EARLIEST_INSTANT + " and " + InputBounds.LATEST_INSTANT + "."));
            } else if (schema.getMaxLength() == null) {
                schema.setMaxLength(InputBounds.MAX_STRING);
            }
        }
        if ("array".equals(type)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(InputBounds.MAX_ELEMENTS);
            }
            bound(schema.getItems(), seen);
        }
        if (schema.getAdditionalProperties() instanceof Schema values) {
            if (schema.getMaxProperties() == null) {
                schema.setMaxProperties(InputBounds.MAX_ELEMENTS);
            }
            bound(values, seen);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(p -> bound(p, seen));
        }
    }

    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null ? null : schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
    }

    private static String note(Schema<?> schema, String bound) {
        return schema.getDescription() == null ? bound : schema.getDescription() + " " + bound;
    }
}
