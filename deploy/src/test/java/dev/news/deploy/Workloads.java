package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

/** What a rendering says about how many pods run, what each holds of the database, and how they stop. */
final class Workloads {

    /** Connections PostgreSQL keeps for its superuser, the operator's and the monitoring's sessions. */
    static final int RESERVED_CONNECTIONS = 10;

    private Workloads() {
    }

    /** The autoscaler that scales the Deployment, if any. */
    static Optional<HorizontalPodAutoscaler> autoscaler(Rendering r, Deployment d) {
        return r.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName()))
                .findFirst();
    }

    /** The fewest pods the Deployment runs once rolled out: the autoscaler's minimum or its replicas (default 1). */
    static int leastPods(Rendering r, Deployment d) {
        return autoscaler(r, d).map(h -> Optional.ofNullable(h.getSpec().getMinReplicas()).orElse(1))
                .orElseGet(() -> Optional.ofNullable(d.getSpec().getReplicas()).orElse(1));
    }

    /** The most pods the Deployment can run at once: the autoscaler's maximum or its replicas, plus a rollout's surge. */
    static int mostPods(Rendering r, Deployment d) {
        int steady = autoscaler(r, d).map(h -> h.getSpec().getMaxReplicas())
                .orElseGet(() -> Optional.ofNullable(d.getSpec().getReplicas()).orElse(1));
        return steady + surge(d, steady);
    }

    /** Extra pods during a rolling update: maxSurge as a count, or a percentage rounded up (default 25 %). */
    static int surge(Deployment d, int replicas) {
        if (d.getSpec().getStrategy() != null && "Recreate".equals(d.getSpec().getStrategy().getType())) {
            return 0;
        }
        RollingUpdateDeployment rolling = d.getSpec().getStrategy() == null ? null : d.getSpec().getStrategy().getRollingUpdate();
        IntOrString surge = rolling == null || rolling.getMaxSurge() == null ? new IntOrString("25%") : rolling.getMaxSurge();
        if (surge.getStrVal() == null) {
            return surge.getIntVal();
        }
        int percent = Integer.parseInt(surge.getStrVal().replace("%", ""));
        return (int) Math.ceil(replicas * percent / 100.0);
    }

    /** The service's connection pool: QUARKUS_DATASOURCE_JDBC_MAX_SIZE from the manifests, else its properties. */
    static int poolSize(Rendering r, String service, ServiceSource source) {
        String configured = ManifestTests.environment(r, r.mainContainer(service)).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        return Integer.parseInt(configured != null ? configured : source.property("quarkus.datasource.jdbc.max-size"));
    }

    /**
     * max_connections of the rendering's PostgreSQL: the StatefulSet's -c option, or the CloudNativePG Cluster's
     * parameter, or for a server outside the cluster PostgreSQL's default of 100.
     */
    @SuppressWarnings("unchecked")
    static int maxConnections(Rendering r) {
        List<StatefulSet> servers = r.all(StatefulSet.class);
        if (servers.isEmpty()) {
            var clusters = r.custom("Cluster");
            if (clusters.isEmpty()) {
                return 100; // a server outside the cluster: PostgreSQL's default, which its README asks for at least
            }
            assertEquals(1, clusters.size(), r.dir + ": which PostgreSQL?");
            Map<String, Object> spec = (Map<String, Object>) clusters.get(0).getAdditionalProperties().get("spec");
            Map<String, Object> postgresql = (Map<String, Object>) spec.getOrDefault("postgresql", Map.of());
            Map<String, Object> parameters = (Map<String, Object>) postgresql.getOrDefault("parameters", Map.of());
            return Integer.parseInt(String.valueOf(parameters.getOrDefault("max_connections", "100")));
        }
        assertEquals(1, servers.size(), r.dir + ": which PostgreSQL?");
        Container pg = r.mainContainer(servers.get(0).getMetadata().getName());
        List<String> args = pg.getArgs() == null ? List.of() : pg.getArgs();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i).startsWith("-c") && args.get(i).length() > 2 ? args.get(i).substring(2)
                    : args.get(i).equals("-c") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg != null && arg.startsWith("max_connections=")) {
                return Integer.parseInt(arg.substring("max_connections=".length()));
            }
        }
        return 100;
    }

    /** Seconds the preStop hook takes: a `sleep N` command or the sleep action; 0 without a hook. */
    static int preStopSeconds(Container c) {
        Lifecycle lifecycle = c.getLifecycle();
        if (lifecycle == null || lifecycle.getPreStop() == null) {
            return 0;
        }
        var preStop = lifecycle.getPreStop();
        if (preStop.getSleep() != null) {
            return preStop.getSleep().getSeconds().intValue();
        }
        assertNotNull(preStop.getExec(), c.getName() + ": a preStop hook that is neither sleep nor exec");
        List<String> command = preStop.getExec().getCommand();
        assertTrue(command.size() == 2 && command.get(0).endsWith("sleep"), c.getName() + ": preStop " + command);
        return Integer.parseInt(command.get(1));
    }

    /** quarkus.shutdown.timeout as the service runs with the rendering's environment (none means no wait). */
    static Duration shutdownTimeout(Rendering r, String service, ServiceSource source) {
        String configured = ManifestTests.environment(r, r.mainContainer(service)).get("QUARKUS_SHUTDOWN_TIMEOUT");
        String value = configured != null ? configured : source.properties.getProperty("quarkus.shutdown.timeout");
        return value == null ? Duration.ZERO : Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
    }
}
