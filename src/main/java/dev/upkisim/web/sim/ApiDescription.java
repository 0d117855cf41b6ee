package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI 3.1 description of the /sim/ API (issue 5 item 8), written by hand in {@code openapi.yaml} next to
 * this class — the one place where the API's shapes are documented — and read once, on first use, so start-up
 * does not pay for it.
 */
final class ApiDescription {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile JsonNode document;

    private ApiDescription() {
    }

    static JsonNode document() {
        JsonNode loaded = document;
        if (loaded == null) {
            try (InputStream yaml = ApiDescription.class.getResourceAsStream("openapi.yaml")) {
                if (yaml == null) {
                    throw new IllegalStateException("openapi.yaml is missing from the jar");
                }
                loaded = JSON.valueToTree(new Yaml(new LoaderOptions()).load(yaml));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = loaded;
        }
        return loaded;
    }
}
