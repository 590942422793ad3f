package org.alumniportal.community.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Tags are plain, lower-case, hyphenated words, each once: "Spring Boot" and "spring-boot" are one tag. */
public final class Tags {

    private Tags() {
    }

    public static List<String> normalize(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String normalized = normalize(tag);
            if (!normalized.isEmpty()) {
                tags.add(normalized);
            }
        }
        return List.copyOf(tags);
    }

    public static String normalize(String tag) {
        return tag == null ? "" : SafeHtml.plain(tag).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
