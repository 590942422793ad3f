package org.alumniportal.localstack.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alumniportal.localstack.FreePorts;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-compatible server bound to 127.0.0.1. With a data file it persists across restarts (H2
 * MVStore); without one it keeps everything in memory, which is what tests want. It has no transactions and
 * only uses {@code _id} and unique indexes, see STACK-NOTES.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** @param dataFile the H2 file to persist to, or {@code null} for an in-memory store */
    public static EmbeddedMongo start(Path dataFile, int port) {
        MongoBackend backend;
        if (dataFile == null) {
            backend = new MemoryBackend();
        } else {
            try {
                Files.createDirectories(dataFile.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            backend = IndexedH2Backend.open(dataFile.toAbsolutePath());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", FreePorts.orFree(port));
        return new EmbeddedMongo(server, server.getLocalAddress());
    }

    public static EmbeddedMongo inMemory() {
        return start(null, 0);
    }

    public int port() {
        return address.getPort();
    }

    /** A connection string without a database; each service names its own database. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    public String connectionString(String database) {
        return connectionString() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
