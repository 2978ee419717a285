package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;

/**
 * The rules of the well-known manifest linters (kube-score, kube-linter, Polaris, checkov) that apply here, and
 * the sums behind them, as plain tests over the renderings.
 */
class LinterRulesTests {

    static final List<String> SERVICES = ManifestTests.SERVICES;

    /** Σ pool × most pods at once (autoscaler maximum or replicas, plus the surge) fits max_connections. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "overlays/prod-external-db"})
    void connectionPoolsFitTheDatabaseAtTheMostPodsThatCanRun(String dir) {
        Rendering r = Rendering.of(dir);
        Map<String, String> terms = new TreeMap<>();
        int total = 0;
        for (String service : SERVICES) {
            Deployment d = r.one(Deployment.class, service);
            int pool = Workloads.poolSize(r, service, ManifestTests.SOURCES.get(service));
            int pods = Workloads.mostPods(r, d);
            terms.put(service, pool + " x " + pods);
            total += pool * pods;
        }
        int max = Workloads.maxConnections(r);
        assertTrue(total <= max - Workloads.RESERVED_CONNECTIONS, dir + ": pools " + terms + " = " + total
                + " connections, PostgreSQL allows " + max + " less " + Workloads.RESERVED_CONNECTIONS + " reserved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void gracePeriodOutlastsThePreStopPauseAndTheShutdownTimeout(String dir) {
        Rendering r = Rendering.of(dir);
        for (String service : SERVICES) {
            PodSpec pod = r.podTemplate(service).getSpec();
            int preStop = Workloads.preStopSeconds(r.mainContainer(service));
            Duration shutdown = Workloads.shutdownTimeout(r, service, ManifestTests.SOURCES.get(service));
            long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
            assertTrue(preStop >= 5, dir + ": " + service + " gets no preStop pause to leave the endpoints first");
            assertTrue(grace > preStop + shutdown.toSeconds(), dir + ": " + service + " grace period " + grace
                    + " s is not more than preStop " + preStop + " s + shutdown timeout " + shutdown.toSeconds() + " s");
        }
    }

    /** An autoscaled Deployment names no replicas: each apply would otherwise reset the autoscaler's choice. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void autoscaledDeploymentsNameNoReplicas(String dir) {
        Rendering r = Rendering.of(dir);
        for (Deployment d : r.all(Deployment.class)) {
            if (Workloads.autoscaler(r, d).isPresent()) {
                assertNull(d.getSpec().getReplicas(), dir + ": " + d.getMetadata().getName() + " is autoscaled and "
                        + "sets replicas");
            }
        }
    }

    /** kube-score, Polaris: no host ports, no service account token where the pod does not talk to the API. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void podsOpenNoHostPortAndCarryNoApiToken(String dir) {
        Rendering r = Rendering.of(dir);
        r.podTemplates().forEach((workload, template) -> {
            assertEquals(Boolean.FALSE, template.getSpec().getAutomountServiceAccountToken(), dir + ": " + workload
                    + " mounts a service account token it does not use");
            for (Container c : ManifestTests.containers(template)) {
                for (ContainerPort port : c.getPorts() == null ? List.<ContainerPort>of() : c.getPorts()) {
                    assertNull(port.getHostPort(), dir + ": " + workload + " opens host port " + port.getHostPort());
                }
            }
        });
    }

    /** kube-score: a liveness probe that is the readiness probe restarts a pod that is only busy. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void livenessIsNotReadiness(String dir) {
        Rendering r = Rendering.of(dir);
        for (String service : SERVICES) {
            Container c = r.mainContainer(service);
            assertNotEquals(c.getReadinessProbe().getHttpGet().getPath(), c.getLivenessProbe().getHttpGet().getPath(),
                    dir + ": " + service);
        }
    }

    /** An autoscaler on CPU utilization measures against the CPU request: every container of its target needs one. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/prod"})
    void autoscaledPodsRequestTheResourceTheyAreScaledOn(String dir) {
        Rendering r = Rendering.of(dir);
        for (HorizontalPodAutoscaler hpa : r.all(HorizontalPodAutoscaler.class)) {
            Deployment target = r.one(Deployment.class, hpa.getSpec().getScaleTargetRef().getName());
            for (MetricSpec metric : hpa.getSpec().getMetrics()) {
                if ("Resource".equals(metric.getType())) {
                    String resource = metric.getResource().getName();
                    for (Container c : ManifestTests.containers(target.getSpec().getTemplate())) {
                        assertNotNull(ManifestTests.get(c.getResources().getRequests(), resource), dir + ": "
                                + c.getName() + " requests no " + resource + " for its autoscaler");
                    }
                }
            }
            assertTrue(hpa.getSpec().getMaxReplicas() >= Workloads.leastPods(r, target), describeHpa(hpa));
        }
    }

    /** kube-score, Polaris: replicas of one workload on different nodes; CloudNativePG does it by its own switch. */
    @org.junit.jupiter.api.Test
    void databaseInstancesPreferDifferentNodes() {
        var cluster = Rendering.of("overlays/prod").custom("Cluster").get(0);
        assertEquals(Boolean.TRUE, cluster.get("spec", "affinity", "enablePodAntiAffinity"));
        assertEquals("kubernetes.io/hostname", cluster.get("spec", "affinity", "topologyKey"));
        // The operator's own disruption budgets for primary and replicas (on unless switched off).
        assertNotEquals(Boolean.FALSE, cluster.get("spec", "enablePDB"), "the database has no disruption budget");
    }

    static String describeHpa(HorizontalPodAutoscaler hpa) {
        return "HorizontalPodAutoscaler " + hpa.getMetadata().getName();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void servicePodsSpreadOverNodesAndZones(String dir) {
        Rendering r = Rendering.of(dir);
        for (String service : SERVICES) {
            PodSpec pod = r.podTemplate(service).getSpec();
            Map<String, String> labels = r.podTemplate(service).getMetadata().getLabels();
            List<TopologySpreadConstraint> spread = pod.getTopologySpreadConstraints() == null ? List.of()
                    : pod.getTopologySpreadConstraints();
            for (String key : List.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")) {
                TopologySpreadConstraint c = spread.stream().filter(t -> key.equals(t.getTopologyKey())).findFirst()
                        .orElseThrow(() -> new AssertionError(dir + ": " + service + " does not spread over " + key));
                assertTrue(Rendering.matches(c.getLabelSelector(), labels), dir + ": " + service + " spread over " + key
                        + " counts other pods than its own");
                assertFalse(ManifestTests.isEmpty(c.getLabelSelector()), dir + ": " + service + " spread selects every pod");
                assertEquals(1, c.getMaxSkew(), dir + ": " + service + " maxSkew over " + key);
            }
        }
    }
}
