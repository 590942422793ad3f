package org.alumniportal.platform.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * A small blob store keyed by slash-separated keys ({@code cv/u1/3f2c.pdf}). Keys are checked by
 * {@link FileKeys#requireSafe(String)}: no {@code ..}, no absolute paths, only {@code [A-Za-z0-9._-]} segments.
 * A {@code put} is all-or-nothing: a reader never sees a half-written file.
 */
public interface FileStore {

    /** Stores (or replaces) the content under {@code key}. */
    StoredFile put(String key, byte[] content, String contentType, String originalName);

    /** Stores a stream; it is read to the end but not closed. */
    StoredFile put(String key, InputStream content, String contentType, String originalName);

    /** The content, or empty when nothing is stored under the key. The caller closes the stream. */
    Optional<InputStream> open(String key);

    /** Removes the content; true when something was there. Deleting a missing key is not an error. */
    boolean delete(String key);
}
