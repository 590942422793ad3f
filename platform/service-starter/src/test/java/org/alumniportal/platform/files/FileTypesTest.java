package org.alumniportal.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import org.alumniportal.platform.web.PortalException;

class FileTypesTest {

    private final FileTypes types = new FileTypes(64 * 1024, 16 * 1024);

    @Test
    void pdfIsAcceptedAsCv() {
        AcceptedFile cv = types.accept(FileKind.CV, "My CV.pdf", TestFiles.pdf());

        assertThat(cv.contentType()).isEqualTo(FileTypes.PDF);
        assertThat(cv.extension()).isEqualTo("pdf");
        assertThat(cv.originalName()).isEqualTo("My CV.pdf");
    }

    @Test
    void docxIsAcceptedAsCvWhateverItsName() {
        AcceptedFile cv = types.accept(FileKind.CV, "cv.bin", TestFiles.docx());

        assertThat(cv.contentType()).isEqualTo(FileTypes.DOCX);
        assertThat(cv.extension()).isEqualTo("docx");
    }

    @Test
    void renamedExecutableIsRefusedAsCv() {
        assertUnsupported(FileKind.CV, "cv.pdf", TestFiles.exe());
    }

    @Test
    void plainZipAndMacroDocumentAndTextAreRefusedAsCv() {
        assertUnsupported(FileKind.CV, "cv.docx", TestFiles.plainZip());
        assertUnsupported(FileKind.CV, "cv.docx", TestFiles.docm());
        assertUnsupported(FileKind.CV, "cv.pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pngJpegAndWebpAreAcceptedAsImages() {
        assertThat(types.accept(FileKind.IMAGE, "me.png", TestFiles.png()).contentType()).isEqualTo(FileTypes.PNG);
        assertThat(types.accept(FileKind.IMAGE, "me.png", TestFiles.jpeg()).contentType()).isEqualTo(FileTypes.JPEG);
        assertThat(types.accept(FileKind.IMAGE, null, TestFiles.webp()).extension()).isEqualTo("webp");
    }

    @Test
    void documentsAreNotImagesAndImagesAreNotCvs() {
        assertUnsupported(FileKind.IMAGE, "photo.png", TestFiles.pdf());
        assertUnsupported(FileKind.IMAGE, "photo.jpg", TestFiles.exe());
        assertUnsupported(FileKind.CV, "cv.pdf", TestFiles.png());
    }

    @Test
    void fileOverTheCapIsRefusedWith413() {
        byte[] big = new byte[16 * 1024 + 1];
        byte[] png = TestFiles.png();
        System.arraycopy(png, 0, big, 0, png.length);

        assertThatThrownBy(() -> types.accept(FileKind.IMAGE, "big.png", new ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(e.type()).isEqualTo("file-too-large");
                    assertThat(e.properties()).containsEntry("maxBytes", 16L * 1024);
                });
    }

    @Test
    void emptyFileIsABadRequest() {
        assertThatThrownBy(() -> types.accept(FileKind.CV, "cv.pdf", new byte[0]))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.type()).isEqualTo("empty-file"));
    }

    @Test
    void clientFileNamesLoseFoldersAndControlCharacters() {
        assertThat(FileTypes.safeName("C:\\Users\\me\\cv.pdf")).isEqualTo("cv.pdf");
        assertThat(FileTypes.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileTypes.safeName("a\"b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(FileTypes.safeName("  ")).isNull();
    }

    private void assertUnsupported(FileKind kind, String name, byte[] content) {
        assertThatThrownBy(() -> types.accept(kind, name, content))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
                    assertThat(e.type()).isEqualTo("unsupported-file-type");
                });
    }
}
