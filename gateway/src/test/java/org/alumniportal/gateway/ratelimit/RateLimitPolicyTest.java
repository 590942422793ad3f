package org.alumniportal.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;

import org.alumniportal.gateway.web.ClientAddress;
import org.alumniportal.gateway.web.EdgeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class RateLimitPolicyTest {

    private final RateLimitPolicy policy = policy("");

    @Test
    void anAnonymousAuthEndpointCountsPerClientAddressAndEndpointAtTheAuthRate() {
        var limit = last(policy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/login"), "203.0.113.7"), null));

        assertThat(limit.key()).isEqualTo("auth:203.0.113.7:/api/auth/login");
        assertThat(limit.perMinute()).as("a campus behind one NAT").isEqualTo(300);
    }

    @Test
    void aVariantOfTheLoginPathStillCountsAsLogin() {
        var limit = last(policy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/login;x=1"), "203.0.113.7"), null));

        assertThat(limit.key()).isEqualTo("auth:203.0.113.7:/api/auth/login");
    }

    @Test
    void aClientCannotChooseItsAddressWithXForwardedFor() {
        var limit = last(policy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/login")
                .header("X-Forwarded-For", "198.51.100.1"), "203.0.113.7"), null));

        assertThat(limit.key()).isEqualTo("auth:203.0.113.7:/api/auth/login");
    }

    @Test
    void behindATrustedProxyTheForwardedClientAddressCounts() {
        RateLimitPolicy behindProxy = policy("10\\.0\\.0\\.\\d+");

        var limit = last(behindProxy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/login")
                .header("X-Forwarded-For", "198.51.100.66, 198.51.100.1, 10.0.0.3"), "10.0.0.2"), null));

        assertThat(limit.key()).isEqualTo("auth:198.51.100.1:/api/auth/login");
    }

    @Test
    void anAuthenticatedRequestCountsPerUserAtTheUserRate() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-42")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        var request = MockServerHttpRequest.get("/api/profiles/me")
                .remoteAddress(new InetSocketAddress("203.0.113.7", 40000)).build();
        var exchange = MockServerWebExchange.builder(request).principal(new JwtAuthenticationToken(jwt, List.of(), "user-42")).build();

        var limit = last(policy.limitsFor(exchange, null));

        assertThat(limit.key()).isEqualTo("user:user-42");
        assertThat(limit.perMinute()).isEqualTo(300);
    }

    @Test
    void otherOpenPathsCountPerClientAddressAtTheUserRate() {
        var limit = last(policy.limitsFor(exchange(MockServerHttpRequest.get("/api/health"), "203.0.113.7"), null));

        assertThat(limit.key()).isEqualTo("ip:203.0.113.7");
        assertThat(limit.perMinute()).isEqualTo(300);
    }

    @Test
    void aGetOfALoginPathIsNotTheAnonymousEndpoint() {
        var limit = last(policy.limitsFor(exchange(MockServerHttpRequest.get("/api/auth/login"), "203.0.113.7"), null));

        assertThat(limit.key()).isEqualTo("ip:203.0.113.7");
    }

    @Test
    void loginAlsoCountsPerAccountWhateverTheAddressAndTheCaseOfTheEmail() {
        String body = "{\"email\":\" Ada@Example.edu \",\"password\":\"x\"}";
        List<RateLimitPolicy.Limit> fromOne = policy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/login"),
                "203.0.113.7"), body).block();
        List<RateLimitPolicy.Limit> fromOther = policy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/login"),
                "198.51.100.9"), body.replace("Ada@", "ada@")).block();

        assertThat(fromOne).hasSize(2);
        assertThat(fromOne.get(0).key()).startsWith("login-account:").doesNotContain("ada");
        assertThat(fromOne.get(0).perMinute()).isEqualTo(10);
        assertThat(fromOther.get(0)).as("one account, one bucket").isEqualTo(fromOne.get(0));
        assertThat(fromOne.get(1).key()).isEqualTo("auth:203.0.113.7:/api/auth/login");
    }

    @Test
    void refreshCountsPerSessionOfTheRefreshToken() {
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sid\":\"session-7\",\"typ\":\"Refresh\"}".getBytes());
        String body = "{\"refreshToken\":\"eyJhbGciOiJIUzI1NiJ9." + payload + ".sig\"}";

        List<RateLimitPolicy.Limit> limits = policy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/refresh"),
                "203.0.113.7"), body).block();

        assertThat(limits).extracting(RateLimitPolicy.Limit::key)
                .containsExactly("refresh-session:session-7", "auth:203.0.113.7:/api/auth/refresh");
        assertThat(limits.get(0).perMinute()).isEqualTo(12);
    }

    @Test
    void aLoginWithoutAReadableBodyCountsPerAddressOnly() {
        assertThat(policy.limitsFor(exchange(MockServerHttpRequest.post("/api/auth/login"), "203.0.113.7"), "not json")
                .block()).extracting(RateLimitPolicy.Limit::key).containsExactly("auth:203.0.113.7:/api/auth/login");
    }

    private static RateLimitPolicy.Limit last(reactor.core.publisher.Mono<List<RateLimitPolicy.Limit>> limits) {
        List<RateLimitPolicy.Limit> all = limits.block();
        return all.get(all.size() - 1);
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request, String peer) {
        return MockServerWebExchange.from(request.remoteAddress(new InetSocketAddress(peer, 40000)));
    }

    private static RateLimitPolicy policy(String trustedProxies) {
        EdgeProperties edge = new EdgeProperties(null, trustedProxies, null, null, "default-src 'self'", "camera=()");
        return new RateLimitPolicy(new ClientAddress(edge), new RateLimitProperties(null, null, null, null, null, null));
    }
}
