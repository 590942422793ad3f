package org.alumniportal.profile.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts company, location, skill and batch-year values over the documents a query matches (the privacy query
 * of an audience), from doc values: per segment by ordinal, then merged by value. The plain doc-values
 * equivalent of lucene-facet's SortedSetDocValuesFacetCounts, without its extra dependency.
 */
final class OptionCounter implements CollectorManager<OptionCounter.Segments, OptionCounter.Counts> {

    record Counts(Map<String, Long> companies, Map<String, Long> locations, Map<String, Long> skills,
            Map<Integer, Long> batchYears) {

        Counts() {
            this(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        }
    }

    @Override
    public Segments newCollector() {
        return new Segments();
    }

    @Override
    public Counts reduce(Collection<Segments> collectors) {
        Counts total = new Counts();
        for (Segments s : collectors) {
            s.flushQuietly();
            s.counts.companies().forEach((k, v) -> total.companies().merge(k, v, Long::sum));
            s.counts.locations().forEach((k, v) -> total.locations().merge(k, v, Long::sum));
            s.counts.skills().forEach((k, v) -> total.skills().merge(k, v, Long::sum));
            s.counts.batchYears().forEach((k, v) -> total.batchYears().merge(k, v, Long::sum));
        }
        return total;
    }

    /** One collector per search slice; counts ordinals of the current segment and folds them in on switch. */
    static final class Segments extends SimpleCollector {

        private final Counts counts = new Counts();
        private Field company;
        private Field location;
        private Field skill;
        private NumericDocValues batch;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            company = new Field(DocValues.getSortedSet(context.reader(), ProfileDocuments.COMPANY_KEY));
            location = new Field(DocValues.getSortedSet(context.reader(), ProfileDocuments.LOCATION_KEY));
            skill = new Field(DocValues.getSortedSet(context.reader(), ProfileDocuments.SKILL_FACET));
            batch = DocValues.getNumeric(context.reader(), ProfileDocuments.BATCH);
        }

        @Override
        public void collect(int doc) throws IOException {
            company.collect(doc);
            location.collect(doc);
            skill.collect(doc);
            if (batch.advanceExact(doc)) {
                counts.batchYears().merge((int) batch.longValue(), 1L, Long::sum);
            }
        }

        @Override
        public void finish() throws IOException {
            flush();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        private void flushQuietly() {
            try {
                flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void flush() throws IOException {
            if (company != null) {
                company.drainInto(counts.companies());
                location.drainInto(counts.locations());
                skill.drainInto(counts.skills());
                company = null;
            }
        }
    }

    /** Ordinal counts of one multi-valued field in one segment. */
    private static final class Field {

        private final SortedSetDocValues values;
        private final int[] perOrdinal;

        Field(SortedSetDocValues values) {
            this.values = values;
            this.perOrdinal = new int[(int) values.getValueCount()];
        }

        void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    perOrdinal[(int) values.nextOrd()]++;
                }
            }
        }

        void drainInto(Map<String, Long> into) throws IOException {
            for (int ord = 0; ord < perOrdinal.length; ord++) {
                if (perOrdinal[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), (long) perOrdinal[ord], Long::sum);
                }
            }
        }
    }
}
