package org.alumniportal.localstack.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run Keycloak (21 or newer) the same way {@code ./portal} does: KEYCLOAK_JAVA_HOME,
 * then JAVA_HOME if it is new enough, then the running JVM, then the newest one under the JVM folders.
 */
final class Jdks {

    static final int MINIMUM = 21;
    static final List<Path> DEFAULT_JVM_FOLDERS = List.of(Path.of("/usr/lib/jvm"),
            Path.of("/Library/Java/JavaVirtualMachines"));
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"?([0-9]+)(?:\\.([0-9]+))?", Pattern.MULTILINE);

    private Jdks() {
    }

    static Path forKeycloak() {
        return find(System.getenv(), Path.of(System.getProperty("java.home")), DEFAULT_JVM_FOLDERS);
    }

    static Path find(Map<String, String> env, Path runningJvm, List<Path> jvmFolders) {
        List<String> looked = new ArrayList<>();
        String explicit = env.get("KEYCLOAK_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit);
            int version = majorVersion(home);
            if (version >= MINIMUM) {
                return home;
            }
            throw new IllegalStateException("KEYCLOAK_JAVA_HOME=" + explicit + " is "
                    + describe(version) + "; Keycloak needs a JDK " + MINIMUM + " or newer.");
        }
        looked.add("KEYCLOAK_JAVA_HOME (not set)");
        for (Candidate candidate : List.of(new Candidate("JAVA_HOME", env.get("JAVA_HOME")),
                new Candidate("the running JVM", runningJvm.toString()))) {
            if (candidate.home() == null || candidate.home().isBlank()) {
                looked.add(candidate.label() + " (not set)");
                continue;
            }
            int version = majorVersion(Path.of(candidate.home()));
            if (version >= MINIMUM) {
                return Path.of(candidate.home());
            }
            looked.add(candidate.label() + "=" + candidate.home() + " (" + describe(version) + ")");
        }
        Optional<Path> installed = installed(jvmFolders, looked);
        return installed.orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK " + MINIMUM
                + " or newer and none was found. Looked at: " + String.join(", ", looked)
                + ". Install one (for example: apt-get install openjdk-21-jdk-headless) or set KEYCLOAK_JAVA_HOME."));
    }

    private static Optional<Path> installed(List<Path> jvmFolders, List<String> looked) {
        List<Path> homes = new ArrayList<>();
        for (Path folder : jvmFolders) {
            if (!Files.isDirectory(folder)) {
                looked.add(folder + "/* (no such folder)");
                continue;
            }
            try (Stream<Path> children = Files.list(folder)) {
                children.map(child -> Files.isDirectory(child.resolve("Contents/Home")) ? child.resolve("Contents/Home") : child)
                        .forEach(homes::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            looked.add(folder + "/*");
        }
        homes.sort(Comparator.comparing(Path::toString));
        Path best = null;
        int bestVersion = 0;
        for (Path home : homes) {
            int version = majorVersion(home);
            looked.add(home.getFileName() + " (" + describe(version) + ")");
            if (version >= MINIMUM && version > bestVersion && Files.isExecutable(home.resolve("bin/java"))) {
                best = home;
                bestVersion = version;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The major version from the JDK's {@code release} file; -1 when there is none. */
    static int majorVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return -1;
        }
        try {
            Matcher matcher = VERSION.matcher(Files.readString(release));
            if (!matcher.find()) {
                return -1;
            }
            int first = Integer.parseInt(matcher.group(1));
            return first == 1 && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : first;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String describe(int version) {
        return version < 0 ? "no JDK release file" : "Java " + version;
    }

    private record Candidate(String label, String home) {
    }
}
