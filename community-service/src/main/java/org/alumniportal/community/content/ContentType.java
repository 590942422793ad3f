package org.alumniportal.community.content;

import java.util.Locale;

import org.alumniportal.platform.web.PortalException;

/** The kinds of content people like, flag and admins moderate; the names travel in events as they are. */
public enum ContentType {
    POST, COMMENT, CAPSULE, EVENT;

    /** From a path segment or request field: {@code post}, {@code POST}, {@code posts}… else 400 {@code validation} on {@code type}. */
    public static ContentType parse(String value) {
        if (value != null) {
            String upper = value.strip().toUpperCase(Locale.ROOT);
            if (upper.endsWith("S")) {
                upper = upper.substring(0, upper.length() - 1);
            }
            for (ContentType type : values()) {
                if (type.name().equals(upper)) {
                    return type;
                }
            }
        }
        throw PortalException.invalid("type", "must be one of POST, COMMENT, CAPSULE or EVENT");
    }
}
