package org.alumniportal.analytics.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * City → latitude/longitude from {@code geo/cities.csv} on the classpath. A lookup ignores case, surrounding
 * blanks and anything after the first comma ("Pune, India" is Pune), and knows common aliases (Bangalore).
 * Unknown places answer empty: callers list them without coordinates.
 */
@Component
public class Gazetteer {

    /** A known place under its canonical name. */
    public record Place(String name, double latitude, double longitude) {
    }

    private final Map<String, Place> byName;

    public Gazetteer() {
        this(Gazetteer.class.getResourceAsStream("/geo/cities.csv"));
    }

    Gazetteer(InputStream csv) {
        Map<String, Place> places = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                Place place = new Place(cells[0].strip(), Double.parseDouble(cells[1]), Double.parseDouble(cells[2]));
                places.put(key(place.name()), place);
                if (cells.length > 3) {
                    for (String alias : cells[3].split("\\|")) {
                        places.put(key(alias), place);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
        this.byName = Map.copyOf(places);
    }

    public Optional<Place> find(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(key(location)));
    }

    private static String key(String location) {
        int comma = location.indexOf(',');
        String city = comma >= 0 ? location.substring(0, comma) : location;
        return city.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
