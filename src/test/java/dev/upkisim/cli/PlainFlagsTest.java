package dev.upkisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain reading of a command line gives exactly what picocli gives, and leaves everything else to picocli. */
class PlainFlagsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "--data ./data",
            "--data=./data --http-port 0 --https-port=0 --relying-party-port 0",
            "--ephemeral",
            "--ephemeral --http-port 8080",
            "--ephemeral=false --instant=true",
            "--http-port 8080 --ephemeral",
            "--hostnames localhost,127.0.0.1,sim.example.ac.jp --bind 0.0.0.0",
            "--public-url http://sim.example.ac.jp:8080/upki --sim-token a-long-token-for-the-ci-pipeline",
            "--mail-from CAサポートセンター<ca-support@ml.secom-sts.co.jp>",
            "--delays-issue-button PT2S --crl-validity=P1D --p12-format modern"})
    void aPlainCommandLineIsReadAsPicocliReadsIt(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Map<String, String> plain = PlainFlags.parse(args).orElseThrow(() -> new AssertionError("not plain: " + line));
        assertEquals(ServeOptions.given(ServeOptions.commandLine().parseArgs(args)), plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--help", "-h", "--version", "-V",
            "--htp-port 8080",
            "--data ./a --data ./b",
            "--data",
            "--data=",
            "--http-port -1",
            "--ephemeral false",
            "--data @args.txt",
            "@args.txt",
            "-- --data ./data",
            "serve"})
    void anythingElseIsLeftToPicocli(String line) {
        assertTrue(PlainFlags.parse(line.split(" ")).isEmpty(), line);
    }
}
