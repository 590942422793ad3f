package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.alumniportal.e2e.client.auth.api.AccountApi;
import org.alumniportal.e2e.client.auth.model.Me;
import org.alumniportal.e2e.client.job.api.JobsApi;
import org.alumniportal.e2e.client.job.model.PageResponseJobCard;
import org.alumniportal.e2e.client.profile.api.AlumniIdCardApi;
import org.alumniportal.e2e.client.profile.api.MatchingApi;
import org.alumniportal.e2e.client.profile.api.ProfilesApi;
import org.alumniportal.e2e.client.profile.model.CardVerification;
import org.alumniportal.e2e.client.profile.model.ProfileRequest;
import org.alumniportal.e2e.client.profile.model.ProfileView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI documents as a contract: Java clients generated from them by openapi-generator (e2e/pom.xml, from
 * the snapshots in src/test/openapi) call the running stack through the gateway and read its answers, problems
 * included.
 */
@Order(4)
@ExtendWith(SharedStackExtension.class)
class GeneratedClientsE2EIT {

    private static String gatewayUrl;
    private static Accounts.User alumnus;

    @BeforeAll
    static void register(SharedStack stack) {
        gatewayUrl = stack.gatewayUrl();
        alumnus = stack.accounts().registerVerified("ALUMNI", "Gene Rated");
    }

    private static org.alumniportal.e2e.client.auth.ApiClient authClient() {
        org.alumniportal.e2e.client.auth.ApiClient client = new org.alumniportal.e2e.client.auth.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + alumnus.token()));
        return client;
    }

    private static org.alumniportal.e2e.client.profile.ApiClient profileClient(boolean signedIn) {
        org.alumniportal.e2e.client.profile.ApiClient client = new org.alumniportal.e2e.client.profile.ApiClient();
        client.updateBaseUri(gatewayUrl);
        if (signedIn) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + alumnus.token()));
        }
        return client;
    }

    private static org.alumniportal.e2e.client.job.ApiClient jobClient() {
        org.alumniportal.e2e.client.job.ApiClient client = new org.alumniportal.e2e.client.job.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + alumnus.token()));
        return client;
    }

    @Test
    void theGeneratedAuthClientReadsTheCallersAccount() throws Exception {
        Me me = new AccountApi(authClient()).me();

        assertThat(me.getUserId()).isEqualTo(alumnus.id());
        assertThat(me.getRoles()).contains("ALUMNI");
    }

    @Test
    void theGeneratedProfileClientCreatesAProfileReadsItAndSeesProblemsAsApiExceptions() throws Exception {
        ProfilesApi profiles = new ProfilesApi(profileClient(true));

        ProfileView created = profiles.create(new ProfileRequest().name("Gene Rated").headline("Generated client")
                .batchYear(2016));
        ProfileView mine = profiles.me();
        org.alumniportal.e2e.client.profile.ApiException noCard = catchThrowableOfType(
                org.alumniportal.e2e.client.profile.ApiException.class,
                () -> new AlumniIdCardApi(profileClient(true)).ofUser(alumnus.id()));
        CardVerification anonymous = new AlumniIdCardApi(profileClient(false)).verify("not-a-token");

        assertThat(created.getUserId()).isEqualTo(alumnus.id());
        assertThat(mine.getHeadline()).isEqualTo("Generated client");
        assertThat(noCard.getCode()).isEqualTo(404);
        assertThat(noCard.getResponseBody()).contains("https://alumni-portal.dev/problems/not-found");
        assertThat(anonymous.getStatus()).hasToString("INVALID");
        assertThat(new MatchingApi(profileClient(true)).recommend(5).getItems()).isNotNull();
    }

    @Test
    void theGeneratedJobClientListsJobsAsAPage() throws Exception {
        PageResponseJobCard page = new JobsApi(jobClient()).callList(null, null, null, null, null, null, 0, 5);

        assertThat(page.getPage()).isZero();
        assertThat(page.getSize()).isEqualTo(5);
        assertThat(page.getItems()).isNotNull();
    }
}
