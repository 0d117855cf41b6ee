package dev.upkisim.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.upkisim.workflow.Deferred;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * Javalin's JSON mapper (Jackson, with {@code java.time} values as ISO-8601 text), built on first use rather than
 * at start-up: Jackson's {@code ObjectMapper} loads some 400 classes, ~0.2 s of a start on the project's 2-core
 * machine, and {@code /sim/health} needs none of them. {@link #warmUp} builds it ahead of the first JSON answer,
 * from a background thread once the simulator is ready.
 */
final class LazyJsonMapper implements JsonMapper {
    private final Deferred<JsonMapper> jackson = new Deferred<>(() -> new JavalinJackson(new ObjectMapper()
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS), false));

    void warmUp() {
        jackson.prepare();
    }

    @Override
    public String toJsonString(Object value, Type type) {
        return jackson.get().toJsonString(value, type);
    }

    @Override
    public InputStream toJsonStream(Object value, Type type) {
        return jackson.get().toJsonStream(value, type);
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream output) {
        jackson.get().writeToOutputStream(stream, output);
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        return jackson.get().fromJsonString(json, type);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        return jackson.get().fromJsonStream(json, type);
    }
}
