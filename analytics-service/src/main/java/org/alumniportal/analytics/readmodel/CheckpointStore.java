package org.alumniportal.analytics.readmodel;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The read models' checkpoints in analytics' own database: a {@link PopulationState} in {@link CheckpointCodec}'s
 * bytes, in chunks (a document holds at most 16 MB), and one head document naming the current chunks with the topic
 * offsets the state reflects and the projection version and byte format that made it. The head is written last and
 * in one write, so a crash while writing leaves the previous checkpoint in force; chunks no head names are removed
 * afterwards.
 */
@Component
class CheckpointStore {

    static final String HEADS = "read_model_checkpoints";
    static final String CHUNKS = "read_model_checkpoint_chunks";
    private static final String HEAD_ID = "population";
    private static final int CHUNK_BYTES = 4 * 1024 * 1024;

    /** What a restart resumes from: the state, the next offset to read per "topic#partition", and when. */
    record Checkpoint(PopulationState state, Map<String, Long> offsets, Instant takenAt, int version, long bytes) {
    }

    private final MongoTemplate mongo;

    CheckpointStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    long write(PopulationState state, Map<String, Long> offsets, int version, Instant takenAt) {
        byte[] bytes = CheckpointCodec.encode(state);
        String id = UUID.randomUUID().toString();
        int chunks = 0;
        for (int from = 0; from < bytes.length || chunks == 0; from += CHUNK_BYTES, chunks++) {
            byte[] part = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + CHUNK_BYTES));
            mongo.insert(new Document("_id", id + ":" + chunks).append("checkpoint", id).append("seq", chunks)
                    .append("data", new Binary(part)), CHUNKS);
        }
        // A list, not a map: topic names contain dots, which field names must not.
        List<Document> offsetDoc = new ArrayList<>();
        offsets.forEach((partition, next) -> offsetDoc.add(new Document("partition", partition).append("next", next)));
        mongo.save(new Document("_id", HEAD_ID).append("checkpoint", id).append("version", version)
                .append("format", CheckpointCodec.FORMAT)
                .append("chunks", chunks).append("bytes", (long) bytes.length).append("offsets", offsetDoc)
                .append("takenAt", java.util.Date.from(takenAt)), HEADS);
        mongo.remove(Query.query(Criteria.where("checkpoint").ne(id)), CHUNKS);
        return bytes.length;
    }

    /**
     * The current checkpoint, if any; one from another projection version or byte format is returned without its
     * state (the caller replays the topics). Heads written before the format existed held gzipped JSON: format 0.
     */
    Optional<Checkpoint> read() {
        Document head = mongo.findById(HEAD_ID, Document.class, HEADS);
        if (head == null) {
            return Optional.empty();
        }
        String id = head.getString("checkpoint");
        List<Document> parts = mongo.find(Query.query(Criteria.where("checkpoint").is(id)).with(Sort.by("seq")),
                Document.class, CHUNKS);
        if (parts.size() != head.getInteger("chunks")) {
            return Optional.empty();
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Document part : parts) {
            byte[] data = part.get("data", Binary.class).getData();
            all.write(data, 0, data.length);
        }
        Map<String, Long> offsets = new HashMap<>();
        head.getList("offsets", Document.class).forEach(o -> offsets.put(o.getString("partition"),
                o.get("next", Number.class).longValue()));
        int version = head.getInteger("version");
        boolean readable = version == Population.PROJECTION_VERSION
                && head.getInteger("format", 0) == CheckpointCodec.FORMAT;
        PopulationState state = readable ? CheckpointCodec.decode(all.toByteArray()) : null;
        return Optional.of(new Checkpoint(state, offsets, head.getDate("takenAt").toInstant(), version,
                head.get("bytes", Number.class).longValue()));
    }

    /** Forgets the checkpoint: the next start replays from offset 0 (a rebuild calls this). */
    void discard() {
        mongo.remove(Query.query(Criteria.where("_id").is(HEAD_ID)), HEADS);
        mongo.remove(new Query(), CHUNKS);
    }
}
