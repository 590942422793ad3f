package org.alumniportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class PortalExceptionTest {

    @Test
    void typeIsASlugRenderedUnderTheProblemsBase() {
        PortalException ex = new PortalException(HttpStatus.CONFLICT, "email-taken", "Taken", "Exists.")
                .with("email", "a@b.c");

        assertThat(Problems.type(ex.type())).hasToString("https://alumni-portal.dev/problems/email-taken");
        assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ex.properties()).containsEntry("email", "a@b.c");
    }

    @Test
    void aTypeThatIsNotASlugIsRefusedAtOnce() {
        assertThatThrownBy(() -> new PortalException(HttpStatus.CONFLICT, "Email Taken", "Taken", "Exists."))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusWithoutOwnSlugGetsOneFromItsName() {
        assertThat(Problems.slugOf(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("service-unavailable");
        assertThat(Problems.slugOf(HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo("internal");
        assertThat(Problems.slugOf(HttpStatus.TOO_MANY_REQUESTS)).isEqualTo("too-many-requests");
    }
}
