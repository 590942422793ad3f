package org.alumniportal.auth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void theLastWordBecomesTheLastName() {
        assertThat(PersonNames.split("  Ada   King Lovelace ")).containsExactly("Ada King", "Lovelace");
    }

    @Test
    void aOneWordNameStillFillsBothKeycloakFieldsAndReadsBackUnchanged() {
        String[] parts = PersonNames.split("Plato");
        assertThat(parts).containsExactly("Plato", PersonNames.NO_LAST_NAME);
        assertThat(PersonNames.join(parts[0], parts[1])).isEqualTo("Plato");
    }

    @Test
    void joinRestoresTheFullName() {
        String[] parts = PersonNames.split("Ada King Lovelace");
        assertThat(PersonNames.join(parts[0], parts[1])).isEqualTo("Ada King Lovelace");
        assertThat(PersonNames.join(null, null)).isEmpty();
    }

    @Test
    void aTokenNameOfAOneWordNameReadsWithoutTheMarker() {
        assertThat(PersonNames.fromTokenName("Plato -")).isEqualTo("Plato");
        assertThat(PersonNames.fromTokenName("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(PersonNames.fromTokenName(null)).isNull();
    }
}
