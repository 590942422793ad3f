package org.alumniportal.analytics.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a JSON value from a request into a setting's canonical string, or says what is wrong with it. Strict on
 * types (a boolean setting takes {@code true}/{@code false}, not {@code "yes"}), so a typo never becomes a value.
 */
final class SettingValues {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");

    /** The canonical value, or the problem with the input. */
    record Parsed(String value, String error) {

        static Parsed ok(String value) {
            return new Parsed(value, null);
        }

        static Parsed error(String message) {
            return new Parsed(null, message);
        }
    }

    private SettingValues() {
    }

    static Parsed parse(Setting setting, Object raw) {
        if (raw == null) {
            return Parsed.error("must not be null");
        }
        return switch (setting.type()) {
            case BOOLEAN -> raw instanceof Boolean b ? Parsed.ok(b.toString()) : Parsed.error("must be true or false");
            case INTEGER -> integer(setting, raw);
            case EMAIL -> raw instanceof String s && EMAIL.matcher(s.strip()).matches() && s.length() <= 254
                    ? Parsed.ok(s.strip().toLowerCase(Locale.ROOT)) : Parsed.error("must be an e-mail address");
            case DOMAIN_LIST -> domains(raw);
        };
    }

    private static Parsed integer(Setting setting, Object raw) {
        if (!(raw instanceof Integer || raw instanceof Long)) {
            return Parsed.error("must be a whole number between " + setting.min() + " and " + setting.max());
        }
        long value = ((Number) raw).longValue();
        if (value < setting.min() || value > setting.max()) {
            return Parsed.error("must be between " + setting.min() + " and " + setting.max());
        }
        return Parsed.ok(Long.toString(value));
    }

    private static Parsed domains(Object raw) {
        List<String> parts = new ArrayList<>();
        if (raw instanceof String s) {
            parts.addAll(List.of(s.split(",")));
        } else if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    return Parsed.error("must be a list of domain names");
                }
                parts.add(s);
            }
        } else {
            return Parsed.error("must be a list of domain names or one comma-separated string");
        }
        Set<String> domains = new LinkedHashSet<>();
        for (String part : parts) {
            String domain = part.strip().toLowerCase(Locale.ROOT);
            if (domain.isEmpty()) {
                continue;
            }
            if (!DOMAIN.matcher(domain).matches() || domain.length() > 253) {
                return Parsed.error("'" + part.strip() + "' is not a domain name");
            }
            domains.add(domain);
        }
        if (domains.size() > 100) {
            return Parsed.error("at most 100 domains");
        }
        return Parsed.ok(String.join(",", domains));
    }

    /** The typed JSON form of a stored value, for responses. */
    static Object typed(Setting setting, String value) {
        return switch (setting.type()) {
            case BOOLEAN -> Boolean.parseBoolean(value);
            case INTEGER -> Long.parseLong(value);
            case EMAIL -> value;
            case DOMAIN_LIST -> value.isEmpty() ? List.of() : List.of(value.split(","));
        };
    }
}
