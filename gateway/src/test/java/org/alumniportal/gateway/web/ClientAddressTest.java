package org.alumniportal.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

    private final ClientAddress direct = new ClientAddress(edge(""));
    private final ClientAddress behindIngress = new ClientAddress(edge("10\\.0\\.\\d+\\.\\d+"));

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        assertThat(direct.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(direct.isFromTrustedProxy(request("203.0.113.7", null))).isFalse();
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(behindIngress.of(request("10.0.0.5", "198.51.100.66, 198.51.100.1, 10.0.3.4")))
                .isEqualTo("198.51.100.1");
        assertThat(behindIngress.isFromTrustedProxy(request("10.0.0.5", null))).isTrue();
    }

    @Test
    void anUntrustedPeerCannotPassItselfOffAsTheProxy() {
        assertThat(behindIngress.of(request("203.0.113.7", "10.0.0.5"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedPeerWithoutTheHeaderIsItselfTheClient() {
        assertThat(behindIngress.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6ClientsAreKeyedByTheirSlash64() {
        assertThat(direct.of(request("2001:db8:1:2:aaaa:bbbb:cccc:dddd", null)))
                .isEqualTo(direct.of(request("2001:db8:1:2:1:2:3:4", null)))
                .endsWith("/64");
        assertThat(ClientAddress.normalize("not-an-address")).isEqualTo("not-an-address");
    }

    private static MockServerHttpRequest request(String peer, String forwardedFor) {
        var builder = MockServerHttpRequest.get("/api/auth/login").remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return builder.build();
    }

    static EdgeProperties edge(String trustedProxies) {
        return new EdgeProperties(null, trustedProxies, null, null, "default-src 'self'", "camera=()");
    }
}
