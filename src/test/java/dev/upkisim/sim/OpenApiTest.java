package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.workflow.Delays.Stage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The /sim/ API's OpenAPI description (issue 5 item 8) covers exactly the routes the simulator serves. */
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static JsonNode api;

    @BeforeAll
    static void start() throws Exception {
        HttpResponse<String> response = sim.get(sim.http("/sim/openapi.json"));
        assertEquals(200, response.statusCode(), "the description needs no token");
        api = JSON.readTree(response.body());
    }

    @Test
    void theDocumentIsOpenApi31WithTheTokenAsItsSecurity() {
        assertEquals("3.1.0", api.get("openapi").asText());
        assertEquals("bearer", api.at("/components/securitySchemes/token/scheme").asText());
    }

    @Test
    void everySimRouteIsDescribedAndEveryDescribedOperationIsServed() {
        Set<String> served = new TreeSet<>();
        for (String route : sim.simulator().routes()) {
            if (route.split(" ")[1].startsWith("/sim/")) {
                served.add(route);
            }
        }
        Set<String> described = new TreeSet<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(served, described);
    }

    @Test
    void everyOperationThatNeedsTheTokenSaysHowItFails() {
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode security = operation.getValue().path("security");
            boolean open = security.isArray() && security.isEmpty();
            assertTrue(open || operation.getValue().path("responses").has("401"),
                    operation.getKey() + " " + path.getKey() + " documents its 401");
            assertTrue(operation.getValue().hasNonNull("summary"), operation.getKey() + " " + path.getKey());
        }));
    }

    @Test
    void theDelayStagesAreExactlyTheSimulatorsStages() {
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::id).toList();
        assertEquals(stages, texts(api.at("/components/schemas/DelayChange/properties/stage/enum")));
        assertEquals(stages, texts(api.at("/components/responses/Delays/content/application~1json/schema/properties/stages"
                + "/items/properties/stage/enum")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    @Test
    void everyReferenceResolves() {
        Set<String> unresolved = new TreeSet<>();
        collectReferences(api, unresolved);
        assertEquals(Set.of(), unresolved);
    }

    @Test
    void theReadablePageListsEveryOperation() {
        HttpResponse<String> page = sim.get(sim.http("/sim/api"));
        assertEquals(200, page.statusCode());
        Document document = Jsoup.parse(page.body());
        String headings = document.select("h2").text();
        assertTrue(headings.contains("POST /sim/clock"), headings);
        assertTrue(headings.contains("GET /sim/events/stream"), headings);
        assertTrue(api.get("paths").size() <= document.select("h2").size());
    }

    private static void collectReferences(JsonNode node, Set<String> unresolved) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null && api.at(reference.asText().substring(1)).isMissingNode()) {
                unresolved.add(reference.asText());
            }
            node.elements().forEachRemaining(child -> collectReferences(child, unresolved));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectReferences(child, unresolved));
        }
    }
}
