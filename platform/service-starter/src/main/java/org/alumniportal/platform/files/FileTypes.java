package org.alumniportal.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;

import org.alumniportal.platform.web.PortalException;

/**
 * Decides what an upload really is from its first bytes (Apache Tika's magic database), ignoring the client's
 * file name and Content-Type: a renamed executable stays an executable. Refusals are problems a client sees:
 * 415 {@code unsupported-file-type}, 413 {@code file-too-large}, 400 {@code empty-file}.
 *
 * <pre>{@code
 * AcceptedFile cv = fileTypes.accept(FileKind.CV, upload.getOriginalFilename(), upload.getInputStream());
 * StoredFile stored = fileStore.put("cv/" + userId + "/" + UUID.randomUUID() + "." + cv.extension(),
 *         cv.content(), cv.contentType(), cv.originalName());
 * }</pre>
 */
public class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";

    private static final Map<String, String> EXTENSIONS = Map.of(PDF, "pdf", DOCX, "docx", JPEG, "jpg", PNG, "png",
            WEBP, "webp");
    private static final Map<FileKind, List<String>> ALLOWED = Map.of(FileKind.CV, List.of(PDF, DOCX),
            FileKind.IMAGE, List.of(JPEG, PNG, WEBP));
    /** tika-core alone has no zip-container parser: a DOCX is reported as one of these, then checked here. */
    private static final List<String> ZIP_CONTAINERS = List.of("application/zip", "application/x-tika-ooxml",
            DOCX);
    /** Main part of a plain Word document; a macro-enabled .docm declares another one and is refused. */
    private static final String WORD_MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml"
            + ".document.main+xml";
    private static final int CONTENT_TYPES_READ_LIMIT = 64 * 1024;

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final long maxCvBytes;
    private final long maxImageBytes;

    public FileTypes(long maxCvBytes, long maxImageBytes) {
        this.maxCvBytes = maxCvBytes;
        this.maxImageBytes = maxImageBytes;
    }

    public long maxBytes(FileKind kind) {
        return kind == FileKind.CV ? maxCvBytes : maxImageBytes;
    }

    /** Reads at most one byte past the cap, so an oversized upload is refused without being buffered whole. */
    public AcceptedFile accept(FileKind kind, String originalName, InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes(kind) + 1));
            return accept(kind, originalName, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read upload", e);
        }
    }

    public AcceptedFile accept(FileKind kind, String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "empty-file", "Empty file", "The uploaded file is empty.");
        }
        long max = maxBytes(kind);
        if (content.length > max) {
            throw new PortalException(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", "File too large",
                    "The file is larger than the " + max / 1024 + " KB allowed for a " + label(kind) + ".")
                    .with("maxBytes", max);
        }
        String type = detect(content);
        if (!ALLOWED.get(kind).contains(type)) {
            throw new PortalException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type",
                    "Unsupported file type", kind == FileKind.CV ? "A CV must be a PDF or DOCX document."
                            : "An image must be a JPEG, PNG or WebP file.")
                    .with("detectedType", type).with("allowedTypes", ALLOWED.get(kind));
        }
        return new AcceptedFile(kind, content, type, EXTENSIONS.get(type), safeName(originalName));
    }

    /** The media type from the bytes alone (no name hint); a zip is DOCX only when its parts say so. */
    public String detect(byte[] content) {
        String type;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType detected = mimeTypes.detect(in, new Metadata());
            type = detected.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not inspect upload", e);
        }
        if (ZIP_CONTAINERS.contains(type)) {
            return isWordDocument(content) ? DOCX : "application/zip";
        }
        return type;
    }

    /**
     * Reads the zip's central directory from a temporary file (entry names need no inflating, so a zip bomb costs
     * nothing) and only the small {@code [Content_Types].xml} part, capped.
     */
    static boolean isWordDocument(byte[] content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("portal-upload-", ".zip");
            Files.write(temp, content);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                ZipEntry document = zip.getEntry("word/document.xml");
                ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
                if (document == null || contentTypes == null) {
                    return false;
                }
                try (InputStream in = zip.getInputStream(contentTypes)) {
                    String xml = new String(in.readNBytes(CONTENT_TYPES_READ_LIMIT), StandardCharsets.UTF_8);
                    return xml.contains(WORD_MAIN_PART);
                }
            }
        } catch (IOException e) {
            return false; // not a readable zip: certainly not a DOCX
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless; the OS cleans its temp folder
                }
            }
        }
    }

    /** The last path segment of a client's file name, without control or quote characters, at most 200 chars. */
    public static String safeName(String originalName) {
        if (originalName == null) {
            return null;
        }
        String name = originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? null : name;
    }

    private static String label(FileKind kind) {
        return kind == FileKind.CV ? "CV" : "image";
    }
}
