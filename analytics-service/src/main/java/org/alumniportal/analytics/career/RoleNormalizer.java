package org.alumniportal.analytics.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling per role, so that "Sr. SDE", "senior software engineer" and "Senior Software Engineer" are one
 * state of the chain: lower-case, punctuation dropped, common abbreviations expanded, words capitalised.
 */
public final class RoleNormalizer {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("sr", "senior"), Map.entry("snr", "senior"), Map.entry("jr", "junior"),
            Map.entry("sde", "software engineer"), Map.entry("swe", "software engineer"),
            Map.entry("eng", "engineer"), Map.entry("engg", "engineer"), Map.entry("dev", "developer"),
            Map.entry("mgr", "manager"), Map.entry("mgmt", "management"), Map.entry("assoc", "associate"),
            Map.entry("asst", "assistant"), Map.entry("vp", "vice president"), Map.entry("cto", "chief technology officer"),
            Map.entry("ceo", "chief executive officer"), Map.entry("pm", "product manager"),
            Map.entry("em", "engineering manager"), Map.entry("ml", "machine learning"), Map.entry("qa", "quality assurance"),
            Map.entry("ii", "ii"), Map.entry("iii", "iii"));

    private RoleNormalizer() {
    }

    /** The canonical title, or null for a blank one. */
    public static String normalize(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String cleaned = role.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+# ]", " ").strip();
        List<String> words = new ArrayList<>();
        for (String word : cleaned.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            words.addAll(List.of(WORDS.getOrDefault(word, word).split(" ")));
        }
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.equals("ii") || word.equals("iii") ? word.toUpperCase(Locale.ROOT)
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
