package org.alumniportal.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.alumniportal.platform.web.PortalException;

class LocalDiskFileStoreTest {

    @TempDir
    Path root;

    @Test
    void storedFileCanBeReadBackWithItsDigest() throws IOException {
        LocalDiskFileStore store = new LocalDiskFileStore(root);
        byte[] pdf = TestFiles.pdf();

        StoredFile stored = store.put("cv/u1/a.pdf", pdf, FileTypes.PDF, "cv.pdf");

        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(FileDigests.sha256Hex(pdf)).hasSize(64);
        try (InputStream in = store.open("cv/u1/a.pdf").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void replacingAKeyLeavesOnlyTheNewContentAndNoTemporaryFiles() throws IOException {
        LocalDiskFileStore store = new LocalDiskFileStore(root);
        store.put("p/x.png", new byte[] {1, 2, 3}, "image/png", null);
        store.put("p/x.png", new byte[] {4}, "image/png", null);

        try (InputStream in = store.open("p/x.png").orElseThrow(); Stream<Path> files = Files.list(root.resolve("p"))) {
            assertThat(in.readAllBytes()).containsExactly(4);
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void deletedFileIsGoneAndDeletingAgainIsHarmless() {
        LocalDiskFileStore store = new LocalDiskFileStore(root);
        store.put("cv/u1/a.pdf", TestFiles.pdf(), FileTypes.PDF, null);

        assertThat(store.delete("cv/u1/a.pdf")).isTrue();
        assertThat(store.open("cv/u1/a.pdf")).isEmpty();
        assertThat(store.delete("cv/u1/a.pdf")).isFalse();
    }

    @Test
    void keysThatCouldLeaveTheRootAreRefused() throws IOException {
        LocalDiskFileStore store = new LocalDiskFileStore(root.resolve("store"));
        Files.writeString(root.resolve("secret.txt"), "secret");

        for (String key : new String[] {"../secret.txt", "a/../../secret.txt", "/etc/passwd", "a\\..\\b", "a//b",
                ".hidden", "", "a/./b", "C:/x"}) {
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOfSatisfying(PortalException.class,
                    e -> assertThat(e.type()).isEqualTo("invalid-file-key"));
            assertThatThrownBy(() -> store.put(key, new byte[] {1}, "x/y", null)).as(key)
                    .isInstanceOf(PortalException.class);
            assertThatThrownBy(() -> store.delete(key)).as(key).isInstanceOf(PortalException.class);
        }
        assertThat(Files.readString(root.resolve("secret.txt"))).isEqualTo("secret");
    }
}
