package org.alumniportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.alumniportal.platform.test.ServiceBasicsContract;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

class NotificationServiceIT extends ServiceBasicsContract {

    NotificationServiceIT() {
        super("/api/notifications", "notification");
    }

    @Test
    void anAuthenticatedCallToAPathNotBuiltYetIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/notifications", TestJwts.user("user-1").roles("ALUMNI").bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
