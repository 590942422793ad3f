package org.alumniportal.platform.files;

/**
 * An upload {@link FileTypes} has checked: the bytes, their sniffed media type and the matching extension.
 *
 * @param originalName the client's file name without folders or control characters; may be null
 */
public record AcceptedFile(FileKind kind, byte[] content, String contentType, String extension, String originalName) {

    public long size() {
        return content.length;
    }
}
