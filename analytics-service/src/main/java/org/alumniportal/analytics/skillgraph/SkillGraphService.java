package org.alumniportal.analytics.skillgraph;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.web.Privacy;
import org.springframework.stereotype.Service;

/**
 * Builds the co-occurrence graph from profiles (all existing ones for admins, those not hidden for everyone else)
 * and from posted jobs; memoised per read-model version.
 */
@Service
class SkillGraphService {

    private final Population population;

    SkillGraphService(Population population) {
        this.population = population;
    }

    private CooccurrenceGraph graph(boolean admin) {
        return population.cached("skillgraph:" + admin, () -> {
            CooccurrenceGraph graph = new CooccurrenceGraph();
            population.profiles().stream().filter(p -> admin ? !p.deleted() : p.countsPublicly())
                    .forEach(p -> graph.add(p.skills(), true));
            population.jobs().stream().filter(j -> j.postedAt() != null).forEach(j -> graph.add(j.skills(), false));
            return graph;
        });
    }

    SkillNetwork network(int limit, long minWeight, boolean admin) {
        return population.cached("skillgraph.network:" + admin + ":" + limit + ":" + minWeight,
                () -> graph(admin).network(limit, minWeight, admin ? 1 : Privacy.MIN_GROUP));
    }

    SkillClusters clusters(int limit, long minWeight, boolean admin) {
        return population.cached("skillgraph.clusters:" + admin + ":" + limit + ":" + minWeight, () -> {
            CooccurrenceGraph graph = graph(admin);
            SkillNetwork network = graph.network(limit, minWeight, admin ? 1 : Privacy.MIN_GROUP);
            Map<String, long[]> nodes = new LinkedHashMap<>();
            network.nodes().forEach(n -> nodes.put(n.id(), new long[] {n.profiles(), n.jobs()}));
            CooccurrenceGraph.Found found = CooccurrenceGraph.clusters(nodes, network.edges());
            List<SkillClusters.Cluster> clusters = new java.util.ArrayList<>();
            for (int i = 0; i < found.clusters().size(); i++) {
                Set<String> members = found.clusters().get(i);
                List<String> ordered = members.stream()
                        .sorted(Comparator.comparingLong((String s) -> -graph.count(s)).thenComparing(s -> s)).toList();
                clusters.add(new SkillClusters.Cluster(i, ordered.size(), ordered.get(0), ordered));
            }
            return new SkillClusters("label propagation (Raghavan et al. 2007; JGraphT 1.5.3, seed "
                    + CooccurrenceGraph.SEED + ", edges of weight >= " + Math.max(1, minWeight) + ")",
                    found.modularity(), List.copyOf(clusters));
        });
    }
}
