package org.alumniportal.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;

/**
 * A temporary broker's files are deleted only after the broker has stopped, whoever closes it and however
 * slowly: deleting them under a running broker makes Kafka halt the whole JVM with exit code 1 (it treats the
 * vanished directory as a failed disk), which Surefire reports as a crashed fork after every test passed.
 */
class EmbeddedKafkaBrokerTeardownIT {

    @RepeatedTest(2)
    void aJvmWithATemporaryBrokerExitsCleanlyAndLeavesNoFiles() throws Exception {
        Path output = Files.createTempFile("teardown-", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                TemporaryBrokerExitMain.class.getName())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; its output:%n%s", tail(log)).isZero();
            String logDir = log.lines().filter(l -> l.startsWith("logDir=")).findFirst().orElseThrow()
                    .substring("logDir=".length());
            assertThat(new File(logDir)).as("the broker's log directory").doesNotExist();
            assertThat(new File(logDir + ".properties")).doesNotExist();
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    private static String tail(String log) {
        return log.length() <= 4_000 ? log : log.substring(log.length() - 4_000);
    }
}
