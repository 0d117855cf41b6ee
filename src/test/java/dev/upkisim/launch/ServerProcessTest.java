package dev.upkisim.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {
    @Test
    void theServerGetsTheLaunchersOptionsThenTheUsersThenTheSameJarEntryPointAndArguments(@TempDir Path work) throws Exception {
        Path jar = Files.write(work.resolve("upki-sim.jar"), new byte[] {1});
        JvmCommandLine jvm = new JvmCommandLine("/opt/jdk/bin/java", List.of("-Xmx2g", "-XX:Tier4InvocationThreshold=7"),
                jar.toString(), List.of("serve", "--http-port", "0"));
        ClassArchive archive = ClassArchive.in(work.resolve("cache"), jvm);

        List<String> command = ServerProcess.command(jvm, archive);

        assertEquals("/opt/jdk/bin/java", command.get(0));
        assertEquals(archive.jvmOptions(), command.subList(1, 1 + archive.jvmOptions().size()));
        int compiler = command.indexOf(ServerProcess.COMPILER_OPTIONS.get(0));
        int heap = command.indexOf(ServerProcess.HEAP_OPTIONS.get(0));
        int user = command.indexOf("-Xmx2g");
        assertTrue(compiler > 0 && heap > 0 && user > Math.max(compiler, heap),
                "the user's options last: HotSpot takes an option's last value");
        assertTrue(command.contains("-D" + Launcher.LAUNCHER_PID + "=" + OwnPid.get()), command.toString());
        assertTrue(command.contains("-D" + Launcher.TRAINING + "=true"), command.toString());
        assertEquals(List.of("-cp", jar.toString(), Launcher.class.getName(), "serve", "--http-port", "0"),
                command.subList(command.size() - 6, command.size()));
    }
}
