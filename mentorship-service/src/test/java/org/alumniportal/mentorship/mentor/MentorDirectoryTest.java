package org.alumniportal.mentorship.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.alumniportal.platform.web.PageResponse;
import org.junit.jupiter.api.Test;

class MentorDirectoryTest {

    private final MentorDirectory directory = new MentorDirectory(null);

    @Test
    void bestRatedFirstThenMostSessionsAndUnratedLast() {
        directory.put(mentor("unrated", List.of("Java"), 0, 0, 9, 2, 2, true, 1));
        directory.put(mentor("good", List.of("Java"), 8, 2, 2, 2, 2, true, 1));
        directory.put(mentor("best", List.of("Java"), 10, 2, 2, 2, 2, true, 1));
        directory.put(mentor("busier-good", List.of("Java"), 8, 2, 5, 2, 2, true, 1));

        assertThat(directory.all()).extracting(c -> c.view().userId())
                .containsExactly("best", "busier-good", "good", "unrated");
    }

    @Test
    void anOlderSnapshotNeverReplacesANewerOne() {
        directory.put(mentor("m", List.of("Java"), 0, 0, 0, 3, 1, true, 5));
        directory.put(mentor("m", List.of("Java"), 0, 0, 0, 3, 3, true, 4));

        assertThat(directory.find("m").orElseThrow().view().freePlaces()).isEqualTo(1);
    }

    @Test
    void filtersCombineAndPagesCountEveryMatch() {
        for (int i = 0; i < 5; i++) {
            directory.put(mentor("java-" + i, List.of("Java", "Kafka"), 4 * (i + 1), i + 1, 0, 2, 2, true, 1));
        }
        directory.put(mentor("full", List.of("Java"), 5, 1, 0, 2, 0, true, 1));
        directory.put(mentor("off", List.of("Java"), 5, 1, 0, 2, 2, false, 1));
        directory.put(mentor("go", List.of("Go"), 5, 1, 0, 2, 2, true, 1));

        PageResponse<MentorView> second = directory.search(new MentorFilter(Set.of("java", "kafka"), null, null), 1, 2);
        assertThat(second.totalElements()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(second.items()).extracting(MentorView::userId).containsExactly("java-2", "java-3");

        assertThat(directory.search(new MentorFilter(Set.of("java"), null, true), 0, 20).items())
                .extracting(MentorView::userId).doesNotContain("full", "off").contains("java-0");
        assertThat(directory.search(new MentorFilter(Set.of("java"), null, false), 0, 20).items())
                .extracting(MentorView::userId).containsExactlyInAnyOrder("full", "off");
        assertThat(directory.search(new MentorFilter(Set.of(), 4.5, null), 0, 20).items())
                .extracting(MentorView::userId).containsExactlyInAnyOrder("full", "off", "go");
    }

    /** The expertise index must find exactly what a walk over every mentor finds, in the same order. */
    @Test
    void aSearchByExpertiseFindsWhatAFullWalkFinds() {
        String[] skills = {"Java", "Kafka", "Go", "Python", "React", "SQL", "Rust", "AWS"};
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            List<String> expertise = new ArrayList<>();
            for (String skill : skills) {
                if (random.nextInt(4) == 0) {
                    expertise.add(skill);
                }
            }
            int max = 1 + random.nextInt(5);
            directory.put(mentor("m" + i, expertise, random.nextInt(30), random.nextInt(6), random.nextInt(9), max,
                    random.nextInt(max + 1), random.nextBoolean(), 1));
        }
        for (int q = 0; q < 200; q++) {
            Set<String> keys = new HashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                keys.add(skills[random.nextInt(skills.length)].toLowerCase(Locale.ROOT));
            }
            if (q % 10 == 0) {
                keys.add("cobol");
            }
            MentorFilter filter = new MentorFilter(keys, random.nextBoolean() ? null : 1.0 + random.nextInt(4),
                    random.nextBoolean() ? null : random.nextBoolean());
            List<MentorView> walked = directory.all().stream().filter(filter::matches).map(MentorCard::view).toList();
            PageResponse<MentorView> found = directory.search(filter, 0, 100);
            assertThat(found.totalElements()).as("matches of %s", filter).isEqualTo(walked.size());
            assertThat(found.items()).as("first page of %s", filter)
                    .containsExactlyElementsOf(walked.subList(0, Math.min(100, walked.size())));
        }
    }

    private static Mentor mentor(String id, List<String> expertise, long ratingSum, int ratingCount, int sessions,
            int max, int free, boolean available, long revision) {
        return new Mentor(id, "Mentor " + id, expertise, null, max, max - free, free, available, List.of(), ratingSum,
                ratingCount, sessions, true, Instant.EPOCH, revision, Instant.EPOCH);
    }
}
