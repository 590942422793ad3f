package org.alumniportal.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Hazelcast member each gateway runs so that every replica draws from the same buckets. Nothing
 * joins by multicast: members come from {@code members} (host[:port], comma-separated) or, in Kubernetes, from
 * the headless service {@code kubernetesServiceDns}; with neither, the gateway is a cluster of one.
 *
 * @param enabled false keeps the buckets in this process only (one replica, or a test that wants that)
 * @param interfaceAddress the address (pattern such as {@code 10.*.*.*} allowed) the member binds to and announces
 */
@ConfigurationProperties("portal.gateway.rate-limit.cluster")
record ClusterProperties(@DefaultValue("true") boolean enabled, @DefaultValue("portal-gateway") String name,
        @DefaultValue("") String members, @DefaultValue("") String kubernetesServiceDns,
        @DefaultValue("127.0.0.1") String interfaceAddress, @DefaultValue("5701") int port) {
}
