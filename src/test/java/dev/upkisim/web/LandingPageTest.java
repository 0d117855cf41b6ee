package dev.upkisim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.RunningSimulator;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandingPageTest {
    @Test
    void theReadyLinesUrlLeadsToAPageAndAMistypedUrlToANotFoundPage(@TempDir Path data) {
        try (RunningSimulator sim = RunningSimulator.start(data)) {
            HttpResponse<String> home = sim.get(sim.http("/"));
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("href=\"/repo/?lang=ja\""), home.body());
            assertTrue(sim.get(sim.http("/?lang=en")).body().contains("It is not a production CA"));

            HttpResponse<String> missing = sim.get(sim.http("/nowhere/%3Cscript%3E?lang=en"));
            assertEquals(404, missing.statusCode());
            assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(missing.body().contains("Nothing here: /nowhere/%3Cscript%3E"), missing.body());
            assertTrue(!missing.body().contains("<script>"), missing.body());
        }
    }
}
