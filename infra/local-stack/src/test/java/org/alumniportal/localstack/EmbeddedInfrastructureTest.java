package org.alumniportal.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.alumniportal.localstack.mongo.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClients;

class EmbeddedInfrastructureTest {

    @Test
    void mongoKeepsDocumentsAcrossRestartOnTheSameDataFile(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0);
             var client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("profile").getCollection("profiles").insertOne(new Document("_id", "u1").append("name", "Ada"));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0);
             var client = MongoClients.create(mongo.connectionString())) {
            Document found = client.getDatabase("profile").getCollection("profiles").find(new Document("_id", "u1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Ada");
        }
    }
}
