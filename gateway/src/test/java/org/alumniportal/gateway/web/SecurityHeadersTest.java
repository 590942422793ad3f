package org.alumniportal.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class SecurityHeadersTest {

    private final EdgeProperties edge = ClientAddressTest.edge("10\\.0\\.\\d+\\.\\d+");
    private final SecurityHeaders headers = new SecurityHeaders(edge, new ClientAddress(edge));

    @Test
    void httpsBehindATrustedProxyGetsHsts() {
        assertThat(headers.isHttps(request("10.0.0.5", "https"))).isTrue();
    }

    @Test
    void aClientClaimingHttpsItselfDoesNot() {
        assertThat(headers.isHttps(request("203.0.113.7", "https"))).isFalse();
        assertThat(headers.isHttps(request("10.0.0.5", "http"))).isFalse();
        assertThat(headers.isHttps(request("10.0.0.5", null))).isFalse();
    }

    @Test
    void aDirectHttpsRequestGetsHsts() {
        assertThat(headers.isHttps(MockServerHttpRequest.get("https://api.example/api/health")
                .remoteAddress(new InetSocketAddress("203.0.113.7", 40000)).build())).isTrue();
    }

    private static MockServerHttpRequest request(String peer, String forwardedProto) {
        var builder = MockServerHttpRequest.get("/api/health").remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedProto != null) {
            builder.header("X-Forwarded-Proto", forwardedProto);
        }
        return builder.build();
    }
}
