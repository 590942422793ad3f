package org.alumniportal.job.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns free-typed skills into one spelling each ("js", " javascript " → "JavaScript"), so that filters and
 * recommendations compare like with like. Deliberately small and local: services never share code, and
 * profile-service keeps its own list; both aim at the same canonical spellings.
 */
public final class SkillNormalizer {

    /** Lower-case key (inner spaces collapsed) → canonical spelling. */
    private static final Map<String, String> CANONICAL = canonical();

    private SkillNormalizer() {
    }

    /** Normalises, drops blanks and keeps the first occurrence of each skill (case-insensitively). */
    public static List<String> normalise(Collection<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String skill : raw) {
            String normalised = normalise(skill);
            if (!normalised.isEmpty()) {
                unique.putIfAbsent(normalised.toLowerCase(Locale.ROOT), normalised);
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** One skill; unknown skills keep the user's spelling with collapsed whitespace. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String collapsed = raw.strip().replaceAll("\\s+", " ");
        String known = CANONICAL.get(collapsed.toLowerCase(Locale.ROOT));
        return known != null ? known : collapsed;
    }

    private static Map<String, String> canonical() {
        Map<String, String> map = new LinkedHashMap<>();
        synonyms(map, "JavaScript", "js", "javascript", "java script", "ecmascript", "es6");
        synonyms(map, "TypeScript", "ts", "typescript");
        synonyms(map, "Java", "java", "java se", "core java");
        synonyms(map, "Spring Boot", "spring boot", "springboot", "spring-boot");
        synonyms(map, "Spring", "spring", "spring framework");
        synonyms(map, "Python", "python", "py", "python3");
        synonyms(map, "Go", "go", "golang");
        synonyms(map, "C++", "c++", "cpp");
        synonyms(map, "C#", "c#", "csharp", "c sharp");
        synonyms(map, "Node.js", "node", "nodejs", "node.js", "node js");
        synonyms(map, "React", "react", "reactjs", "react.js", "react js");
        synonyms(map, "Angular", "angular", "angularjs", "angular.js");
        synonyms(map, "Vue.js", "vue", "vuejs", "vue.js");
        synonyms(map, "Kubernetes", "kubernetes", "k8s");
        synonyms(map, "Docker", "docker");
        synonyms(map, "AWS", "aws", "amazon web services");
        synonyms(map, "GCP", "gcp", "google cloud", "google cloud platform");
        synonyms(map, "Azure", "azure", "microsoft azure");
        synonyms(map, "PostgreSQL", "postgres", "postgresql", "psql");
        synonyms(map, "MySQL", "mysql");
        synonyms(map, "MongoDB", "mongo", "mongodb");
        synonyms(map, "SQL", "sql");
        synonyms(map, "Kafka", "kafka", "apache kafka");
        synonyms(map, "Machine Learning", "ml", "machine learning");
        synonyms(map, "Artificial Intelligence", "ai", "artificial intelligence");
        synonyms(map, "Data Science", "data science");
        synonyms(map, "HTML", "html", "html5");
        synonyms(map, "CSS", "css", "css3");
        synonyms(map, "Git", "git");
        synonyms(map, "Linux", "linux");
        synonyms(map, "REST", "rest", "rest api", "restful", "rest apis");
        synonyms(map, "GraphQL", "graphql");
        synonyms(map, "Kotlin", "kotlin");
        synonyms(map, "Rust", "rust");
        return Map.copyOf(map);
    }

    private static void synonyms(Map<String, String> map, String canonical, String... aliases) {
        map.put(canonical.toLowerCase(Locale.ROOT), canonical);
        for (String alias : aliases) {
            map.put(alias, canonical);
        }
    }
}
