package org.alumniportal.platform.files;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import org.alumniportal.platform.web.PortalException;

/** Key rules shared by every {@link FileStore}: a key can never leave the store's root or bucket prefix. */
public final class FileKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");
    private static final int MAX_LENGTH = 512;

    private FileKeys() {
    }

    /**
     * Returns the key when every {@code /}-separated segment is a plain name; otherwise a 400
     * {@code invalid-file-key} (segments may not start with a dot, so {@code .} and {@code ..} are out).
     */
    public static String requireSafe(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            throw invalid(key);
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw invalid(key);
            }
        }
        return key;
    }

    private static PortalException invalid(String key) {
        return new PortalException(HttpStatus.BAD_REQUEST, "invalid-file-key", "Invalid file key",
                "A file key may only contain plain name segments separated by '/'.");
    }
}
