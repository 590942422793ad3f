package org.alumniportal.profile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.alumniportal.profile.profile.Visibility;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.alumniportal.platform.web.PageResponse;

class DirectoryIndexTest {

    private final DirectoryIndex index = new DirectoryIndex(new SkillNormalizer());

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    static DirectoryEntry alumnus(String id, String name, String company, String location, Integer batch,
            List<String> skills, Visibility visibility, boolean verified, long updatedSecond) {
        return new DirectoryEntry(id, "ALUMNI", name, "Engineer at " + company, company, "Software Engineer", location,
                batch, skills, visibility, verified, null, Instant.ofEpochSecond(updatedSecond), 3);
    }

    static DirectoryEntry alumnus(String id, String name, long updatedSecond) {
        return alumnus(id, name, "Acme", "Pune", 2019, List.of("Java"), Visibility.SIGNED_IN, false, updatedSecond);
    }

    private static List<String> ids(PageResponse<ProfileCard> page) {
        return page.items().stream().map(ProfileCard::userId).toList();
    }

    private static SearchCriteria skillsAndBatch(List<String> skills, Integer batch) {
        return new SearchCriteria(null, null, null, skills, batch, null, null, false);
    }

    @Test
    void everyGivenFilterMustMatch() {
        index.put(alumnus("a", "Asha Rao", "Acme Corp", "Pune", 2019, List.of("Java", "Kafka"), Visibility.SIGNED_IN,
                true, 1));
        index.put(alumnus("b", "Bilal Khan", "Acme Corp", "Pune", 2020, List.of("Java", "Kafka"), Visibility.SIGNED_IN,
                true, 2));
        index.put(alumnus("c", "Chen Li", "Globex", "Pune", 2019, List.of("Java"), Visibility.SIGNED_IN, false, 3));

        assertThat(ids(index.search(skillsAndBatch(List.of("java", "KAFKA"), 2019), Audience.MEMBERS, 0, 20)))
                .containsExactly("a");
        assertThat(ids(index.search(new SearchCriteria(null, null, "acme", List.of(), null, null, "pune", false),
                Audience.MEMBERS, 0, 20))).containsExactlyInAnyOrder("a", "b");
        assertThat(ids(index.search(new SearchCriteria(null, null, null, List.of("Java"), 2019, null, null, true),
                Audience.MEMBERS, 0, 20))).containsExactly("a");
        assertThat(ids(index.search(new SearchCriteria(null, null, null, List.of(), null, "software engineer", null,
                false), Audience.MEMBERS, 0, 20))).hasSize(3);
    }

    @Test
    void skillFiltersUseTheCoresSynonyms() {
        index.put(alumnus("a", "Asha Rao", "Acme", "Pune", 2019, List.of("JavaScript"), Visibility.SIGNED_IN, false,
                1));

        assertThat(ids(index.search(skillsAndBatch(List.of("js"), null), Audience.MEMBERS, 0, 20)))
                .containsExactly("a");
    }

    @Test
    void namesMatchByPrefixAndWithOneTypo() {
        index.put(alumnus("a", "Ada Lovelace", 1));
        index.put(alumnus("b", "Grace Hopper", 2));

        assertThat(ids(index.search(new SearchCriteria(null, "love", null, List.of(), null, null, null, false),
                Audience.MEMBERS, 0, 20))).containsExactly("a");
        assertThat(ids(index.search(new SearchCriteria(null, "lovelase", null, List.of(), null, null, null, false),
                Audience.MEMBERS, 0, 20))).containsExactly("a");
        assertThat(ids(index.search(new SearchCriteria(null, "turing", null, List.of(), null, null, null, false),
                Audience.MEMBERS, 0, 20))).isEmpty();
    }

    @Test
    void onlyListedAlumniTheAudienceMaySeeAreFound() {
        index.put(alumnus("open", "Open One", "Acme", "Pune", 2019, List.of("Java"), Visibility.SIGNED_IN, false, 1));
        index.put(alumnus("alumniOnly", "Closed One", "Acme", "Pune", 2019, List.of("Java"), Visibility.ALUMNI_ONLY,
                false, 2));
        index.put(alumnus("hidden", "Hidden One", "Acme", "Pune", 2019, List.of("Java"), Visibility.HIDDEN, false, 3));
        index.put(new DirectoryEntry("student", "STUDENT", "Student One", null, "Acme", null, "Pune", 2024,
                List.of("Java"), Visibility.SIGNED_IN, false, null, Instant.ofEpochSecond(4), 0));

        SearchCriteria java = skillsAndBatch(List.of("Java"), null);
        assertThat(ids(index.search(java, Audience.MEMBERS, 0, 20))).containsExactly("open");
        assertThat(ids(index.search(java, Audience.ALUMNI, 0, 20))).containsExactlyInAnyOrder("open", "alumniOnly");
        assertThat(ids(index.directory(Audience.ALUMNI, DirectoryOrder.NAME, 0, 20)))
                .containsExactly("alumniOnly", "open");
        FilterOptions options = index.options(Audience.ALUMNI);
        assertThat(options.companies()).containsExactly(new FilterOptions.Option("Acme", 2));
        assertThat(index.options(Audience.MEMBERS).skills()).containsExactly(new FilterOptions.Option("Java", 1));
    }

    @Test
    void searchRanksRelevanceFirstThenRecency() {
        index.put(alumnus("old", "Priya Sharma", 1));
        index.put(alumnus("new", "Priya Sharma", 5));
        index.put(alumnus("prefixOnly", "Priyanka Das", 9));

        assertThat(ids(index.search(new SearchCriteria(null, "priya", null, List.of(), null, null, null, false),
                Audience.MEMBERS, 0, 20))).containsExactly("new", "old", "prefixOnly");
        assertThat(ids(index.search(SearchCriteria.none(), Audience.MEMBERS, 0, 20)))
                .containsExactly("prefixOnly", "new", "old");
    }

