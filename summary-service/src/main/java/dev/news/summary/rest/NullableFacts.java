package dev.news.summary.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Tells in the contract which fields of the engine's facts are null when the engine found nothing for them, as
 * {@code @Schema(nullable = true)} would: the engine is framework-free, so its records carry no OpenAPI annotations.
 * Named by {@code mp.openapi.filter}.
 */
public class NullableFacts implements OASFilter {

    /** Schema name to the properties that may be null, as the engine's records document them. */
    private static final Map<String, List<String>> NULLABLE = Map.of(
            "Facts", List.of("venue"),
            "Participant", List.of("role", "affiliation", "roleEvidence"),
            "DateFact", List.of("value"),
            "Figure", List.of("value", "counts"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        NULLABLE.forEach((name, properties) -> {
            Schema record = schemas.get(name);
            for (String property : properties) {
                Schema schema = record.getProperties().get(property);
                if (schema.getRef() != null) {
                    // A $ref takes no sibling type: the record or null.
                    record.addProperty(property, OASFactory.createSchema()
                            .anyOf(List.of(schema, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
                } else {
                    schema.addType(Schema.SchemaType.NULL);
                }
            }
        });
    }
}
