package org.alumniportal.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Files under one root folder ({@code ${PORTAL_DATA_DIR:./data}/files/<service>} by default). A put writes a
 * temporary file beside the target and moves it into place, so a crash mid-write leaves no partial file under
 * the key.
 */
public class LocalDiskFileStore implements FileStore {

    private final Path root;

    public LocalDiskFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public StoredFile put(String key, byte[] content, String contentType, String originalName) {
        return put(key, new ByteArrayInputStream(content), contentType, originalName);
    }

    @Override
    public StoredFile put(String key, InputStream content, String contentType, String originalName) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                MessageDigest digest = FileDigests.sha256();
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    size = content.transferTo(out);
                }
                move(temp, target);
                return new StoredFile(key, contentType, size, FileDigests.hex(digest.digest()), originalName);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store file " + key, e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        try {
            return Optional.of(Files.newInputStream(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read file " + key, e);
        }
    }

    @Override
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete file " + key, e);
        }
    }

    /** The key rules already exclude traversal; the prefix check keeps that true should the rules ever loosen. */
    Path resolve(String key) {
        Path path = root.resolve(FileKeys.requireSafe(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("File key escapes the store root: " + key);
        }
        return path;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
