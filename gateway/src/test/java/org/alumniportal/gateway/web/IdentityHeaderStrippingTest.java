package org.alumniportal.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdentityHeaderStrippingTest {

    private final IdentityHeaderStripping stripping = new IdentityHeaderStripping(
            new EdgeProperties(null, null, null, List.of("X-User-*", "X-Remote-User"), "default-src 'self'", "camera=()"));

    @Test
    void identityHeadersAreStrippedWhateverTheirCase() {
        assertThat(stripping.isStripped("X-User-Id")).isTrue();
        assertThat(stripping.isStripped("x-user-roles")).isTrue();
        assertThat(stripping.isStripped("X-REMOTE-USER")).isTrue();
    }

    @Test
    void ordinaryHeadersPass() {
        assertThat(stripping.isStripped("Authorization")).isFalse();
        assertThat(stripping.isStripped("X-Request-Id")).isFalse();
        assertThat(stripping.isStripped("X-User")).isFalse();
    }
}
