package org.alumniportal.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

class StoreValueTypeTest {

    private final StoreValueType type = new StoreValueType();

    @Test
    void aDocumentChangedWhileItIsWrittenIsWrittenAgainAsItIsThen() {
        Document document = new Document("_id", "d1");
        // Writing this field changes the document the way an update in place does (a field removed, one added).
        document.put("tags", new LinkedHashSet<>(List.of("a")) {
            private boolean changed;

            @Override
            public Object[] toArray() {
                if (!changed) {
                    changed = true;
                    document.remove("stale");
                    document.put("fresh", 1);
                }
                return super.toArray();
            }
        });
        document.put("stale", true);

        Object read = roundTrip(document);

        assertThat(read).isInstanceOf(Document.class);
        assertThat(((Document) read).keySet()).containsExactly("_id", "tags", "fresh");
        assertThat(((Document) read).get("tags")).isEqualTo(List.of("a"));
    }

    @Test
    void keysWithAbsentFieldsObjectIdsAndH2sOwnValuesComeBackAsTheyWere() {
        ObjectId id = new ObjectId();
        assertThat(roundTrip(new KeyValue("x", 2.0, Missing.getInstance()))).isEqualTo(
                new KeyValue("x", 2.0, Missing.getInstance()));
        assertThat(roundTrip(id)).isEqualTo(id);
        assertThat(roundTrip("plain")).isEqualTo("plain");
        assertThat(roundTrip(42L)).isEqualTo(42L);
    }

    private Object roundTrip(Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        Object read = type.read(written);
        assertThat(written.hasRemaining()).as("every written byte read back").isFalse();
        return read;
    }
}
