package org.alumniportal.platform.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real MongoDB and Kafka images where a Docker engine exists. Only loaded after checking that Testcontainers
 * is on the classpath, so services without it still run on the embedded backend.
 */
final class ContainerBackend implements PortalInfrastructure.Backend {

    static final String MONGO_IMAGE = System.getProperty("portal.it.mongo-image", "mongo:7");
    static final String KAFKA_IMAGE = System.getProperty("portal.it.kafka-image", "apache/kafka:4.1.2");

    private final MongoDBContainer mongo;
    private final KafkaContainer kafka;

    private ContainerBackend(MongoDBContainer mongo, KafkaContainer kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerBackend start() {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        try {
            mongo.start();
            kafka.start();
        } catch (RuntimeException e) {
            kafka.stop();
            mongo.stop();
            throw e;
        }
        return new ContainerBackend(mongo, kafka);
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String description() {
        return "Docker found: using Testcontainers " + MONGO_IMAGE + " and " + KAFKA_IMAGE;
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            mongo.stop();
        }
    }
}
