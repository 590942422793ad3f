package org.alumniportal.analytics.skillgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CooccurrenceGraphTest {

    @Test
    void edgesCountProfilesAndJobsListingBothSkills() {
        CooccurrenceGraph graph = new CooccurrenceGraph();
        graph.add(List.of("Java", "Spring Boot"), true);
        graph.add(List.of("Spring Boot", "Java", "Kafka"), true);
        graph.add(List.of("Java", "Spring Boot"), false);

        SkillNetwork network = graph.network(100, 1, 1);

        assertThat(network.nodes()).filteredOn(n -> n.id().equals("Java")).singleElement()
                .satisfies(n -> {
                    assertThat(n.profiles()).isEqualTo(2);
                    assertThat(n.jobs()).isEqualTo(1);
                    assertThat(n.count()).isEqualTo(3);
                });
        assertThat(network.edges()).filteredOn(e -> e.source().equals("Java") && e.target().equals("Spring Boot"))
                .singleElement().satisfies(e -> assertThat(e.weight()).isEqualTo(3));
    }

    @Test
    void aGroupSmallerThanTheMinimumCountsOnlyItsJobs() {
        CooccurrenceGraph graph = new CooccurrenceGraph();
        graph.add(List.of("Cobol", "Fortran"), true);

        assertThat(graph.network(100, 1, 5).nodes()).isEmpty();
        assertThat(graph.network(100, 1, 1).nodes()).hasSize(2);
    }

    @Test
    void labelPropagationSeparatesTwoDenseGroupsAndIsReproducible() {
        CooccurrenceGraph graph = new CooccurrenceGraph();
        for (int i = 0; i < 5; i++) {
            graph.add(List.of("Java", "Spring Boot", "Kafka", "Kubernetes"), true);
            graph.add(List.of("Python", "Pandas", "PyTorch", "Statistics"), true);
        }
        graph.add(List.of("Kubernetes", "Python"), true);

        SkillNetwork first = graph.network(100, 1, 1);
        SkillNetwork second = graph.network(100, 1, 1);
        Map<String, Integer> clusterOf = new LinkedHashMap<>();
        first.nodes().forEach(n -> clusterOf.put(n.id(), n.cluster()));

        assertThat(clusterOf.get("Java")).isEqualTo(clusterOf.get("Kafka")).isEqualTo(clusterOf.get("Spring Boot"));
        assertThat(clusterOf.get("Python")).isEqualTo(clusterOf.get("Pandas")).isEqualTo(clusterOf.get("PyTorch"));
        assertThat(clusterOf.get("Java")).isNotEqualTo(clusterOf.get("Python"));
        assertThat(second).isEqualTo(first);
    }
}
