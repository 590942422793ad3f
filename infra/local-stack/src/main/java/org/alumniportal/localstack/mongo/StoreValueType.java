package org.alumniportal.localstack.mongo;

import java.nio.ByteBuffer;
import java.util.ConcurrentModificationException;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * H2's {@link ObjectDataType} writing mongo-java-server's own classes (documents, index keys, object ids) as BSON
 * instead of Java serialization. The stock H2 backend stores them with {@code ObjectOutputStream}: every commit
 * re-serialized each changed B-tree page that way and every page read from disk deserialized it, which was a third
 * of the embedded store's CPU on the local stack.
 *
 * <p>Each value written here starts with a tag that H2 does not use, so a store holds both forms: pages written
 * before are still read by H2's own code, and are rewritten in this form when they change. A store written with
 * these tags can no longer be opened by the stock backend.
 */
class StoreValueType extends ObjectDataType {

    // H2's ObjectDataType tags end at 119 (byte arrays of 0-15 bytes); these follow.
    static final byte DOCUMENT = 120;
    static final byte KEY_VALUE = 121;
    static final byte OBJECT_ID = 122;
    /** Inside a key: the indexed field is absent (BSON type bytes are never 0). */
    private static final byte MISSING = 0;
    private static final int OBJECT_ID_BYTES = 12;
    private static final int MAX_ENCODE_ATTEMPTS = 1_000;

    /** The last documents' mean BSON size, for H2's page and cache accounting. */
    private volatile int averageDocumentBytes = 256;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        byte[] bytes = null;
        if (obj instanceof Document document) {
            bytes = encodeDocument(document);
        } else if (obj instanceof KeyValue key) {
            bytes = encodeKey(key);
        } else if (obj instanceof ObjectId id) {
            bytes = id.toByteArray();
        }
        if (bytes == null) {
            super.write(buff, obj);
        } else if (obj instanceof ObjectId) {
            buff.put(OBJECT_ID).put(bytes);
        } else {
            buff.put(obj instanceof Document ? DOCUMENT : KEY_VALUE).putVarInt(bytes.length).put(bytes);
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        byte tag = buff.get(buff.position());
        if (tag != DOCUMENT && tag != KEY_VALUE && tag != OBJECT_ID) {
            return super.read(buff);
        }
        buff.get();
        if (tag == OBJECT_ID) {
            byte[] id = new byte[OBJECT_ID_BYTES];
            buff.get(id);
            return new ObjectId(id);
        }
        int length = DataUtils.readVarInt(buff);
        ByteBuf bson = Unpooled.wrappedBuffer(buff.slice(buff.position(), length));
        buff.position(buff.position() + length);
        return tag == DOCUMENT ? BsonDecoder.decodeBson(bson) : decodeKey(bson);
    }

    @Override
    public int getMemory(Object obj) {
        if (obj instanceof Document) {
            // a decoded document takes several times its BSON size on the heap
            return 4 * averageDocumentBytes;
        } else if (obj instanceof KeyValue key) {
            return 48 + 48 * key.size();
        } else if (obj instanceof ObjectId) {
            return 48;
        }
        return super.getMemory(obj);
    }

    /**
     * mongo-java-server updates a stored document in place (its fields removed and put back) before it stores it
     * again, while the store's background writer may be writing the same instance: a write that saw it change
     * starts over. What it then writes is at worst an in-between state that the update's own put replaces at the
     * next commit, as with H2's Java serialization.
     *
     * @return the BSON bytes, or null when the document holds a value BSON cannot carry (H2 serializes it then)
     */
    private byte[] encodeDocument(Document document) {
        ByteBuf out = Unpooled.buffer(averageDocumentBytes + 64);
        for (int attempt = 1;; attempt++) {
            try {
                BsonEncoder.encodeDocument(document, out);
                break;
            } catch (IllegalArgumentException notBson) {
                return null;
            } catch (ConcurrentModificationException changedMeanwhile) {
                if (attempt == MAX_ENCODE_ATTEMPTS) {
                    throw changedMeanwhile;
                }
                out.clear();
                Thread.onSpinWait();
            }
        }
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        averageDocumentBytes = (bytes.length + 15 * averageDocumentBytes) / 16;
        return bytes;
    }

    private static byte[] encodeKey(KeyValue key) {
        if (key.size() > 255) {
            return null;
        }
        ByteBuf out = Unpooled.buffer(16 * key.size() + 8);
        out.writeByte(key.size());
        for (Object value : key) {
            if (value instanceof Missing) {
                out.writeByte(MISSING);
                continue;
            }
            byte type;
            try {
                type = BsonEncoder.determineType(value);
                out.writeByte(type);
                BsonEncoder.encodeValue(type, value, out);
            } catch (IllegalArgumentException | ClassCastException notBson) {
                return null;
            }
        }
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }

    private static KeyValue decodeKey(ByteBuf in) {
        int size = in.readUnsignedByte();
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            byte type = in.readByte();
            values[i] = type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, in);
        }
        return new KeyValue(values);
    }
}
