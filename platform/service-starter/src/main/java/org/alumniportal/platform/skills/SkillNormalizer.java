package org.alumniportal.platform.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns free-typed skills into one spelling each, from {@code skill-synonyms.txt} beside this class. Unknown
 * skills keep the user's spelling with trimmed, collapsed whitespace (all-lower-case input gets a capital first
 * letter, so "kotlin multiplatform" and "Kotlin multiplatform" end up the same). Duplicates are dropped
 * case-insensitively, first occurrence wins. One vocabulary for every service, so that a mentor's expertise,
 * a job's required skills and a profile's skills compare alike; the starter provides it as a bean.
 */
public final class SkillNormalizer {

    private static final String RESOURCE = "skill-synonyms.txt";

    private static final SkillNormalizer STANDARD = new SkillNormalizer();

    /** {@link #key(String)} → canonical spelling. */
    private final Map<String, String> canonical;

    public SkillNormalizer() {
        this.canonical = load();
    }

    /** The shared instance, for code that is not a bean (indexes, records); the table is immutable. */
    public static SkillNormalizer standard() {
        return STANDARD;
    }

    /** Normalises a list: blanks dropped, duplicates (after normalisation) dropped, order kept. */
    public List<String> normalizeAll(Collection<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String skill : raw) {
            String normalized = normalize(skill);
            if (!normalized.isEmpty()) {
                unique.putIfAbsent(normalized.toLowerCase(Locale.ROOT), normalized);
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** One skill; empty string for null or blank input. */
    public String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String collapsed = raw.strip().replaceAll("\\s+", " ");
        if (collapsed.isEmpty()) {
            return "";
        }
        String known = canonical.get(key(collapsed));
        if (known != null) {
            return known;
        }
        if (collapsed.equals(collapsed.toLowerCase(Locale.ROOT))) {
            return Character.toUpperCase(collapsed.charAt(0)) + collapsed.substring(1);
        }
        return collapsed;
    }

    /** Lower case without the separators people vary on; "+" and "#" stay (C++ is not C). */
    static String key(String skill) {
        return skill.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]+", "");
    }

    private static Map<String, String> load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = SkillNormalizer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " beside " + SkillNormalizer.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                String name = (eq < 0 ? line : line.substring(0, eq)).strip();
                map.put(key(name), name);
                if (eq >= 0) {
                    for (String alias : line.substring(eq + 1).split(",")) {
                        if (!alias.isBlank()) {
                            map.put(key(alias.strip()), name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
