package org.alumniportal.profile.search;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene shape of a {@link DirectoryEntry}: analysed text for word/prefix/fuzzy matching, exact keys for
 * privacy and skills, doc values for ordering and option counts. Keys are lower case with collapsed spaces, so
 * "ACME  Corp" and "Acme Corp" filter and count as one company.
 */
final class ProfileDocuments {

    static final String ID = "id";
    /** One term per {@link Audience} that may list the profile: privacy as a single filter clause. */
    static final String LISTED_FOR = "listedFor";
    static final String VERIFIED = "verified";
    static final String NAME = "name";
    static final String NAME_SORT = "nameSort";
    static final String COMPANY = "company";
    static final String COMPANY_KEY = "companyKey";
    static final String JOB_ROLE = "jobRole";
    static final String LOCATION = "location";
    static final String LOCATION_KEY = "locationKey";
    static final String SKILL = "skill";
    static final String SKILL_FACET = "skillFacet";
    static final String BATCH = "batch";
    /** The batch year as a term: exact-year filters read postings (the doc values under BATCH feed the counts). */
    static final String BATCH_TERM = "batchTerm";
    static final String UPDATED = "updated";
    static final String TEXT = "text";

    private ProfileDocuments() {
    }

    static Document of(DirectoryEntry e) {
        Document doc = new Document();
        doc.add(new StringField(ID, e.userId(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(e.userId())));
        for (Audience audience : Audience.values()) {
            if (SearchQueries.mayList(e, audience)) {
                doc.add(new StringField(LISTED_FOR, audience.name(), Field.Store.NO));
            }
        }
        doc.add(new StringField(VERIFIED, Boolean.toString(e.verified()), Field.Store.NO));
        doc.add(new TextField(NAME, nonNull(e.name()), Field.Store.NO));
        // Indexed as well as doc values, like UPDATED below: Lucene then skips documents that cannot reach the
        // requested page when sorting by this field (dynamic pruning), instead of visiting every match.
        doc.add(new StringField(NAME_SORT, key(e.name()), Field.Store.NO));
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(key(e.name()))));
        doc.add(new TextField(COMPANY, nonNull(e.currentCompany()), Field.Store.NO));
        doc.add(new TextField(JOB_ROLE, nonNull(e.currentRole()), Field.Store.NO));
        doc.add(new TextField(LOCATION, nonNull(e.location()), Field.Store.NO));
        String company = key(e.currentCompany());
        if (!company.isEmpty()) {
            doc.add(new StringField(COMPANY_KEY, company, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(COMPANY_KEY, new BytesRef(company)));
        }
        String location = key(e.location());
        if (!location.isEmpty()) {
            doc.add(new StringField(LOCATION_KEY, location, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(LOCATION_KEY, new BytesRef(location)));
        }
        for (String skill : e.skills()) {
            doc.add(new StringField(SKILL, key(skill), Field.Store.NO));
            // The canonical spelling (the core normalised it) is what the options list shows.
            doc.add(new SortedSetDocValuesField(SKILL_FACET, new BytesRef(skill)));
        }
        if (e.batchYear() != null) {
            doc.add(new StringField(BATCH_TERM, e.batchYear().toString(), Field.Store.NO));
            doc.add(new NumericDocValuesField(BATCH, e.batchYear()));
        }
        doc.add(new NumericDocValuesField(UPDATED, e.updatedAt().toEpochMilli()));
        doc.add(new LongPoint(UPDATED, e.updatedAt().toEpochMilli()));
        doc.add(new TextField(TEXT, Stream.concat(
                Stream.of(e.name(), e.headline(), e.currentCompany(), e.currentRole(), e.location()),
                e.skills().stream()).map(ProfileDocuments::nonNull).collect(Collectors.joining(" ")),
                Field.Store.NO));
        return doc;
    }

    /** Lower case, trimmed, inner whitespace collapsed; empty for null. */
    static String key(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
