package org.alumniportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TestJwts;
import org.alumniportal.platform.testapp.StarterTestApplication;
import org.alumniportal.platform.web.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jakarta.servlet.Filter;

/** A real service on a random port: what a client without, with a bad, or with a good token gets. */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WebSecurityIT extends PortalIntegrationTest {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    private RestTestClient http;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void requestWithoutTokenIs401ProblemWithBearerChallenge() {
        http.get().uri("/probe/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "unauthorized")
                .jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void expiredOrForgedTokenIs401() {
        http.get().uri("/probe/me").header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").expired().bearer())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "unauthorized");
        http.get().uri("/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void currentUserCarriesSubjectEmailRolesAndSession() {
        String bearer = TestJwts.bearer("user-42", "ada@example.edu", List.of("ALUMNI", "STUDENT"), "session-7");

        http.get().uri("/probe/me").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("user-42")
                .jsonPath("$.email").isEqualTo("ada@example.edu")
                .jsonPath("$.sessionId").isEqualTo("session-7")
                .jsonPath("$.roles").value((List<String> roles) -> assertThat(roles)
                        .containsExactlyInAnyOrder("ALUMNI", "STUDENT"));
    }

    @Test
    void tokenWithoutTheRoleIs403OnAnAdminEndpoint() {
        http.get().uri("/probe/admin")
                .header(HttpHeaders.AUTHORIZATION, TestJwts.user("student-1").roles("STUDENT").bearer())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "forbidden");
    }

    @Test
    void adminTokenReachesTheAdminEndpoint() {
        http.get().uri("/probe/admin")
                .header(HttpHeaders.AUTHORIZATION, TestJwts.user("admin-1").roles("ADMIN").bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.admin").isEqualTo("admin-1");
    }

    @Test
    void healthAndConfiguredPublicPathsNeedNoToken() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/probe/me']").exists();
        http.get().uri("/public/ping").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.pong").isEqualTo("true");
    }

    @Test
    void roleCheckOnAPublicPathWithoutTokenIs401Not403() {
        http.get().uri("/public/admin-only").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "unauthorized");
    }

    @Test
    void aPathTheFirewallRejectsIs400ProblemNot500() {
        // Spring Security's StrictHttpFirewall refuses path parameters and encoded dots (filter-bypass tricks);
        // the rejection reaches the error controller, which answers problem+json like everything else.
        http.get().uri(URI.create("http://127.0.0.1:" + port + "/probe/me;x=1"))
                .header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").bearer()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM);
        http.get().uri(URI.create("http://127.0.0.1:" + port + "/probe/%2e%2e/probe/me"))
                .header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").bearer()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM);
    }

    @Test
    void theFilterChainChecksRequestsWithThePortalFirewall(@Autowired HttpFirewall firewall,
            @Autowired @Qualifier("springSecurityFilterChain") Filter filterChain) {
        assertThat(firewall).isInstanceOf(StrictHttpFirewall.class);
        assertThat(filterChain).isInstanceOf(FilterChainProxy.class);
        // With Spring MVC the bean is a CompositeFilterChainProxy around the FilterChainProxy that checks requests.
        Object checking = filterChain.getClass().getSimpleName().equals("CompositeFilterChainProxy")
                ? ReflectionTestUtils.getField(filterChain, "springSecurityFilterChain") : filterChain;
        assertThat(ReflectionTestUtils.getField(checking, "firewall")).isSameAs(firewall);
    }

    @Test
    void unknownPathIs404Problem() {
        http.get().uri("/probe/nothing-here")
                .header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").bearer()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "not-found");
    }

    @Test
    void malformedJsonThroughTheRealServerIs400() {
        http.post().uri("/probe/people").header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\":").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "malformed-request");
    }

    @Test
    void validationErrorsThroughTheRealServerListFields() {
        http.post().uri("/probe/people").header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("{\"name\":\"\",\"email\":\"x\",\"age\":3}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value((List<String> fields) -> assertThat(fields)
                        .containsExactlyInAnyOrder("name", "email", "age"));
    }

    @Test
    void uploadOverTheLimitIs413Problem() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(new byte[2048]) {
            @Override
            public String getFilename() {
                return "big.bin";
            }
        });
        http.post().uri("/probe/upload").header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").bearer())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(PROBLEM)
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "payload-too-large");
    }

    @Test
    void theGatewaysTraceIsContinued() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        http.get().uri("/public/ping").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Trace-Id", traceId);
    }

    @Test
    void everyResponseCarriesATraceIdThatAlsoAppearsInTheLog(CapturedOutput output) {
        String unauthorized = http.get().uri("/probe/me").exchange()
                .expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Trace-Id");
        assertThat(unauthorized).matches("[0-9a-f]{16,32}");

        var failed = http.get().uri("/probe/boom").header(HttpHeaders.AUTHORIZATION, TestJwts.user("u1").bearer())
                .exchange()
                .expectStatus().is5xxServerError()
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "internal")
                .returnResult();
        String traceId = failed.getResponseHeaders().getFirst("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{16,32}").isNotEqualTo(unauthorized);
        assertThat(new String(failed.getResponseBodyContent())).contains("\"traceId\":\"" + traceId + "\"")
                .doesNotContain("secret");
        assertThat(output.getOut()).containsPattern("ERROR.*" + traceId + ".*500 on GET /probe/boom");
    }
}
