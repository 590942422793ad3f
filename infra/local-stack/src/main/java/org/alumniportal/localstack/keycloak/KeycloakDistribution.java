package org.alumniportal.localstack.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution: {@code org.keycloak:keycloak-quarkus-dist:<version>:zip} from the local
 * Maven repository (downloaded through the project's Maven wrapper when it is not there yet), unpacked once.
 */
final class KeycloakDistribution {

    static final String GROUP = "org.keycloak";
    static final String ARTIFACT = "keycloak-quarkus-dist";

    private KeycloakDistribution() {
    }

    static String version() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/localstack.properties")) {
            if (in == null) {
                throw new IllegalStateException("localstack.properties is missing from the local-stack jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("keycloak.version", "");
            if (!version.matches("[0-9][0-9A-Za-z.\\-]*")) {
                throw new IllegalStateException("localstack.properties has no usable keycloak.version: " + version);
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unpacked home, {@code <parent>/keycloak-<version>}; unpacked only when it is not there yet. */
    static Path home(Path parent) {
        String version = version();
        Path home = parent.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = zip(parent, version);
        unpack(zip, parent, home);
        if (zip.startsWith(parent)) {
            delete(zip.getParent());
        }
        return home;
    }

    private static Path zip(Path parent, String version) {
        String file = ARTIFACT + "-" + version + ".zip";
        Path cached = localRepository().resolve(GROUP.replace('.', '/')).resolve(ARTIFACT).resolve(version).resolve(file);
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        Path download = parent.resolve("download");
        List<String> command = new ArrayList<>(mavenCommand());
        command.addAll(List.of("-q", "-B", "dependency:copy",
                "-Dartifact=" + GROUP + ":" + ARTIFACT + ":" + version + ":zip", "-DoutputDirectory=" + download));
        System.out.println("[keycloak] downloading " + file + " (about 165 MB) from Maven Central, once");
        try {
            Process maven = new ProcessBuilder(command).inheritIO().start();
            if (!maven.waitFor(30, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new IllegalStateException("could not download " + file + " with: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return download.resolve(file);
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The project's Maven wrapper (found upwards from the working folder), else {@code mvn}. */
    private static List<String> mavenCommand() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return List.of(dir.resolve("mvnw").toString(), "-f", dir.resolve("pom.xml").toString(), "-N");
            }
        }
        return List.of("mvn");
    }

    /** Unpacks into a temporary sibling first, so an interrupted unpack never looks like a usable home. */
    static void unpack(Path zip, Path parent, Path home) {
        Path partial = parent.resolve(home.getFileName() + ".partial");
        try {
            delete(partial);
            Files.createDirectories(partial);
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = archive.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IllegalStateException("refusing zip entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
            // The zip holds one top folder, keycloak-<version>.
            Path top = partial.resolve(home.getFileName());
            Files.move(Files.isDirectory(top) ? top : partial, home, StandardCopyOption.ATOMIC_MOVE);
            delete(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip + " into " + home, e);
        }
    }

    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
