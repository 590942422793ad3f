package org.alumniportal.profile.search;

import static org.alumniportal.profile.search.ProfileDocuments.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import org.alumniportal.profile.profile.Visibility;
import org.alumniportal.platform.skills.SkillNormalizer;

/**
 * Builds the index queries. Privacy is part of every query (never a filter on the results), so counts, pages and
 * option numbers can only ever include what the audience may see. Only {@code q} and {@code name} score; every
 * other filter is a non-scoring FILTER clause, so without them results fall back to recency.
 */
final class SearchQueries {

    /** Word prefixes shorter than this would match most of the index and only cost time. */
    private static final int MIN_PREFIX = 2;
    /** Words shorter than this are too short for a typo to be told from another name. */
    private static final int MIN_FUZZY = 4;

    private final Analyzer analyzer;
    private final SkillNormalizer skills;

    SearchQueries(Analyzer analyzer, SkillNormalizer skills) {
        this.analyzer = analyzer;
        this.skills = skills;
    }

    /**
     * Listed profiles the audience may see: role ALUMNI, never HIDDEN, ALUMNI_ONLY only for alumni and admins. The
     * rule ({@link #mayList}) is applied when a profile is indexed, so a query needs one filter term, not three.
     */
    static void privacy(BooleanQuery.Builder query, Audience audience) {
        query.add(new TermQuery(new Term(LISTED_FOR, audience.name())), Occur.FILTER);
    }

    /** The rule of {@link #privacy} for one entry. */
    static boolean mayList(DirectoryEntry entry, Audience audience) {
        return "ALUMNI".equals(entry.role()) && entry.visibility() != Visibility.HIDDEN
                && (entry.visibility() != Visibility.ALUMNI_ONLY || audience == Audience.ALUMNI);
    }

    static Query visibleTo(Audience audience) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        privacy(query, audience);
        return query.build();
    }

    Query search(SearchCriteria c, Audience audience) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        privacy(query, audience);
        for (String word : words(TEXT, c.q())) {
            query.add(wordOrPrefix(TEXT, word), Occur.MUST);
        }
        for (String word : words(NAME, c.name())) {
            query.add(nameWord(word), Occur.MUST);
        }
        allWords(query, COMPANY, c.company());
        allWords(query, JOB_ROLE, c.jobRole());
        allWords(query, LOCATION, c.location());
        for (String skill : skillKeys(c.skills())) {
            query.add(new TermQuery(new Term(SKILL, skill)), Occur.FILTER);
        }
        if (c.batchYear() != null) {
            query.add(new TermQuery(new Term(BATCH_TERM, c.batchYear().toString())), Occur.FILTER);
        }
        if (c.verifiedOnly()) {
            query.add(new TermQuery(new Term(VERIFIED, "true")), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * Profiles that share something with {@code me}, each clause weighted as {@code ConnectionScorer} weighs it,
     * so Lucene's top hits are the scorer's best candidates. Never {@code me} itself.
     */
    Query related(DirectoryEntry me, Audience audience, Weights weights) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        privacy(query, audience);
        query.add(new TermQuery(new Term(ID, me.userId())), Occur.MUST_NOT);
        List<Query> any = new ArrayList<>();
        for (String skill : skillKeys(me.skills())) {
            any.add(constant(new TermQuery(new Term(SKILL, skill)), weights.perSharedSkill()));
        }
        if (!key(me.currentCompany()).isEmpty()) {
            any.add(constant(new TermQuery(new Term(COMPANY_KEY, key(me.currentCompany()))), weights.sameCompany()));
        }
        if (!key(me.location()).isEmpty()) {
            any.add(constant(new TermQuery(new Term(LOCATION_KEY, key(me.location()))), weights.sameLocation()));
        }
        if (me.batchYear() != null) {
            // Disjoint year sets (same year, one apart, two apart), so each profile matches one batch clause only.
            int y = me.batchYear();
            any.add(constant(batchYears(y), 3 * weights.batchStep()));
            any.add(constant(batchYears(y - 1, y + 1), 2 * weights.batchStep()));
            any.add(constant(batchYears(y - 2, y + 2), weights.batchStep()));
        }
        if (any.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        any.forEach(q -> should.add(q, Occur.SHOULD));
        query.add(should.build(), Occur.MUST);
        return query.build();
    }

    private static Query batchYears(int... years) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int year : years) {
            any.add(new TermQuery(new Term(BATCH_TERM, Integer.toString(year))), Occur.SHOULD);
        }
        return any.build();
    }

    /** The clause weights of {@link #related}; the matching feature passes its scorer's. */
    record Weights(float perSharedSkill, float sameCompany, float sameLocation, float batchStep) {
    }

    List<String> skillKeys(List<String> raw) {
        return skills.normalizeAll(raw).stream().map(ProfileDocuments::key).toList();
    }

    private static Query constant(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }

    private void allWords(BooleanQuery.Builder query, String field, String text) {
        for (String word : words(field, text)) {
            query.add(new TermQuery(new Term(field, word)), Occur.FILTER);
        }
    }

    /** An exact word scores above a prefix; prefixes are constant-score (no expensive per-term scoring). */
    private static Query wordOrPrefix(String field, String word) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(new TermQuery(new Term(field, word)), 2f), Occur.SHOULD);
        if (word.length() >= MIN_PREFIX) {
            either.add(new PrefixQuery(new Term(field, word)), Occur.SHOULD);
        }
        return either.build();
    }

    /** A name word: exact, as a prefix ("ann" finds Anna), or with one typo ("lovelase"). */
    private static Query nameWord(String word) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(new TermQuery(new Term(NAME, word)), 3f), Occur.SHOULD);
        either.add(new BoostQuery(new PrefixQuery(new Term(NAME, word)), 2f), Occur.SHOULD);
        if (word.length() >= MIN_FUZZY) {
            either.add(new FuzzyQuery(new Term(NAME, word), 1, 1), Occur.SHOULD);
        }
        return either.build();
    }

    /** The words of {@code text} as the index analysed them (lower case, split on punctuation). */
    List<String> words(String field, String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
