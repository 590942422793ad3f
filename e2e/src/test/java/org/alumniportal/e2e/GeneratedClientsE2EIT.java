package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.alumniportal.e2e.client.auth.api.AccountApi;
import org.alumniportal.e2e.client.auth.api.ApiKeysAdminApi;
import org.alumniportal.e2e.client.auth.api.UsersAdminApi;
import org.alumniportal.e2e.client.auth.model.Me;
import org.alumniportal.e2e.client.auth.model.PageResponseApiKeySummary;
import org.alumniportal.e2e.client.auth.model.PageResponseUserSummary;
import org.alumniportal.e2e.client.job.api.JobsApi;
import org.alumniportal.e2e.client.job.api.RecruiterDashboardApi;
import org.alumniportal.e2e.client.job.model.PageResponseJobAnalytics;
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
    private static Accounts.User admin;

    @BeforeAll
    static void register(SharedStack stack) {
        gatewayUrl = stack.gatewayUrl();
        alumnus = stack.accounts().registerVerified("ALUMNI", "Gene Rated");
        admin = stack.accounts().admin();
    }

    private static org.alumniportal.e2e.client.auth.ApiClient authClient() {
        return authClient(alumnus);
    }

    private static org.alumniportal.e2e.client.auth.ApiClient authClient(Accounts.User user) {
        org.alumniportal.e2e.client.auth.ApiClient client = new org.alumniportal.e2e.client.auth.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + user.token()));
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

    /** The one page shape and paging policy, read through the generated models of two services. */
    @Test
    void theGeneratedClientsReadOnePageShapeWithOnePagingPolicy() throws Exception {
        JobsApi jobs = new JobsApi(jobClient());
        PageResponseJobCard capped = jobs.callList(null, null, null, null, null, null, 0, 1000);
        org.alumniportal.e2e.client.job.ApiException negative = catchThrowableOfType(
                org.alumniportal.e2e.client.job.ApiException.class,
                () -> jobs.callList(null, null, null, null, null, null, -1, 20));
        PageResponseJobAnalytics perJob = new RecruiterDashboardApi(jobClient()).analytics(0, 5).getPerJob();
        PageResponseUserSummary users = new UsersAdminApi(authClient(admin)).list1(null, null, null, null, 0, 1000);
        PageResponseApiKeySummary keys = new ApiKeysAdminApi(authClient(admin)).callList(0, 5);

        assertThat(capped.getSize()).isEqualTo(100);
        assertThat(negative.getCode()).isEqualTo(400);
        assertThat(negative.getResponseBody()).contains("https://alumni-portal.dev/problems/validation")
                .contains("\"field\":\"page\"");
        assertThat(perJob.getPage()).isZero();
        assertThat(perJob.getSize()).isEqualTo(5);
        assertThat(users.getSize()).isEqualTo(100);
        assertThat(users.getTotalElements()).isPositive();
        assertThat(users.getItems()).isNotEmpty();
        assertThat(keys.getPage()).isZero();
        assertThat(keys.getSize()).isEqualTo(5);
    }
}
