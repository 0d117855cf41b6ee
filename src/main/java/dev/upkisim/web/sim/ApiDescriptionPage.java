package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.core.Language;
import dev.upkisim.web.Html;
import dev.upkisim.web.PageLayout;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code /sim/api}: the OpenAPI description rendered for people — each operation with its summary, description,
 * parameters, example bodies and answers, grouped by path. Made from the same document as
 * {@code /sim/openapi.json}, so the two never disagree.
 */
final class ApiDescriptionPage {
    private ApiDescriptionPage() {
    }

    static String render(JsonNode api) {
        StringBuilder body = new StringBuilder("<p>").append(Html.escape(api.path("info").path("description").asText()))
                .append("</p><p><a href=\"/sim/openapi.json\">openapi.json</a> · <a href=\"/sim/\">dashboard</a></p>");
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                operation(body, operation.getKey(), path.getKey(), operation.getValue());
            }
        }
        return PageLayout.render(Language.EN, api.path("info").path("title").asText(), body.toString(), "/sim/api");
    }

    private static void operation(StringBuilder body, String method, String path, JsonNode operation) {
        body.append("<section><h2><code>").append(method.toUpperCase(java.util.Locale.ROOT)).append(' ')
                .append(Html.escape(path)).append("</code></h2><p><strong>")
                .append(Html.escape(operation.path("summary").asText())).append("</strong></p>");
        if (operation.has("description")) {
            body.append("<p>").append(Html.escape(operation.get("description").asText())).append("</p>");
        }
        if (operation.path("security").isArray() && operation.path("security").isEmpty()) {
            body.append("<p>No token needed.</p>");
        }
        JsonNode parameters = operation.path("parameters");
        if (!parameters.isEmpty()) {
            body.append("<p>Parameters:</p><ul>");
            parameters.forEach(parameter -> body.append("<li><code>").append(Html.escape(parameterName(parameter)))
                    .append("</code> ").append(Html.escape(parameter.path("description").asText())).append("</li>"));
            body.append("</ul>");
        }
        JsonNode examples = operation.path("requestBody").path("content").path("application/json").path("examples");
        examples.forEach(example -> body.append("<pre>").append(Html.escape(example.path("value").toString()))
                .append("</pre>"));
        body.append("<p>Answers: ");
        operation.path("responses").fieldNames().forEachRemaining(status -> body.append(Html.escape(status)).append(' '));
        body.append("</p></section>");
    }

    /** A parameter's name, also when it is a reference to a shared one ({@code #/components/parameters/face}). */
    private static String parameterName(JsonNode parameter) {
        String reference = parameter.path("$ref").asText();
        return reference.isEmpty() ? parameter.path("name").asText() + " (" + parameter.path("in").asText() + ")"
                : reference.substring(reference.lastIndexOf('/') + 1);
    }
}