    @Test
    void pagesSplitTheOrderedResultsAndCountTheWhole() {
        for (int i = 0; i < 25; i++) {
            index.put(alumnus("u" + i, String.format("Name %02d", i), i));
        }

        PageResponse<ProfileCard> second = index.directory(Audience.MEMBERS, DirectoryOrder.NAME, 1, 10);
        PageResponse<ProfileCard> last = index.directory(Audience.MEMBERS, DirectoryOrder.NAME, 2, 10);
        PageResponse<ProfileCard> beyond = index.directory(Audience.MEMBERS, DirectoryOrder.NAME, 3, 10);

        assertThat(second.items()).extracting(ProfileCard::name).first().isEqualTo("Name 10");
        assertThat(second.totalElements()).isEqualTo(25);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(ids(last)).containsExactly("u20", "u21", "u22", "u23", "u24");
        assertThat(beyond.items()).isEmpty();
        assertThat(ids(index.directory(Audience.MEMBERS, DirectoryOrder.RECENT, 0, 3)))
                .containsExactly("u24", "u23", "u22");
    }

    @Test
    void removedAndChangedProfilesLeaveResultsAndCounts() {
        index.put(alumnus("a", "Asha Rao", "Acme", "Pune", 2019, List.of("Java"), Visibility.SIGNED_IN, false, 1));
        index.put(alumnus("b", "Bilal Khan", "Acme", "Pune", 2019, List.of("Java"), Visibility.SIGNED_IN, false, 2));
        assertThat(index.options(Audience.MEMBERS).companies()).containsExactly(new FilterOptions.Option("Acme", 2));

        index.remove("a");
        index.put(alumnus("b", "Bilal Khan", "Globex", "Pune", 2019, List.of("Java"), Visibility.HIDDEN, false, 3));

        assertThat(index.search(SearchCriteria.none(), Audience.ALUMNI, 0, 20).totalElements()).isZero();
        assertThat(index.options(Audience.ALUMNI).companies()).isEmpty();
        assertThat(index.entry("a")).isEmpty();
    }

    @Test
    void anOlderSnapshotNeverOverwritesANewerOne() {
        index.put(alumnus("a", "New Name", 10));
        index.put(alumnus("a", "Old Name", 5));

        assertThat(index.search(SearchCriteria.none(), Audience.MEMBERS, 0, 20).items())
                .extracting(ProfileCard::name).containsExactly("New Name");
    }

    @Test
    void aRebuildDropsProfilesNoLongerStored() {
        index.put(alumnus("gone", "Gone Person", 1));
        index.put(alumnus("kept", "Kept Person", 1));

        int read = index.rebuild(Stream.of(alumnus("kept", "Kept Person", 2), alumnus("new", "New Person", 3)));

        assertThat(read).isEqualTo(2);
        assertThat(ids(index.directory(Audience.MEMBERS, DirectoryOrder.NAME, 0, 20))).containsExactly("kept", "new");
    }

    @Test
    void optionsCountWhatTheAudienceSeesMergingSpellings() {
        index.put(alumnus("a", "A", "Acme Corp", "Pune", 2019, List.of("Java", "SQL"), Visibility.SIGNED_IN, false, 1));
        index.put(alumnus("b", "B", "ACME  corp", "pune", 2019, List.of("Java"), Visibility.SIGNED_IN, false, 2));
        index.put(alumnus("c", "C", "Globex", "Delhi", 2021, List.of("Go"), Visibility.ALUMNI_ONLY, false, 3));

        FilterOptions members = index.options(Audience.MEMBERS);
        FilterOptions alumni = index.options(Audience.ALUMNI);

        assertThat(members.companies()).extracting(FilterOptions.Option::count).containsExactly(2L);
        assertThat(members.skills()).containsExactly(new FilterOptions.Option("Java", 2),
                new FilterOptions.Option("SQL", 1));
        assertThat(members.batchYears()).containsExactly(new FilterOptions.YearOption(2019, 2));
        assertThat(alumni.batchYears()).containsExactly(new FilterOptions.YearOption(2021, 1),
                new FilterOptions.YearOption(2019, 2));
        assertThat(alumni.locations()).extracting(FilterOptions.Option::count).containsExactly(2L, 1L);
    }

    @Test
    void relatedProfilesExcludeMeAndHiddenOnesBestFirst() {
        DirectoryEntry me = alumnus("me", "Me", "Acme", "Pune", 2019, List.of("Java", "Kafka"), Visibility.SIGNED_IN,
                false, 1);
        index.put(me);
        index.put(alumnus("colleague", "C", "Acme", "Pune", 2019, List.of("Java", "Kafka"), Visibility.SIGNED_IN,
                false, 2));
        index.put(alumnus("hidden", "H", "Acme", "Pune", 2019, List.of("Java", "Kafka"), Visibility.HIDDEN, false, 3));
        index.put(alumnus("batchmate", "B", "Globex", "Delhi", 2020, List.of("Go"), Visibility.SIGNED_IN, false, 4));
        index.put(alumnus("stranger", "S", "Initech", "Oslo", 2001, List.of("Cobol"), Visibility.SIGNED_IN, false, 5));

        List<DirectoryEntry> related = index.related(me, Audience.MEMBERS, 10, 10, 15, 8, 2);

        assertThat(related).extracting(DirectoryEntry::userId).containsExactly("colleague", "batchmate");
    }
}
