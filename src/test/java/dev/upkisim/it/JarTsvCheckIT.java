package dev.upkisim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar target/upki-sim.jar tsv check FILE}, run as a process, as an RA developer runs it. */
class JarTsvCheckIT {

    private static Process check(String locale, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/upki-sim.jar", "tsv", "check"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", locale);
        builder.environment().remove("LC_ALL");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    @Test
    void theJapaneseMessagesReachTheTerminalAsUtf8WhateverTheLocale() throws Exception {
        for (String locale : new String[] {"C", "C.UTF-8"}) {
            Process process = check(locale, "fixtures/tsv/bad/issue-duplicate-dn.tsv");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue(), output);
            assertTrue(output.contains("3\tNG\t212:3,主体者DN,指定したDNは申請ファイル内で重複しています。"), locale + ":\n" + output);
        }
    }

    @Test
    void theApplyTypeDecidesHowTheFileIsReadAndIssueIsTheDefault() throws Exception {
        Process asIssue = check("C.UTF-8", "fixtures/tsv/good/revoke-reasons.tsv");
        asIssue.getInputStream().readAllBytes();
        assertTrue(asIssue.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, asIssue.exitValue(), "a revoke file read as an issue file has errors");
        Process asRevoke = check("C.UTF-8", "--apply-type=revoke", "fixtures/tsv/good/revoke-reasons.tsv");
        asRevoke.getInputStream().readAllBytes();
        assertTrue(asRevoke.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, asRevoke.exitValue());
    }
}
