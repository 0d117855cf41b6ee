package dev.upkisim.web.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.web.WebError;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** Reading the JSON body of a /sim/ call: an object with known fields only, else a 400 problem that says what to send. */
final class JsonBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** The body as a JSON object; {@code allowEmpty}: no body at all reads as {@code {}}. */
    static JsonNode object(Context ctx, String whatToSend, boolean allowEmpty) {
        String text = ctx.body();
        if (text.isBlank() && allowEmpty) {
            return JSON.createObjectNode();
        }
        JsonNode body;
        try {
            body = text.isBlank() ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw WebError.badRequest("the body is not JSON: " + e.getOriginalMessage() + "; send " + whatToSend);
        }
        if (body == null || !body.isObject()) {
            throw WebError.badRequest("send a JSON object: " + whatToSend);
        }
        return body;
    }

    /** Refuses fields outside {@code allowed}, so a typo never passes as "no change". */
    static void onlyFields(JsonNode body, Set<String> allowed) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw WebError.badRequest("unknown field '" + name + "'; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** A field that must be a JSON string. */
    static String text(JsonNode body, String field, String what) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw WebError.badRequest(field + " must be " + what);
        }
        return node.asText().trim();
    }
}
