package org.alumniportal.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Two gateway replicas, each with its embedded member, joined as Kubernetes would join them (here by address):
 * a bucket is one bucket across both, so the limit holds for the sum of their traffic, not for each.
 */
class SharedLimiterIT {

    private static HazelcastInstance first;
    private static HazelcastInstance second;

    @BeforeAll
    static void twoReplicas() {
        String cluster = "rate-limit-it-" + UUID.randomUUID();
        first = Hazelcast.newHazelcastInstance(RateLimitConfiguration.config(
                new ClusterProperties(true, cluster, "", "", "127.0.0.1", 15701)));
        int firstPort = first.getCluster().getLocalMember().getAddress().getPort();
        second = Hazelcast.newHazelcastInstance(RateLimitConfiguration.config(
                new ClusterProperties(true, cluster, "127.0.0.1:" + firstPort, "", "127.0.0.1", 15701)));
        assertThat(second.getCluster().getMembers()).as("the replicas formed one cluster").hasSize(2);
    }

    @AfterAll
    static void stop() {
        second.shutdown();
        first.shutdown();
    }

    @Test
    void twoReplicasDrawFromTheSameBucket() {
        Limiter replicaA = new SharedLimiter(first);
        Limiter replicaB = new SharedLimiter(second);
        String key = "login-account:" + UUID.randomUUID();

        for (int i = 0; i < 5; i++) {
            assertThat(replicaA.tryConsume(key, 10).block().allowed()).as("A, request %d", i + 1).isTrue();
            assertThat(replicaB.tryConsume(key, 10).block().allowed()).as("B, request %d", i + 1).isTrue();
        }

        RateLimiter.Decision eleventhOnA = replicaA.tryConsume(key, 10).block();
        RateLimiter.Decision eleventhOnB = replicaB.tryConsume(key, 10).block();
        assertThat(eleventhOnA.allowed()).as("10 per minute in all, not 10 per replica").isFalse();
        assertThat(eleventhOnB.allowed()).isFalse();
        assertThat(eleventhOnA.retryAfterSeconds()).isBetween(1L, 6L);
    }

    /**
     * A budget hit on every request (per user, 300 a minute) is counted locally between settlements: the two
     * replicas together still stop near it, overshooting by at most each replica's unsettled share.
     */
    @Test
    void aLargeBudgetIsSharedWithinItsUnsettledShare() {
        Limiter replicaA = new SharedLimiter(first);
        Limiter replicaB = new SharedLimiter(second);
        String key = "user:" + UUID.randomUUID();
        int perMinute = 300;
        int allowed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 400; i++) {
            Limiter replica = i % 2 == 0 ? replicaA : replicaB;
            if (replica.tryConsume(key, perMinute).block().allowed()) {
                allowed++;
            }
        }
        // The bucket refills evenly (5 a second) while the loop runs.
        int refilled = (int) Math.ceil((System.nanoTime() - start) / 1e9 * perMinute / 60);
        long share = SharedLimiter.unsettledTokens(perMinute);
        assertThat(share).isEqualTo(6);
        assertThat(allowed).as("requests allowed by both replicas together")
                .isBetween(perMinute - 2 * (int) share, perMinute + refilled + 2 * (int) share);
    }

    @Test
    void otherKeysAreOtherBuckets() {
        Limiter replicaA = new SharedLimiter(first);
        String key = "auth:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            replicaA.tryConsume(key, 3).block();
        }
        assertThat(replicaA.tryConsume(key, 3).block().allowed()).isFalse();
        assertThat(new SharedLimiter(second).tryConsume(key + "-other", 3).block().remaining()).isEqualTo(2);
    }
}
