package org.activationlab.network;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a number that JSON written before it existed leaves out as 0 ("off"), where the project's
 * mapper would read a missing number as NaN; a value present is read as is.
 */
final class AbsentAsZero extends StdDeserializer<Double> {

    AbsentAsZero() {
        super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        return p.getValueAsDouble();
    }

    @Override
    public Double getNullValue(DeserializationContext ctx) {
        return 0.0;
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctx) {
        return 0.0;
    }
}
