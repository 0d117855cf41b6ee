package dev.upkisim.jupki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.PortalClient;
import dev.upkisim.support.RunningSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portal.campusOnly}: the seed's 「学内ネットワークからのみアクセス可能」. */
class CampusOnlyTest {
    @Test
    void visitorsFromOutsideTheCampusNetworksGetTheCampusOnlyPage(@TempDir Path data, @TempDir Path fixtures) throws Exception {
        for (String file : List.of("ca.yaml", "institutions.yaml", "users.yaml")) {
            Files.copy(Path.of("fixtures", file), fixtures.resolve(file));
        }
        Path institutions = fixtures.resolve("institutions.yaml");
        Files.writeString(institutions, Files.readString(institutions)
                .replace("campusCidrs: [127.0.0.0/8, \"::1/128\", 10.0.0.0/8, 192.168.0.0/16]", "campusCidrs: [10.0.0.0/8]"));
        Settings settings = Settings.forTests(data).with(SettingsCatalog.FIXTURES, fixtures)
                .with(SettingsCatalog.PORTAL_CAMPUS_ONLY, true);
        try (RunningSimulator sim = RunningSimulator.start(settings)) {
            PortalClient.Page page = new PortalClient(sim).get("/jupki/");
            assertEquals(403, page.status());
            assertTrue(page.document().select("#error").text().contains("学内ネットワークからのみ"), page.html());
        }
        Settings onCampus = Settings.forTests(data).with(SettingsCatalog.PORTAL_CAMPUS_ONLY, true);
        try (RunningSimulator sim = RunningSimulator.start(onCampus)) {
            assertEquals(200, new PortalClient(sim).get("/jupki/").status(), "loopback is campus in the project fixtures");
        }
    }
}
