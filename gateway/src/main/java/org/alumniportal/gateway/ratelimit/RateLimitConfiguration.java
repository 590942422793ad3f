package org.alumniportal.gateway.ratelimit;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;
import reactor.core.publisher.Mono;

/** Shared buckets (an embedded Hazelcast member) unless the cluster is turned off; then buckets in this process. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class RateLimitConfiguration {

    private static final String ENABLED = "portal.gateway.rate-limit.cluster.enabled";

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty(name = ENABLED, havingValue = "true", matchIfMissing = true)
    HazelcastInstance rateLimitCluster(ClusterProperties cluster) {
        return Hazelcast.newHazelcastInstance(config(cluster));
    }

    @Bean
    @ConditionalOnProperty(name = ENABLED, havingValue = "true", matchIfMissing = true)
    Limiter sharedLimiter(HazelcastInstance rateLimitCluster, RateLimitProperties properties) {
        return new SharedLimiter(rateLimitCluster, properties.maxBuckets());
    }

    @Bean
    @ConditionalOnProperty(name = ENABLED, havingValue = "false")
    Limiter localLimiter(RateLimitProperties properties) {
        RateLimiter limiter = new RateLimiter(properties.maxBuckets(), TimeMeter.SYSTEM_MILLISECONDS);
        return (key, perMinute) -> Mono.fromSupplier(() -> limiter.tryConsume(key, perMinute));
    }

    static Config config(ClusterProperties cluster) {
        Config config = new Config();
        config.setClusterName(cluster.name());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface(cluster.interfaceAddress());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        // Every member of a cluster must join the same way: Kubernetes DNS there, TCP/IP (listed members, or
        // none for a cluster of one) everywhere else.
        if (!cluster.kubernetesServiceDns().isBlank()) {
            join.getKubernetesConfig().setEnabled(true).setProperty("service-dns", cluster.kubernetesServiceDns());
        } else {
            join.getTcpIpConfig().setEnabled(true).setMembers(Arrays.stream(cluster.members().split(","))
                    .map(String::trim).filter(member -> !member.isEmpty()).toList());
        }
        // One backup: a replica that goes away does not take its share of the buckets with it.
        config.addMapConfig(new MapConfig(SharedLimiter.MAP).setBackupCount(1));
        // Bucket4j's entry processors travel between members in its own compact format.
        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), 1000);
        return config;
    }
}
