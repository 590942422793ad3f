package org.alumniportal.platform.test;

import org.alumniportal.localstack.kafka.EmbeddedKafkaBroker;
import org.alumniportal.localstack.mongo.EmbeddedMongo;

/** The default on a machine without Docker: in-memory MongoDB-compatible store, real KRaft broker. */
final class EmbeddedBackend implements PortalInfrastructure.Backend {

    private final EmbeddedMongo mongo;
    private final EmbeddedKafkaBroker kafka;
    private final String reason;

    private EmbeddedBackend(EmbeddedMongo mongo, EmbeddedKafkaBroker kafka, String reason) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.reason = reason;
    }

    static EmbeddedBackend start(String reason) {
        EmbeddedMongo mongo = EmbeddedMongo.inMemory();
        try {
            return new EmbeddedBackend(mongo, EmbeddedKafkaBroker.startTemporary(), reason);
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
    }

    @Override
    public String mongoUri() {
        return mongo.connectionString();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String description() {
        return reason + ": using embedded MongoDB-compatible store (" + mongo.connectionString()
                + ") and embedded Kafka broker (" + kafka.bootstrapServers() + ")";
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            mongo.close();
        }
    }
}
