package dev.upkisim.config;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective settings of one run, validated. Built by {@link SettingsLoader}; tests build it with
 * {@link #forTests(Path)} and the {@code with…} methods.
 *
 * @param origins for each setting key, where its value came from ("default", "flag --http-port", …)
 */
public record Settings(Path data, boolean ephemeral, int httpPort, int httpsPort, InetAddress bind,
                       Optional<URI> publicUrl, List<String> hostnames, Optional<Path> fixtures,
                       boolean instant, Optional<String> simToken, Map<String, String> origins) {

    /** Loopback, any free ports, the given data directory, everything else at its default. */
    public static Settings forTests(Path data) {
        return new Settings(data, false, 0, 0, InetAddress.getLoopbackAddress(), Optional.empty(),
                List.of("localhost", "127.0.0.1"), Optional.empty(), true, Optional.empty(), Map.of());
    }

    public Settings withSimToken(String token) {
        return new Settings(data, ephemeral, httpPort, httpsPort, bind, publicUrl, hostnames, fixtures, instant,
                Optional.of(token), origins);
    }

    public Settings withFixtures(Path directory) {
        return new Settings(data, ephemeral, httpPort, httpsPort, bind, publicUrl, hostnames, Optional.of(directory),
                instant, simToken, origins);
    }

    public Settings withHostnames(List<String> names) {
        return new Settings(data, ephemeral, httpPort, httpsPort, bind, publicUrl, names, fixtures, instant,
                simToken, origins);
    }

    public String origin(Setting<?> setting) {
        return origins.getOrDefault(setting.key(), "default");
    }
}
