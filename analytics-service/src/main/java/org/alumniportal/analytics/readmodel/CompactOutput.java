package org.alumniportal.analytics.readmodel;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The writing half of {@link CheckpointCodec}: strings numbered on first use, counts in 7-bit groups. */
final class CompactOutput implements AutoCloseable {

    @FunctionalInterface
    interface Writer<T> {
        void write(CompactOutput out, T value) throws IOException;
    }

    private final DataOutputStream data;
    private final Map<String, Integer> known = new HashMap<>();

    CompactOutput(DataOutputStream data) {
        this.data = data;
    }

    <T> void map(Map<String, T> map, Writer<T> fields) throws IOException {
        count(map.size());
        for (Map.Entry<String, T> entry : map.entrySet()) {
            string(entry.getKey());
            fields.write(this, entry.getValue());
        }
    }

    /** 0 = null, 1 = a new string (its UTF-8 bytes follow), n ≥ 2 = the (n - 2)th string written before. */
    void string(String value) throws IOException {
        if (value == null) {
            count(0);
            return;
        }
        Integer index = known.get(value);
        if (index != null) {
            count(index + 2);
            return;
        }
        known.put(value, known.size());
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        count(1);
        count(utf8.length);
        data.write(utf8);
    }

    void strings(List<String> values) throws IOException {
        count(values.size());
        for (String value : values) {
            string(value);
        }
    }

    void instant(Instant value) throws IOException {
        data.writeBoolean(value != null);
        if (value != null) {
            data.writeLong(value.getEpochSecond());
            data.writeInt(value.getNano());
        }
    }

    void integer(Integer value) throws IOException {
        data.writeBoolean(value != null);
        if (value != null) {
            data.writeInt(value);
        }
    }

    void number(int value) throws IOException {
        data.writeInt(value);
    }

    void bool(boolean value) throws IOException {
        data.writeBoolean(value);
    }

    /** A non-negative int in 7-bit groups: most counts and string numbers take one to three bytes. */
    void count(int value) throws IOException {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            data.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        data.writeByte(rest);
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
