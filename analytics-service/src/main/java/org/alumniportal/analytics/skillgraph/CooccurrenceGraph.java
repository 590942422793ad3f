package org.alumniportal.analytics.skillgraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Skill co-occurrence counted from skill lists (one per profile, one per job) and clustered. Pure: the same lists
 * give the same graph, and vertices are added in name order with a fixed seed, so the clusters are reproducible.
 */
final class CooccurrenceGraph {

    static final long SEED = 42;

    private final Map<String, long[]> nodes = new HashMap<>();
    private final Map<String, long[]> edges = new HashMap<>();

    /** @param fromProfile a profile's list (index 0) or a job's (index 1) */
    void add(Collection<String> skills, boolean fromProfile) {
        int slot = fromProfile ? 0 : 1;
        List<String> distinct = new ArrayList<>(new TreeSet<>(skills));
        for (int i = 0; i < distinct.size(); i++) {
            nodes.computeIfAbsent(distinct.get(i), s -> new long[2])[slot]++;
            for (int j = i + 1; j < distinct.size(); j++) {
                edges.computeIfAbsent(distinct.get(i) + "\u0000" + distinct.get(j), s -> new long[2])[slot]++;
            }
        }
    }

    /**
     * The network of the {@code limit} most common skills. {@code minGroup} hides what fewer people share: a node's
     * profile count or an edge's profile weight below it counts as zero (jobs are not people and always count).
     */
    SkillNetwork network(int limit, long minWeight, long minGroup) {
        Map<String, long[]> shownNodes = new LinkedHashMap<>();
        nodes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] >= minGroup ? e.getValue()[0] : 0,
                        e.getValue()[1]}))
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .forEach(e -> shownNodes.put(e.getKey(), e.getValue()));
        List<SkillNetwork.Edge> shownEdges = new ArrayList<>();
        edges.forEach((key, w) -> {
            String[] pair = key.split("\u0000");
            long profiles = w[0] >= minGroup ? w[0] : 0;
            long weight = profiles + w[1];
            if (weight >= Math.max(1, minWeight) && shownNodes.containsKey(pair[0]) && shownNodes.containsKey(pair[1])) {
                shownEdges.add(new SkillNetwork.Edge(pair[0], pair[1], weight, profiles, w[1]));
            }
        });
        shownEdges.sort(Comparator.comparingLong(SkillNetwork.Edge::weight).reversed()
                .thenComparing(SkillNetwork.Edge::source).thenComparing(SkillNetwork.Edge::target));
        Map<String, Integer> clusterOf = new HashMap<>();
        List<Set<String>> clusters = clusters(shownNodes, shownEdges).clusters();
        for (int i = 0; i < clusters.size(); i++) {
            for (String skill : clusters.get(i)) {
                clusterOf.put(skill, i);
            }
        }
        List<SkillNetwork.Node> nodeList = shownNodes.entrySet().stream()
                .map(e -> new SkillNetwork.Node(e.getKey(), e.getValue()[0] + e.getValue()[1], e.getValue()[0],
                        e.getValue()[1], clusterOf.getOrDefault(e.getKey(), -1)))
                .toList();
        return new SkillNetwork(nodeList, List.copyOf(shownEdges));
    }

    record Found(List<Set<String>> clusters, double modularity) {
    }

    /**
     * Label propagation (Raghavan, Albert and Kumara 2007) as JGraphT implements it: every skill starts with its own
     * label and repeatedly takes the label most of its neighbours carry, until labels settle. Clusters are numbered
     * by size, largest first, then by their first skill's name.
     */
    static Found clusters(Map<String, long[]> nodes, List<SkillNetwork.Edge> edges) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        new TreeSet<>(nodes.keySet()).forEach(graph::addVertex);
        for (SkillNetwork.Edge e : edges) {
            DefaultWeightedEdge edge = graph.addEdge(e.source(), e.target());
            if (edge != null) {
                graph.setEdgeWeight(edge, e.weight());
            }
        }
        if (graph.vertexSet().isEmpty()) {
            return new Found(List.of(), 0);
        }
        List<Set<String>> clusters = new ArrayList<>();
        new LabelPropagationClustering<>(graph, 100, new Random(SEED)).getClustering().getClusters()
                .forEach(c -> clusters.add(new TreeSet<>(c)));
        clusters.sort(Comparator.comparingInt((Set<String> c) -> -c.size())
                .thenComparing(c -> c.iterator().next()));
        double modularity = graph.edgeSet().isEmpty() ? 0
                : new UndirectedModularityMeasurer<>(graph).modularity(List.copyOf(new ArrayList<>(clusters)));
        return new Found(List.copyOf(clusters), Math.round(modularity * 10_000) / 10_000.0);
    }

    /** Profiles + jobs listing the skill, for ordering a cluster's members. */
    long count(String skill) {
        long[] c = nodes.get(skill);
        return c == null ? 0 : c[0] + c[1];
    }
}
