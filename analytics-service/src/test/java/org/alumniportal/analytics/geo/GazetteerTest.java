package org.alumniportal.analytics.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = new Gazetteer();

    @Test
    void findsACityWhateverTheCaseAndACountryAfterAComma() {
        assertThat(gazetteer.find(" pune, India ")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Pune");
            assertThat(p.latitude()).isEqualTo(18.5204);
            assertThat(p.longitude()).isEqualTo(73.8567);
        });
    }

    @Test
    void knowsOldNamesAsAliases() {
        assertThat(gazetteer.find("Bangalore")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Bengaluru"));
        assertThat(gazetteer.find("NYC")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("New York"));
    }

    @Test
    void anUnknownOrBlankPlaceHasNoCoordinates() {
        assertThat(gazetteer.find("Atlantis")).isEmpty();
        assertThat(gazetteer.find(" ")).isEmpty();
        assertThat(gazetteer.find(null)).isEmpty();
    }
}
