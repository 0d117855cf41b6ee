package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.upkisim.support.Browser;
import dev.upkisim.support.BrowserLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard's generic control panels (json-panel.js with the list in optional-panels.js) against a stand-in
 * API, since the real maintenance, fault, quirk, delay and scenario endpoints come with other work: a panel shows
 * only for an endpoint that answers, lists what GET returns as text (never markup), POSTs the typed JSON, deletes by
 * id, and shows the API's problem detail in the panel.
 */
@Tag("browser")
class DashboardGenericPanelsInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <link rel="stylesheet" href="/sim/assets/dashboard.css"></head>
            <body><main class="panels"><div id="slot-controls" class="slot wide controls"></div></main>
            <script type="module">
            import { el } from '/sim/assets/dom.js';
            import { mountJsonPanel } from '/sim/assets/json-panel.js';
            import { OPTIONAL_PANELS } from '/sim/assets/optional-panels.js';
            for (const spec of OPTIONAL_PANELS) {
              const holder = el('div', { className: 'holder' });
              document.getElementById('slot-controls').append(holder);
              mountJsonPanel(holder, spec);
            }
            </script></body></html>
            """;
    private static HttpServer server;
    private static final List<ObjectNode> windows = new ArrayList<>();
    private static int nextId = 1;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> send(exchange, 404, "application/problem+json", "{\"status\":404}"));
        server.createContext("/page", exchange -> send(exchange, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/sim/assets/", DashboardGenericPanelsInBrowserTest::asset);
        server.createContext("/sim/maintenance", DashboardGenericPanelsInBrowserTest::maintenance);
        server.createContext("/sim/quirks", exchange -> send(exchange, 200, "application/json",
                "{\"doubleSubmit\": {\"mode\": \"faithful\", \"switchable\": true}}"));
        server.start();
        ObjectNode window = JSON.createObjectNode().put("face", "<img src=x onerror=document.title='owned'>")
                .put("start", "2026-04-18T00:00:00Z");
        window.put("id", nextId++);
        windows.add(window);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aPanelAppearsForAnAnsweringEndpointListsItPostsToItAndDeletesFromIt() {
        try (Browser browser = Browser.start(BrowserLanguage.ENGLISH, List.of())) {
            browser.open(URI.create("http://localhost:" + server.getAddress().getPort() + "/page"));
            browser.waitForVisible(By.id("panel-maintenance"));
            browser.waitForVisible(By.id("panel-quirks"));
            assertTrue(browser.visibleText().contains("faithful"), browser.visibleText());
            for (String absent : List.of("faults", "delays", "scenario", "reset")) {
                assertTrue(browser.driver().findElements(By.id("panel-" + absent)).isEmpty(), absent);
            }
            assertTrue(browser.visibleText().contains("<img src=x onerror=document.title='owned'>"), "data shown as text");
            assertTrue(browser.driver().findElements(By.cssSelector("#maintenance-view img")).isEmpty());

            browser.driver().findElement(By.id("maintenance-body")).sendKeys("{\"start\": \"soon\"}");
            browser.click(By.id("maintenance-post"));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("maintenance-error"), "face is required"));

            browser.driver().findElement(By.id("maintenance-body")).clear();
            browser.driver().findElement(By.id("maintenance-body")).sendKeys("{\"face\": \"jupki\", \"start\": \"2026-05-01T00:00:00Z\"}");
            browser.click(By.id("maintenance-post"));
            browser.waitForVisible(By.id("maintenance-delete-2"));
            assertTrue(browser.driver().findElement(By.id("maintenance-error")).getText().isEmpty(), "the error is gone");
            browser.screenshot("dashboard-generic-panels-en.png");

            browser.click(By.id("maintenance-delete-1"));
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("maintenance-delete-1")));
            assertEquals(List.of(2), windows.stream().map(window -> window.get("id").asInt()).toList());

            browser.driver().findElement(By.id("maintenance-body")).clear();
            browser.driver().findElement(By.id("maintenance-body")).sendKeys("{not json");
            browser.click(By.id("maintenance-post"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("maintenance-error"), "That is not JSON"));
            assertEquals(1, windows.size(), "nothing was sent");
        }
    }

    private static void maintenance(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        synchronized (windows) {
            if (method.equals("GET") && path.equals("/sim/maintenance")) {
                send(exchange, 200, "application/json", JSON.writeValueAsString(windows));
            } else if (method.equals("POST") && path.equals("/sim/maintenance")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                if (!body.has("face")) {
                    send(exchange, 400, "application/problem+json", JSON.writeValueAsString(Map.of("status", 400,
                            "detail", "face is required")));
                    return;
                }
                ObjectNode window = ((ObjectNode) body).put("id", nextId++);
                windows.add(window);
                send(exchange, 201, "application/json", JSON.writeValueAsString(window));
            } else if (method.equals("DELETE") && path.startsWith("/sim/maintenance/")) {
                String id = path.substring("/sim/maintenance/".length());
                windows.removeIf(window -> window.get("id").asText().equals(id));
                send(exchange, 204, null, null);
            } else {
                send(exchange, 405, "application/problem+json", "{\"status\":405}");
            }
        }
    }

    private static void asset(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/sim/assets/".length());
        try (InputStream in = DashboardGenericPanelsInBrowserTest.class.getResourceAsStream(
                "/dev/upkisim/web/sim/dashboard/" + name)) {
            if (in == null || name.contains("/")) {
                send(exchange, 404, "text/plain", "no " + name);
                return;
            }
            send(exchange, 200, name.endsWith(".js") ? "text/javascript" : "text/css",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
