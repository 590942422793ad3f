package org.alumniportal.gateway.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The address a request really comes from. {@code X-Forwarded-For} is believed only when the TCP peer is a
 * configured trusted proxy, and then only up to the first hop that is not one (walking from the right), so a
 * client cannot choose its own address by sending the header itself. IPv6 clients are keyed by their /64,
 * the block one subscriber usually holds.
 */
@Component
public class ClientAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    private final Pattern trustedProxies;

    public ClientAddress(EdgeProperties properties) {
        this.trustedProxies = properties.trustedProxies().isEmpty() ? null : Pattern.compile(properties.trustedProxies());
    }

    public String of(ServerHttpRequest request) {
        String peer = peer(request);
        if (!isTrusted(peer)) {
            return normalize(peer);
        }
        List<String> hops = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).trim();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return normalize(hop);
            }
        }
        return normalize(peer);
    }

    /** True when the TCP peer is a trusted proxy, so its {@code X-Forwarded-*} headers may be believed. */
    public boolean isFromTrustedProxy(ServerHttpRequest request) {
        return isTrusted(peer(request));
    }

    private boolean isTrusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }

    private static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        return address == null ? remote.getHostString() : address.getHostAddress();
    }

    static String normalize(String address) {
        // Only IPv6 literals reach InetAddress: a name there would cost a DNS look-up on the event loop.
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                for (int i = 8; i < 16; i++) {
                    bytes[i] = 0;
                }
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (Exception notALiteral) {
            return address;
        }
    }
}
