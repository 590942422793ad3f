package org.alumniportal.analytics.readmodel;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reading half of {@link CheckpointCodec}; see {@link CompactOutput} for the layout of each value. */
final class CompactInput implements AutoCloseable {

    /** Arguments are evaluated left to right in Java, so a constructor call reads fields in the written order. */
    @FunctionalInterface
    interface Reader<T> {
        T read(CompactInput in) throws IOException;
    }

    private final DataInputStream data;
    private final List<String> known = new ArrayList<>();

    CompactInput(DataInputStream data) {
        this.data = data;
    }

    <T> Map<String, T> map(Reader<T> fields) throws IOException {
        int size = count();
        Map<String, T> map = new HashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
        for (int i = 0; i < size; i++) {
            map.put(string(), fields.read(this));
        }
        return map;
    }

    String string() throws IOException {
        int tag = count();
        if (tag == 0) {
            return null;
        }
        if (tag >= 2) {
            return known.get(tag - 2);
        }
        byte[] utf8 = new byte[count()];
        data.readFully(utf8);
        String value = new String(utf8, StandardCharsets.UTF_8);
        known.add(value);
        return value;
    }

    List<String> strings() throws IOException {
        int size = count();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(string());
        }
        return values;
    }

    Instant instant() throws IOException {
        return data.readBoolean() ? Instant.ofEpochSecond(data.readLong(), data.readInt()) : null;
    }

    Integer integer() throws IOException {
        return data.readBoolean() ? data.readInt() : null;
    }

    int number() throws IOException {
        return data.readInt();
    }

    boolean bool() throws IOException {
        return data.readBoolean();
    }

    int count() throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = data.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed count");
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
