package org.alumniportal.localstack.mongo;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * The key type of the H2 backend's unique indexes: H2's own {@link ObjectDataType}, which writes and reads the same
 * bytes, but orders mongo-java-server's {@link KeyValue} keys by their values. {@code KeyValue} is not
 * {@code Comparable}, so {@code ObjectDataType} compares two of them by Java-serializing both: every comparison of
 * a B-tree search ran two {@code ObjectOutputStream}s. On the local stack that was a third of the embedded store's
 * CPU, and every write to a collection pays for each of its unique indexes.
 *
 * <p>The order is MongoDB's value order (numbers by value, then strings, and so on), field by field, then the
 * shorter key first. A store built in the byte order is rebuilt once in this order ({@link IndexedH2Backend}). Keys
 * are written as {@link StoreValueType} writes them.
 */
final class IndexKeyType extends StoreValueType {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            return compareKeys(x, y);
        }
        return super.compare(a, b);
    }

    static int compareKeys(KeyValue x, KeyValue y) {
        int common = Math.min(x.size(), y.size());
        for (int i = 0; i < common; i++) {
            int order = VALUES.compare(x.get(i), y.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
