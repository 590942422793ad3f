package org.alumniportal.community.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alumniportal.platform.web.PortalException;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void pathSegmentsInAnyCaseAndPluralNameTheType() {
        assertThat(ContentType.parse("post")).isEqualTo(ContentType.POST);
        assertThat(ContentType.parse("Comments")).isEqualTo(ContentType.COMMENT);
        assertThat(ContentType.parse("CAPSULE")).isEqualTo(ContentType.CAPSULE);
        assertThat(ContentType.parse("events")).isEqualTo(ContentType.EVENT);
    }

    @Test
    void anythingElseIsABadRequestProblem() {
        assertThatThrownBy(() -> ContentType.parse("poem")).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.type()).isEqualTo("validation"));
    }
}
