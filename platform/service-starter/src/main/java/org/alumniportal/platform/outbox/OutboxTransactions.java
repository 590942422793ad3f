package org.alumniportal.platform.outbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Whether the connected server has multi-document transactions, and the template that uses them. */
final class OutboxTransactions {

    private static final Logger log = LoggerFactory.getLogger(OutboxTransactions.class);

    private OutboxTransactions() {
    }

    /**
     * Replica-set members answer {@code hello} with a {@code setName}, a mongos with {@code msg: isdbgrid}; a
     * standalone server and the embedded store with neither, and those have no transactions.
     */
    static boolean supported(MongoTemplate mongo) {
        try {
            Document hello = mongo.executeCommand(new Document("hello", 1));
            return hello.get("setName") != null || "isdbgrid".equals(hello.get("msg"));
        } catch (RuntimeException e) {
            log.debug("hello not answered, so no transactions: {}", e.toString());
            return false;
        }
    }

    /** A template over a transaction manager of its own, or null where the server has no transactions. */
    static TransactionTemplate template(MongoTemplate mongo, OutboxProperties properties) {
        boolean on = properties.transactions() == OutboxProperties.Transactions.AUTO && supported(mongo);
        MongoDatabaseFactory factory = on ? mongo.getMongoDatabaseFactory() : null;
        log.info("Outbox writes: {}", on ? "state change and events in one MongoDB transaction"
                : "events staged before the state change (no transactions on this server)");
        return factory != null ? new TransactionTemplate(new MongoTransactionManager(factory)) : null;
    }
}
