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
        var limit = policy.limitFor(exchange(MockServerHttpRequest.post("/api/auth/login"), "203.0.113.7")).block();

        assertThat(limit.key()).isEqualTo("auth:203.0.113.7:/api/auth/login");
        assertThat(limit.perMinute()).isEqualTo(10);
    }

    @Test
    void aVariantOfTheLoginPathStillCountsAsLogin() {
        var limit = policy.limitFor(exchange(MockServerHttpRequest.post("/api/auth/login;x=1"), "203.0.113.7")).block();

        assertThat(limit.key()).isEqualTo("auth:203.0.113.7:/api/auth/login");
    }

    @Test
    void aClientCannotChooseItsAddressWithXForwardedFor() {
        var limit = policy.limitFor(exchange(MockServerHttpRequest.post("/api/auth/login")
                .header("X-Forwarded-For", "198.51.100.1"), "203.0.113.7")).block();

        assertThat(limit.key()).isEqualTo("auth:203.0.113.7:/api/auth/login");
    }

    @Test
    void behindATrustedProxyTheForwardedClientAddressCounts() {
        RateLimitPolicy behindProxy = policy("10\\.0\\.0\\.\\d+");

        var limit = behindProxy.limitFor(exchange(MockServerHttpRequest.post("/api/auth/login")
                .header("X-Forwarded-For", "198.51.100.66, 198.51.100.1, 10.0.0.3"), "10.0.0.2")).block();

        assertThat(limit.key()).isEqualTo("auth:198.51.100.1:/api/auth/login");
    }

    @Test
    void anAuthenticatedRequestCountsPerUserAtTheUserRate() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-42")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        var request = MockServerHttpRequest.get("/api/profiles/me")
                .remoteAddress(new InetSocketAddress("203.0.113.7", 40000)).build();
        var exchange = MockServerWebExchange.builder(request).principal(new JwtAuthenticationToken(jwt, List.of(), "user-42")).build();

        var limit = policy.limitFor(exchange).block();

        assertThat(limit.key()).isEqualTo("user:user-42");
        assertThat(limit.perMinute()).isEqualTo(300);
    }

    @Test
    void otherOpenPathsCountPerClientAddressAtTheUserRate() {
        var limit = policy.limitFor(exchange(MockServerHttpRequest.get("/api/health"), "203.0.113.7")).block();

        assertThat(limit.key()).isEqualTo("ip:203.0.113.7");
        assertThat(limit.perMinute()).isEqualTo(300);
    }

    @Test
    void aGetOfALoginPathIsNotTheAnonymousEndpoint() {
        var limit = policy.limitFor(exchange(MockServerHttpRequest.get("/api/auth/login"), "203.0.113.7")).block();

        assertThat(limit.key()).isEqualTo("ip:203.0.113.7");
    }

    private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request, String peer) {
        return MockServerWebExchange.from(request.remoteAddress(new InetSocketAddress(peer, 40000)));
    }

    private static RateLimitPolicy policy(String trustedProxies) {
        EdgeProperties edge = new EdgeProperties(null, trustedProxies, null, null, "default-src 'self'", "camera=()");
        return new RateLimitPolicy(new ClientAddress(edge), new RateLimitProperties(null, null, null, null));
    }
}
