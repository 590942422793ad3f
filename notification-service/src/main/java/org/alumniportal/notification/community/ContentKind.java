package org.alumniportal.notification.community;

/** The community content the digest ranks, with where the frontend shows one. */
enum ContentKind {

    POST("/forum/posts/"), CAPSULE("/capsules/");

    private final String linkPrefix;

    ContentKind(String linkPrefix) {
        this.linkPrefix = linkPrefix;
    }

    /** {@code POST} or {@code CAPSULE} as the events name them; anything else (COMMENT, EVENT) is none. */
    static ContentKind of(String contentType) {
        for (ContentKind kind : values()) {
            if (kind.name().equals(contentType)) {
                return kind;
            }
        }
        return null;
    }

    String keyOf(String contentId) {
        return name() + "/" + contentId;
    }

    String linkOf(String contentId) {
        return linkPrefix + contentId;
    }
}
