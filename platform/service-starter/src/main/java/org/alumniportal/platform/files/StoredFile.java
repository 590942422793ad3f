package org.alumniportal.platform.files;

/**
 * What a {@link FileStore} holds under a key. A service keeps this record in its own document (the store has
 * no metadata lookup of its own), so a download can set Content-Type and the file name without asking the store.
 *
 * @param key the store key ({@code cv/<userId>/<uuid>.pdf})
 * @param contentType the sniffed media type, not the one the client claimed
 * @param size bytes
 * @param sha256 lower-case hex digest of the content
 * @param originalName the client's file name, sanitised; may be null
 */
public record StoredFile(String key, String contentType, long size, String sha256, String originalName) {
}
