package org.activationlab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** The one JSON/CSV configuration: snake_case keys, NaN written as null, pretty output. */
public final class Json {
    /** snake_case field names, e.g. {@code accuracy_mean}. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(nanAsNull())
            .build();

    /** Compact, keys sorted: the same value always gives the same bytes (for hashing configurations). */
    public static final ObjectMapper CANONICAL = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(nanAsNull())
            .build();

    public static final CsvMapper CSV = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private Json() {
    }

    /** NaN marks "not applicable" (e.g. accuracy of a regression); JSON has no NaN, so write null. */
    private static SimpleModule nanAsNull() {
        JsonSerializer<Double> doubles = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value.isNaN() || value.isInfinite()) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(value);
                }
            }
        };
        // ...and read null back as NaN, so results survive a round trip (resume) unchanged.
        JsonDeserializer<Double> nullAsNaN = new StdDeserializer<>(Double.class) {
            @Override
            public Double deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return p.getValueAsDouble();
            }

            @Override
            public Double getNullValue(DeserializationContext ctx) {
                return Double.NaN;
            }
        };
        SimpleModule module = new SimpleModule("nan-as-null");
        module.addSerializer(Double.class, doubles);
        module.addSerializer(double.class, doubles);
        module.addDeserializer(Double.class, nullAsNaN);
        module.addDeserializer(double.class, nullAsNaN);
        return module;
    }

    /** A header-first CSV schema for a record type, columns in declaration order. */
    public static CsvSchema csvSchema(Class<?> type) {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        for (var c : type.getRecordComponents()) {
            b.addColumn(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName()));
        }
        return b.build();
    }
}
