package org.alumniportal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One transaction for a state change and its events wherever the server has them, staged writes elsewhere. */
class OutboxTransactionsTest {

    private static MongoTemplate answering(Document hello) {
        MongoTemplate mongo = mock(MongoTemplate.class);
        when(mongo.executeCommand(any(Document.class))).thenReturn(hello);
        when(mongo.getMongoDatabaseFactory()).thenReturn(mock(MongoDatabaseFactory.class));
        return mongo;
    }

    private static OutboxProperties properties(OutboxProperties.Transactions transactions) {
        return new OutboxProperties(true, Duration.ofMillis(500), Duration.ofSeconds(15), 100, Duration.ofHours(1), 5,
                Duration.ofMinutes(1), Duration.ofMinutes(1), transactions);
    }

    @Test
    void aReplicaSetMemberOrAMongosGetsTransactions() {
        assertThat(OutboxTransactions.supported(answering(new Document("setName", "rs0")))).isTrue();
        assertThat(OutboxTransactions.supported(answering(new Document("msg", "isdbgrid")))).isTrue();
        assertThat(OutboxTransactions.template(answering(new Document("setName", "rs0")),
                properties(OutboxProperties.Transactions.AUTO))).isNotNull();
    }

    @Test
    void aStandaloneServerTheEmbeddedStoreOrNeverGetStagedWrites() {
        assertThat(OutboxTransactions.supported(answering(new Document("isWritablePrimary", true)))).isFalse();
        MongoTemplate failing = mock(MongoTemplate.class);
        when(failing.executeCommand(any(Document.class))).thenThrow(new IllegalStateException("no such command"));
        assertThat(OutboxTransactions.supported(failing)).isFalse();
        assertThat(OutboxTransactions.template(answering(new Document("setName", "rs0")),
                properties(OutboxProperties.Transactions.NEVER))).isNull();
    }
}
