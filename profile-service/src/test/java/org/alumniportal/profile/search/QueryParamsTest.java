package org.alumniportal.profile.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;

class QueryParamsTest {

    @Test
    void everyBadParameterIsReportedAsAFieldError() {
        QueryParams params = new QueryParams();
        params.batchYear("twenty");
        params.flag("verifiedOnly", "yes");
        int page = params.page("-1");
        int size = params.size("0");

        assertThatThrownBy(() -> params.validate(page, size)).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.type()).isEqualTo(Problems.VALIDATION);
            @SuppressWarnings("unchecked")
            List<Problems.FieldError> errors = (List<Problems.FieldError>) e.properties().get("errors");
            assertThat(errors).extracting(Problems.FieldError::field)
                    .containsExactly("batchYear", "verifiedOnly", "page", "size");
        });
    }

    @Test
    void pageSizesAboveTheCapAreReducedNotRefused() {
        QueryParams params = new QueryParams();

        assertThat(params.size("500")).isEqualTo(100);
        assertThat(params.size(null)).isEqualTo(20);
        params.validate(0, 50);
    }

    @Test
    void pagingPastTheResultWindowIsRefused() {
        QueryParams params = new QueryParams();

        assertThatThrownBy(() -> params.validate(200, 50)).isInstanceOf(PortalException.class);
        new QueryParams().validate(199, 50);
    }

    @Test
    void skillListsSplitOnCommasAndRepeats() {
        assertThat(QueryParams.list(List.of("Java, Kafka", "SQL", " "))).containsExactly("Java", "Kafka", "SQL");
    }
}
