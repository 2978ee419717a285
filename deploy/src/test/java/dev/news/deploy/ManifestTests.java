package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Renders deploy/base and the overlays with {@code kubectl kustomize} and checks the rules every rendering
 * must keep, then what each overlay adds. Offline: nothing talks to a cluster.
 */
class ManifestTests {

    static final String ARTICLE = "article-service";
    static final String SUMMARY = "summary-service";
    static final String POSTGRES = "postgres";
    static final List<String> SERVICES = List.of(ARTICLE, SUMMARY);
    static final String INGRESS_CONTROLLER = "ingress controller";
    static final String PROMETHEUS = "Prometheus";
    /** Peers in other namespaces, by the namespace the policies name. */
    static final Map<String, String> OTHER_NAMESPACES = Map.of("ingress-nginx", INGRESS_CONTROLLER, "monitoring", PROMETHEUS);
    static final String PLACEHOLDER = "change-me";
    static final Map<String, ServiceSource> SOURCES = Map.of(ARTICLE, new ServiceSource(ARTICLE),
            SUMMARY, new ServiceSource(SUMMARY));

    // ---------------------------------------------------------------- every rendering

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void kindsPresent(String dir) {
        Rendering r = Rendering.of(dir);
        Map<String, Long> kinds = r.objects.stream()
                .collect(Collectors.groupingBy(HasMetadata::getKind, TreeMap::new, Collectors.counting()));
        Map<String, Long> expected = new TreeMap<>(Map.of("Deployment", 2L, "Service", 2L, "ConfigMap", 2L));
        if (dir.equals("overlays/dev")) {
            expected.putAll(Map.of("StatefulSet", 1L, "Service", 3L, "ConfigMap", 3L, "Secret", 3L));
        }
        if (dir.equals("overlays/prod")) {
            // The logins' Secrets come with the database (database/cloudnative-pg); the ConfigMaps are the two
            // services' and the token-signing key's.
            expected.putAll(Map.of("ConfigMap", 3L, "HorizontalPodAutoscaler", 1L, "PodDisruptionBudget", 2L,
                    "NetworkPolicy", 3L, "Ingress", 1L));
        }
        assertEquals(expected, kinds, dir);
        assertEquals(Set.of(ARTICLE, SUMMARY), names(r.all(Deployment.class)), dir);
        if (dir.equals("overlays/dev")) {
            assertEquals(Set.of(POSTGRES), names(r.all(StatefulSet.class)), dir);
            assertEquals(Set.of(ARTICLE, SUMMARY, POSTGRES), names(r.all(Service.class)), dir);
        }
    }

    @Test
    void namespacesAreMadeOnceOutsideTheOverlays() {
        Rendering r = Rendering.of("namespaces");
        assertEquals(Set.of("news", "news-dev"), names(r.all(Namespace.class)));
        assertEquals(r.objects.size(), r.all(Namespace.class).size(), "namespaces/ holds namespaces only");
        for (Namespace namespace : r.all(Namespace.class)) {
            assertEquals("restricted", namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"),
                    describe(namespace));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void overlaysPutEverythingInTheirNamespace(String dir) {
        Rendering r = Rendering.of(dir);
        String namespace = dir.equals("overlays/prod") ? "news" : "news-dev";
        for (HasMetadata object : r.objects) {
            assertEquals(namespace, object.getMetadata().getNamespace(), dir + ": " + describe(object));
        }
    }

    /** `kubectl delete -k` deletes what the overlay renders: never the namespace, never a volume claim. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void deletingAnOverlayKeepsTheNamespaceAndTheData(String dir) {
        Rendering r = Rendering.of(dir);
        assertTrue(r.all(Namespace.class).isEmpty(), dir + " renders its namespace; delete -k would remove it");
        assertTrue(r.all(PersistentVolumeClaim.class).isEmpty(), dir + " renders a volume claim; delete -k would remove it");
        assertTrue(r.objects.stream().noneMatch(o -> o.getApiVersion().startsWith("postgresql.cnpg.io/")),
                dir + " renders a database Cluster; delete -k would remove it and its volumes");
        for (StatefulSet sts : r.all(StatefulSet.class)) {
            var retention = sts.getSpec().getPersistentVolumeClaimRetentionPolicy();
            assertNotNull(retention, dir + ": " + describe(sts) + " leaves its claims' fate to the default");
            assertEquals("Retain", retention.getWhenDeleted(), dir + ": " + describe(sts));
            assertEquals("Retain", retention.getWhenScaled(), dir + ": " + describe(sts));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyContainerHasThreeProbes(String dir) {
        Rendering r = Rendering.of(dir);
        r.podTemplates().forEach((workload, template) -> containers(template).forEach(c -> {
            String where = dir + ": " + workload + "/" + c.getName();
            assertProbe(c.getLivenessProbe(), where + " liveness");
            assertProbe(c.getReadinessProbe(), where + " readiness");
            assertProbe(c.getStartupProbe(), where + " startup");
        }));
        for (String service : SERVICES) {
            Container c = r.mainContainer(service);
            String where = dir + ": " + service;
            assertHealthProbe(c, c.getLivenessProbe(), Set.of("/q/health/live"), where + " liveness");
            assertHealthProbe(c, c.getReadinessProbe(), Set.of("/q/health/ready"), where + " readiness");
            assertHealthProbe(c, c.getStartupProbe(), Set.of("/q/health/started", "/q/health/ready"),
                    where + " startup");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void summaryServiceStartupProbeWaitsForTheModels(String dir) {
        Probe startup = Rendering.of(dir).mainContainer(SUMMARY).getStartupProbe();
        int seconds = orDefault(startup.getInitialDelaySeconds(), 0)
                + orDefault(startup.getPeriodSeconds(), 10) * orDefault(startup.getFailureThreshold(), 3);
        assertTrue(seconds >= 180, dir + ": summary-service startup probe gives up after " + seconds + " s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyContainerHasRequestsAndLimits(String dir) {
        Rendering r = Rendering.of(dir);
        r.podTemplates().forEach((workload, template) -> containers(template).forEach(c -> {
            String where = dir + ": " + workload + "/" + c.getName();
            ResourceRequirements resources = c.getResources();
            assertNotNull(resources, where + " has no resources");
            for (String resource : List.of("cpu", "memory", "ephemeral-storage")) {
                Quantity request = get(resources.getRequests(), resource);
                Quantity limit = get(resources.getLimits(), resource);
                assertNotNull(request, where + " requests no " + resource);
                assertNotNull(limit, where + " has no " + resource + " limit");
                assertTrue(amount(request).compareTo(amount(limit)) <= 0, where + " " + resource + " request > limit");
            }
        }));
        assertResources(r.mainContainer(ARTICLE), "250m", "1", "384Mi", "512Mi", dir);
        assertResources(r.mainContainer(SUMMARY), "500m", "2", "2Gi", "2.5Gi", dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyContainerIsLockedDown(String dir) {
        Rendering r = Rendering.of(dir);
        r.podTemplates().forEach((workload, template) -> {
            PodSpec pod = template.getSpec();
            PodSecurityContext podSecurity = pod.getSecurityContext();
            for (Container c : containers(template)) {
                String where = dir + ": " + workload + "/" + c.getName();
                SecurityContext sc = c.getSecurityContext();
                assertNotNull(sc, where + " has no securityContext");
                Boolean nonRoot = sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot()
                        : podSecurity == null ? null : podSecurity.getRunAsNonRoot();
                assertEquals(Boolean.TRUE, nonRoot, where + " runAsNonRoot");
                Long user = sc.getRunAsUser() != null ? sc.getRunAsUser()
                        : podSecurity == null ? null : podSecurity.getRunAsUser();
                assertTrue(user == null || user != 0, where + " runs as uid 0");
                assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), where + " readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), where + " allowPrivilegeEscalation");
                assertTrue(sc.getPrivileged() == null || !sc.getPrivileged(), where + " is privileged");
                assertNotNull(sc.getCapabilities(), where + " drops no capabilities");
                assertTrue(sc.getCapabilities().getDrop().contains("ALL"), where + " does not drop ALL");
                assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(),
                        where + " adds capabilities");
                String seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile().getType()
                        : podSecurity == null || podSecurity.getSeccompProfile() == null ? null
                        : podSecurity.getSeccompProfile().getType();
                assertEquals("RuntimeDefault", seccomp, where + " seccompProfile");
                assertEquals("emptyDir", volumeKind(pod, mountAt(c, "/tmp", where)), where + " /tmp");
            }
            assertTrue(pod.getHostNetwork() == null || !pod.getHostNetwork(), workload + " hostNetwork");
            assertTrue(pod.getVolumes().stream().allMatch(v -> v.getHostPath() == null), workload + " hostPath");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void imagesArePinned(String dir) {
        Rendering r = Rendering.of(dir);
        r.podTemplates().forEach((workload, template) -> containers(template).forEach(c -> {
            String image = c.getImage();
            String where = dir + ": " + workload + "/" + c.getName() + " image " + image;
            assertNotNull(image, where);
            String tag = tag(image);
            assertNotNull(tag, where + " has no tag");
            assertFalse(tag.isBlank() || tag.equalsIgnoreCase("latest"), where + " is not pinned");
            boolean mutable = tag.equalsIgnoreCase("latest") || tag.endsWith("-SNAPSHOT");
            if (mutable && !image.contains("@")) {
                assertEquals("Always", c.getImagePullPolicy(), where + ": a tag that is rebuilt must be pulled always");
            }
            boolean jibName = dir.equals("base") && SERVICES.contains(workload);
            if (!jibName) {
                assertNotNull(registry(image), where + " names no registry (it would be pulled from Docker Hub)");
            }
        }));
        String version = projectVersion();
        for (String service : SERVICES) {
            ServiceSource source = SOURCES.get(service);
            String image = r.mainContainer(service).getImage();
            String repository = image.substring(0, image.lastIndexOf(':'));
            String jibRepository = source.property("quarkus.container-image.group") + "/"
                    + source.property("quarkus.container-image.name");
            String expected = dir.equals("base") ? jibRepository : registry(image) + "/" + jibRepository;
            assertEquals(expected, repository, dir + ": " + service + " image " + image + " is not the Jib image "
                    + jibRepository + (dir.equals("base") ? "" : " in a registry"));
            assertEquals(version, tag(image), dir + ": " + service + " image tag is not the project version");
        }
    }

    @Test
    void anImageNameWithoutARegistryIsRefused() {
        assertNull(registry("news/article-service:0.1.0-SNAPSHOT"));
        assertNull(registry("postgres:16.6-alpine"));
        assertEquals("localhost:5000", registry("localhost:5000/news/article-service:0.1.0-SNAPSHOT"));
        assertEquals("registry.example.com", registry("registry.example.com/news/article-service:0.1.0-SNAPSHOT"));
        assertEquals("docker.io", registry("docker.io/library/postgres:16.6-alpine"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void portsAgree(String dir) {
        Rendering r = Rendering.of(dir);
        for (String service : SERVICES) {
            Container c = r.mainContainer(service);
            int containerPort = port(c, "http");
            Map<String, String> env = environment(r, c);
            assertEquals(String.valueOf(containerPort), env.get("QUARKUS_HTTP_PORT"),
                    dir + ": " + service + " QUARKUS_HTTP_PORT and its container port differ");
        }
        for (Service service : r.all(Service.class)) {
            String name = service.getMetadata().getName();
            List<String> selected = r.workloadsSelectedBy(new LabelSelector(null, service.getSpec().getSelector()));
            assertEquals(List.of(name), selected, dir + ": Service " + name + " selects " + selected);
            Container c = r.mainContainer(name);
            for (ServicePort sp : service.getSpec().getPorts()) {
                int target = resolve(c, sp.getTargetPort() == null ? new IntOrString(sp.getPort()) : sp.getTargetPort());
                assertTrue(c.getPorts().stream().anyMatch(p -> p.getContainerPort() == target),
                        dir + ": Service " + name + " targets port " + target + " that " + name + " does not open");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyServiceEnvVarIsAPropertyTheServiceReads(String dir) {
        Rendering r = Rendering.of(dir);
        for (String service : SERVICES) {
            ServiceSource source = SOURCES.get(service);
            Map<String, String> env = environment(r, r.mainContainer(service));
            assertFalse(env.isEmpty(), dir + ": " + service + " gets no environment");
            for (String name : env.keySet()) {
                assertFalse(JvmCommand.OPTION_ENV.contains(name), dir + ": " + service + " gets JVM options from "
                        + name + "; they belong on its command line");
                assertNotNull(source.propertyOf(name), dir + ": " + service + " gets " + name
                        + ", which is none of its properties (application.properties keys: "
                        + source.properties.stringPropertyNames() + "; @ConfigMapping " + source.mappedProperties + ")");
            }
            for (String required : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_HTTP_PORT")) {
                assertTrue(env.containsKey(required), dir + ": " + service + " lacks " + required);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyServiceStartsItsJarWithOneCollectorAndAHeapUnderItsLimit(String dir) {
        Rendering r = Rendering.of(dir);
        for (String service : SERVICES) {
            Container c = r.mainContainer(service);
            JvmCommand jvm = JvmCommand.of(c);
            String where = dir + ": " + service + " " + jvm;
            assertEquals("java", jvm.executable(), where);
            assertEquals(imageJar(SOURCES.get(service)), jvm.jar(), where + " does not run the image's jar");
            assertEquals(1, jvm.collectors().size(), where + " must choose exactly one collector");
            long limit = amount(get(c.getResources().getLimits(), "memory")).longValue();
            long heap = jvm.maxHeapBytes(limit);
            // Room for metaspace, code cache, thread stacks, direct buffers and the collector's own structures.
            long headroom = limit - heap;
            assertTrue(headroom >= 256L << 20, where + " leaves " + (headroom >> 20) + " MiB over a full heap of "
                    + (heap >> 20) + " MiB");
        }
        assertEquals("-XX:MaxRAMPercentage=70", JvmCommand.of(r.mainContainer(SUMMARY)).heapOption(),
                dir + ": summary-service heap is not 70 % of its limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void servicesFindEachOtherByServiceName(String dir) {
        Rendering r = Rendering.of(dir);
        URI url = URI.create(environment(r, r.mainContainer(SUMMARY)).get("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL"));
        assertEquals("http", url.getScheme(), dir);
        assertEquals(ARTICLE, url.getHost(), dir + ": article-service URL must use the Service DNS name: " + url);
        int servicePort = r.service(ARTICLE).getSpec().getPorts().get(0).getPort();
        assertEquals(servicePort, url.getPort(), dir + ": article-service URL port is not the Service port");

        if (!dir.equals("overlays/dev")) {
            return; // the database is the overlay's; prod's in prodServicesUseTheCloudNativePgCluster
        }
        int postgresPort = r.service(POSTGRES).getSpec().getPorts().get(0).getPort();
        Map<String, String> databases = Map.of(ARTICLE, "articles", SUMMARY, "summaries");
        for (String service : SERVICES) {
            String jdbc = environment(r, r.mainContainer(service)).get("QUARKUS_DATASOURCE_JDBC_URL");
            assertEquals("jdbc:postgresql://" + POSTGRES + ":" + postgresPort + "/" + databases.get(service), jdbc,
                    dir + ": " + service + " database URL");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "overlays/dev"})
    void secretsHoldPlaceholdersOnly(String dir) {
        Rendering r = Rendering.of(dir);
        for (Secret secret : r.all(Secret.class)) {
            Map<String, String> values = new HashMap<>();
            if (secret.getData() != null) {
                secret.getData().forEach((k, v) ->
                        values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
            }
            if (secret.getStringData() != null) {
                values.putAll(secret.getStringData());
            }
            assertFalse(values.isEmpty(), dir + ": " + describe(secret) + " is empty");
            values.remove("username"); // a login's name, not a secret
            values.forEach((k, v) -> assertEquals(PLACEHOLDER, v,
                    dir + ": " + describe(secret) + " key " + k + " holds something other than the placeholder"));
        }
        // Passwords come from Secrets, never from plain values or ConfigMaps.
        for (String service : r.all(Deployment.class).isEmpty() ? List.<String>of() : SERVICES) {
            EnvVar password = r.mainContainer(service).getEnv().stream()
                    .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD")).findFirst()
                    .orElseThrow(() -> new AssertionError(dir + ": " + service + " sets no database password"));
            assertNull(password.getValue(), dir + ": " + service + " password is a plain value");
            assertNotNull(password.getValueFrom().getSecretKeyRef(), dir + ": " + service + " password not from a Secret");
        }
        for (ConfigMap cm : r.all(ConfigMap.class)) {
            cm.getData().keySet().forEach(k -> assertFalse(k.toUpperCase().contains("PASSWORD"),
                    dir + ": " + describe(cm) + " holds " + k));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev"})
    void postgresKeepsItsDataOnAVolume(String dir) {
        Rendering r = Rendering.of(dir);
        StatefulSet sts = r.one(StatefulSet.class, POSTGRES);
        assertEquals(1, sts.getSpec().getReplicas(), dir + ": one PostgreSQL server");
        Service headless = r.service(sts.getSpec().getServiceName());
        assertEquals("None", headless.getSpec().getClusterIP(), dir + ": the StatefulSet's Service is not headless");
        assertEquals(1, sts.getSpec().getVolumeClaimTemplates().size(), dir + ": volumeClaimTemplates");
        String claim = sts.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();

        Container pg = r.mainContainer(POSTGRES);
        PodSpec pod = sts.getSpec().getTemplate().getSpec();
        VolumeMount data = pg.getVolumeMounts().stream().filter(m -> m.getName().equals(claim)).findFirst()
                .orElseThrow(() -> new AssertionError(dir + ": the claim " + claim + " is not mounted"));
        String pgdata = plainEnv(pg).get("PGDATA");
        assertNotNull(pgdata, dir + ": PGDATA not set");
        assertTrue(pgdata.startsWith(data.getMountPath() + "/") && pgdata.length() > data.getMountPath().length() + 1,
                dir + ": PGDATA " + pgdata + " is not a subfolder of the volume at " + data.getMountPath());
        for (String path : List.of("/var/run/postgresql", "/tmp")) {
            assertEquals("emptyDir", volumeKind(pod, mountAt(pg, path, dir + ": postgres")), dir + ": postgres " + path);
        }

        // The init script: both databases and both users, the users being those the services log in as.
        String initVolume = mountAt(pg, "/docker-entrypoint-initdb.d", dir + ": postgres").getName();
        String initMap = pod.getVolumes().stream().filter(v -> v.getName().equals(initVolume)).findFirst()
                .map(v -> v.getConfigMap().getName()).orElseThrow();
        String script = String.join("\n", r.configMap(initMap).getData().values());
        for (String statement : List.of("CREATE DATABASE articles", "CREATE DATABASE summaries")) {
            assertTrue(script.contains(statement), dir + ": init script lacks " + statement);
        }
        Map<String, String> pgEnv = pg.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e.getValueFrom() == null
                ? "value" : e.getValueFrom().getConfigMapKeyRef() != null
                        ? e.getValueFrom().getConfigMapKeyRef().getName() + "/" + e.getValueFrom().getConfigMapKeyRef().getKey()
                        : e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey()));
        Matcher variables = Pattern.compile("\\$\\{?([A-Z_]+)").matcher(script);
        while (variables.find()) {
            assertTrue(pgEnv.containsKey(variables.group(1)), dir + ": init script reads " + variables.group(1)
                    + ", which the postgres container does not get");
        }
        for (String service : SERVICES) {
            Container c = r.mainContainer(service);
            String user = envSource(c, "QUARKUS_DATASOURCE_USERNAME");
            String password = envSource(c, "QUARKUS_DATASOURCE_PASSWORD");
            assertTrue(pgEnv.containsValue(user), dir + ": postgres does not create " + service + "'s user " + user);
            assertTrue(pgEnv.containsValue(password), dir + ": postgres does not set " + service + "'s password " + password);
        }
    }

    /** A service's settings change its ConfigMap's hashed name and so restart its pods, and must not restart PostgreSQL. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev"})
    void postgresReadsNothingOfTheServicesSettings(String dir) {
        Rendering r = Rendering.of(dir);
        Set<String> serviceConfigs = new TreeSet<>();
        for (String service : SERVICES) {
            Container c = r.mainContainer(service);
            c.getEnvFrom().stream().filter(f -> f.getConfigMapRef() != null)
                    .forEach(f -> serviceConfigs.add(f.getConfigMapRef().getName()));
        }
        assertFalse(serviceConfigs.isEmpty(), dir);
        Set<String> read = configMapsReadBy(r.podTemplate(POSTGRES));
        read.retainAll(serviceConfigs);
        assertTrue(read.isEmpty(), dir + ": postgres reads the services' ConfigMaps " + read);
    }

    // ---------------------------------------------------------------- dev

    @Test
    void devRunsOneOfEach() {
        Rendering r = Rendering.of("overlays/dev");
        for (Deployment d : r.all(Deployment.class)) {
            assertEquals(1, orDefault(d.getSpec().getReplicas(), 1), d.getMetadata().getName());
        }
    }

    // ---------------------------------------------------------------- prod

    @Test
    void prodRunsAtLeastTwoOfEachService() {
        Rendering r = Rendering.of("overlays/prod");
        for (String service : SERVICES) {
            Deployment d = r.one(Deployment.class, service);
            int least = Workloads.leastPods(r, d);
            assertTrue(least >= 2, service + " may run " + least + " pod");
            assertEquals(0, resolveCount(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable()),
                    service + " may drop below its replicas in a rollout");
        }
    }

    @Test
    void prodAutoscalesSummaryServiceOnCpu() {
        Rendering r = Rendering.of("overlays/prod");
        HorizontalPodAutoscaler hpa = r.one(HorizontalPodAutoscaler.class, SUMMARY);
        assertEquals("autoscaling/v2", hpa.getApiVersion());
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(SUMMARY, hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "minReplicas");
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), "maxReplicas");
        MetricSpec cpu = hpa.getSpec().getMetrics().stream()
                .filter(m -> "Resource".equals(m.getType()) && "cpu".equals(m.getResource().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no CPU metric"));
        assertEquals("Utilization", cpu.getResource().getTarget().getType());
        assertNotNull(cpu.getResource().getTarget().getAverageUtilization());
    }

    @Test
    void prodHasDisruptionBudgets() {
        Rendering r = Rendering.of("overlays/prod");
        Map<String, PodDisruptionBudget> budgets = new TreeMap<>();
        for (PodDisruptionBudget pdb : r.all(PodDisruptionBudget.class)) {
            List<String> selected = r.workloadsSelectedBy(pdb.getSpec().getSelector());
            assertEquals(1, selected.size(), describe(pdb) + " selects " + selected);
            budgets.put(selected.get(0), pdb);
        }
        assertEquals(Set.of(ARTICLE, SUMMARY), budgets.keySet());
        budgets.forEach((service, pdb) -> {
            int replicas = Workloads.leastPods(r, r.one(Deployment.class, service));
            assertTrue(pdb.getSpec().getMinAvailable() != null || pdb.getSpec().getMaxUnavailable() != null, service);
            if (pdb.getSpec().getMinAvailable() != null) {
                int min = resolveCount(pdb.getSpec().getMinAvailable());
                assertTrue(min >= 1 && min < replicas, service + " PDB minAvailable " + min + " of " + replicas);
            } else {
                int max = resolveCount(pdb.getSpec().getMaxUnavailable());
                assertTrue(max >= 1 && max < replicas, service + " PDB maxUnavailable " + max + " of " + replicas);
            }
        });
    }

    @Test
    void prodNetworkPoliciesAllowExactlyTheDescribedTraffic() {
        Rendering r = Rendering.of("overlays/prod");
        List<NetworkPolicy> policies = r.all(NetworkPolicy.class);

        NetworkPolicy deny = policies.stream().filter(p -> isEmpty(p.getSpec().getPodSelector())).findFirst()
                .orElseThrow(() -> new AssertionError("no default-deny policy (empty podSelector)"));
        assertTrue(deny.getSpec().getPolicyTypes().contains("Ingress"), "default deny covers ingress");
        assertTrue(deny.getSpec().getIngress() == null || deny.getSpec().getIngress().isEmpty(),
                "the default-deny policy allows something");
        assertEquals(1, policies.stream().filter(p -> isEmpty(p.getSpec().getPodSelector())).count(),
                "only one policy may select every pod");

        Map<String, Set<String>> expected = Map.of(
                ARTICLE, Set.of(SUMMARY, INGRESS_CONTROLLER, PROMETHEUS),
                SUMMARY, Set.of(INGRESS_CONTROLLER, PROMETHEUS));
        Map<String, Set<String>> allowed = new TreeMap<>();
        Set<String> controllers = new TreeSet<>();
        r.podTemplates().forEach((workload, template) -> {
            Map<String, String> labels = template.getMetadata().getLabels();
            Container c = r.mainContainer(workload);
            Set<String> sources = new TreeSet<>();
            for (NetworkPolicy policy : policies) {
                if (!Rendering.matches(policy.getSpec().getPodSelector(), labels)) {
                    continue;
                }
                assertTrue(policy.getSpec().getPolicyTypes().contains("Ingress"), describe(policy));
                List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress() == null ? List.of()
                        : policy.getSpec().getIngress();
                for (NetworkPolicyIngressRule rule : rules) {
                    String where = describe(policy) + " for " + workload;
                    assertFalse(rule.getFrom() == null || rule.getFrom().isEmpty(), where + " allows every source");
                    assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), where + " allows every port");
                    for (NetworkPolicyPort port : rule.getPorts()) {
                        int number = resolve(c, port.getPort());
                        assertTrue(c.getPorts().stream().anyMatch(p -> p.getContainerPort() == number),
                                where + " opens port " + number + " that " + workload + " does not serve");
                    }
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertNull(peer.getIpBlock(), where + " allows an ipBlock");
                        if (peer.getNamespaceSelector() == null) {
                            assertFalse(isEmpty(peer.getPodSelector()), where + " allows every pod of the namespace");
                            List<String> selected = r.workloadsSelectedBy(peer.getPodSelector());
                            assertFalse(selected.isEmpty(), where + " allows pods that do not exist: " + peer);
                            sources.addAll(selected);
                        } else {
                            // Another namespace: only the ingress controller's pods there.
                            assertFalse(isEmpty(peer.getNamespaceSelector()), where + " allows every namespace");
                            assertFalse(isEmpty(peer.getPodSelector()), where + " allows every pod of " + peer);
                            String namespace = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
                            String peerName = OTHER_NAMESPACES.get(namespace);
                            assertNotNull(peerName, where + " allows namespace " + namespace + ", none of " + OTHER_NAMESPACES);
                            controllers.add(peerName + ": " + peer.getNamespaceSelector() + " " + peer.getPodSelector());
                            sources.add(peerName);
                        }
                    }
                }
            }
            allowed.put(workload, sources);
        });
        assertEquals(new TreeMap<>(expected), allowed);
        assertEquals(OTHER_NAMESPACES.size(), controllers.size(), "a peer is selected differently in places: " + controllers);
    }

    @Test
    void prodIngressRoutesThePublicPaths() {
        Rendering r = Rendering.of("overlays/prod");
        Ingress ingress = r.all(Ingress.class).get(0);
        assertEquals("networking.k8s.io/v1", ingress.getApiVersion());
        Map<String, String> routes = new TreeMap<>();
        for (IngressRule rule : ingress.getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                String service = path.getBackend().getService().getName();
                assertEquals("Prefix", path.getPathType(), path.getPath());
                Service target = r.service(service);
                var port = path.getBackend().getService().getPort();
                assertTrue(target.getSpec().getPorts().stream().anyMatch(p -> port.getName() != null
                        ? port.getName().equals(p.getName()) : port.getNumber().equals(p.getPort())),
                        path.getPath() + " goes to a port Service " + service + " does not have");
                routes.put(path.getPath(), service);
            }
        }
        assertEquals(Map.of("/articles", ARTICLE, "/summaries", SUMMARY, "/facts", SUMMARY), routes);
    }

    // ---------------------------------------------------------------- images: Dockerfile and Jib

    @Test
    void dockerfilesAndJibConfigurationBuildTheSameImage() throws IOException {
        Rendering r = Rendering.of("base");
        for (String service : SERVICES) {
            ServiceSource source = SOURCES.get(service);
            String dockerfile = Files.readString(source.dockerfile(), StandardCharsets.UTF_8);
            String base = source.property("quarkus.jib.base-jvm-image");
            assertTrue(base.startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:"), service + " Jib base " + base);
            String baseTag = tag(base);
            assertTrue(baseTag != null && baseTag.matches("\\d+(\\.\\d+)+"), service + " Jib base image is not pinned: " + base);
            assertEquals(List.of(base), instructions(dockerfile, "FROM"), service + " Dockerfile FROM");
            assertEquals(List.of("185"), instructions(dockerfile, "USER"), service + " Dockerfile USER");
            assertEquals("185", source.property("quarkus.jib.user"), service + " quarkus.jib.user");
            int port = port(r.mainContainer(service), "http");
            assertEquals(List.of(String.valueOf(port)), instructions(dockerfile, "EXPOSE"), service + " EXPOSE");
            assertEquals(String.valueOf(port), source.property("quarkus.http.port"), service + " quarkus.http.port");
            List<String> entrypoints = instructions(dockerfile, "ENTRYPOINT");
            assertEquals(1, entrypoints.size(), service + " Dockerfile ENTRYPOINT");
            @SuppressWarnings("unchecked")
            List<String> dockerEntrypoint = new com.fasterxml.jackson.databind.ObjectMapper().readValue(entrypoints.get(0), List.class);
            JvmCommand docker = JvmCommand.parse(dockerEntrypoint, service + " Dockerfile ENTRYPOINT");
            assertEquals("java", docker.executable(), service + ": the Dockerfile's image must start the JVM itself");
            assertEquals(imageJar(source), docker.jar(), service + ": the Dockerfile and Jib images run the same jar");
            assertTrue(docker.collectors().isEmpty(), service + ": the Dockerfile's entrypoint chooses no collector");
            JvmCommand entrypoint = JvmCommand.parse(List.of(source.property("quarkus.jib.jvm-entrypoint").split(",")),
                    service + " quarkus.jib.jvm-entrypoint");
            assertEquals("java", entrypoint.executable(), service + ": the image must start the JVM itself");
            assertTrue(entrypoint.collectors().size() <= 1, service + " entrypoint selects " + entrypoint.collectors());
            for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
                assertTrue(dockerfile.contains("target/quarkus-app/" + part), service + " Dockerfile copies no " + part);
            }
            String tag = source.property("quarkus.container-image.tag");
            assertTrue(tag.equals("${quarkus.application.version}") || tag.equals(projectVersion()),
                    service + " image tag must be the project version: " + tag);
            for (String key : List.of("quarkus.container-image.build", "quarkus.container-image.push")) {
                assertNotEquals("true", source.properties.getProperty(key), service + ": a plain package must not set " + key);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Names of the ConfigMaps a pod reads: envFrom, env references and volumes. */
    static Set<String> configMapsReadBy(PodTemplateSpec template) {
        Set<String> names = new TreeSet<>();
        for (Container c : containers(template)) {
            if (c.getEnvFrom() != null) {
                c.getEnvFrom().stream().filter(f -> f.getConfigMapRef() != null).forEach(f -> names.add(f.getConfigMapRef().getName()));
            }
            if (c.getEnv() != null) {
                c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null)
                        .forEach(e -> names.add(e.getValueFrom().getConfigMapKeyRef().getName()));
            }
        }
        if (template.getSpec().getVolumes() != null) {
            template.getSpec().getVolumes().stream().filter(v -> v.getConfigMap() != null)
                    .forEach(v -> names.add(v.getConfigMap().getName()));
        }
        return names;
    }

    /** Where the image holds the service's jar: Jib's working directory, which the Dockerfile copies to too. */
    static String imageJar(ServiceSource source) {
        String dir = source.property("quarkus.jib.working-directory");
        JvmCommand entrypoint = JvmCommand.parse(List.of(source.property("quarkus.jib.jvm-entrypoint").split(",")),
                source.name + " quarkus.jib.jvm-entrypoint");
        assertEquals(dir + "/quarkus-run.jar", entrypoint.jar(), source.name + ": the entrypoint's jar is not in "
                + "the working directory, where Jib puts the application");
        return entrypoint.jar();
    }

    static Set<String> names(List<? extends HasMetadata> objects) {
        return objects.stream().map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
    }

    static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }

    static List<Container> containers(PodTemplateSpec template) {
        List<Container> all = new ArrayList<>(template.getSpec().getContainers());
        if (template.getSpec().getInitContainers() != null) {
            all.addAll(template.getSpec().getInitContainers());
        }
        return all;
    }

    static void assertProbe(Probe probe, String where) {
        assertNotNull(probe, where + " probe missing");
        assertTrue(probe.getHttpGet() != null || probe.getExec() != null || probe.getTcpSocket() != null
                || probe.getGrpc() != null, where + " probe has no handler");
    }

    static void assertHealthProbe(Container c, Probe probe, Set<String> paths, String where) {
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, where + " is not an HTTP GET on the SmallRye Health endpoints");
        assertTrue(paths.contains(get.getPath()), where + " path " + get.getPath() + " is not one of " + paths);
        assertEquals(port(c, "http"), resolve(c, get.getPort()), where + " port");
    }

    static void assertResources(Container c, String cpuRequest, String cpuLimit, String memRequest, String memLimit,
            String dir) {
        ResourceRequirements res = c.getResources();
        String where = dir + ": " + c.getName();
        assertEquals(0, amount(new Quantity(cpuRequest)).compareTo(amount(get(res.getRequests(), "cpu"))), where + " cpu request");
        assertEquals(0, amount(new Quantity(cpuLimit)).compareTo(amount(get(res.getLimits(), "cpu"))), where + " cpu limit");
        assertEquals(0, amount(new Quantity(memRequest)).compareTo(amount(get(res.getRequests(), "memory"))), where + " memory request");
        assertEquals(0, amount(new Quantity(memLimit)).compareTo(amount(get(res.getLimits(), "memory"))), where + " memory limit");
    }

    static Quantity get(Map<String, Quantity> map, String key) {
        return map == null ? null : map.get(key);
    }

    static BigDecimal amount(Quantity q) {
        return Quantity.getAmountInBytes(q);
    }

    static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    static int port(Container c, String name) {
        return c.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElseThrow(() -> new AssertionError(c.getName() + " has no port named " + name));
    }

    static int resolve(Container c, IntOrString port) {
        assertNotNull(port, c.getName() + ": no port given");
        return port.getStrVal() != null ? port(c, port.getStrVal()) : port.getIntVal();
    }

    static int resolveCount(IntOrString value) {
        assertNotNull(value);
        assertNull(value.getStrVal(), "a percentage where a count is expected: " + value.getStrVal());
        return value.getIntVal();
    }

    static boolean isEmpty(LabelSelector selector) {
        return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
    }

    /**
     * The registry an image name names, or null when it names none (and the runtime would take Docker Hub): the
     * part before the first '/', when it has a '.' or a ':' or is localhost, as container runtimes read it.
     */
    static String registry(String image) {
        int slash = image.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String first = image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : null;
    }

    /** The image's tag, or null; a digest (@sha256:...) is ignored. */
    static String tag(String image) {
        String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(colon + 1) : null;
    }

    static String projectVersion() {
        String version = System.getProperty("news.project.version");
        assertNotNull(version, "system property news.project.version (set by the pom) is missing");
        return version;
    }

    static VolumeMount mountAt(Container c, String path, String where) {
        return c.getVolumeMounts().stream().filter(m -> path.equals(m.getMountPath())).findFirst()
                .orElseThrow(() -> new AssertionError(where + " mounts nothing at " + path));
    }

    static String volumeKind(PodSpec pod, VolumeMount mount) {
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + mount.getName()));
        return volume.getEmptyDir() != null ? "emptyDir" : volume.getConfigMap() != null ? "configMap"
                : volume.getPersistentVolumeClaim() != null ? "persistentVolumeClaim" : "other";
    }

    /** Plain env values of a container (name -> value), without those from ConfigMaps or Secrets. */
    static Map<String, String> plainEnv(Container c) {
        Map<String, String> env = new TreeMap<>();
        if (c.getEnv() != null) {
            c.getEnv().stream().filter(e -> e.getValueFrom() == null).forEach(e -> env.put(e.getName(), e.getValue()));
        }
        return env;
    }

    /**
     * Every environment variable the container gets (envFrom ConfigMaps and Secrets, then env), name -> value;
     * a value from a Secret is given as "secret:name/key".
     */
    static Map<String, String> environment(Rendering r, Container c) {
        Map<String, String> env = new TreeMap<>();
        if (c.getEnvFrom() != null) {
            for (EnvFromSource from : c.getEnvFrom()) {
                String prefix = from.getPrefix() == null ? "" : from.getPrefix();
                if (from.getConfigMapRef() != null) {
                    r.configMap(from.getConfigMapRef().getName()).getData().forEach((k, v) -> env.put(prefix + k, v));
                } else if (from.getSecretRef() != null) {
                    Secret secret = r.secret(from.getSecretRef().getName());
                    secret.getData().keySet().forEach(k -> env.put(prefix + k, "secret:" + secret.getMetadata().getName() + "/" + k));
                } else {
                    fail(c.getName() + ": envFrom of an unknown kind");
                }
            }
        }
        if (c.getEnv() != null) {
            for (EnvVar e : c.getEnv()) {
                if (e.getValueFrom() == null) {
                    env.put(e.getName(), e.getValue());
                } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = e.getValueFrom().getConfigMapKeyRef();
                    env.put(e.getName(), r.configMap(ref.getName()).getData().get(ref.getKey()));
                } else if (e.getValueFrom().getSecretKeyRef() != null) {
                    var ref = e.getValueFrom().getSecretKeyRef();
                    assertTrue(r.secret(ref.getName()).getData().containsKey(ref.getKey()),
                            c.getName() + ": Secret " + ref.getName() + " has no key " + ref.getKey());
                    env.put(e.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
                } else {
                    env.put(e.getName(), "field");
                }
            }
        }
        return env;
    }

    /** Where a service container's variable comes from, as "configmap-name/key" or "secret-name/key". */
    static String envSource(Container c, String name) {
        EnvVar direct = c.getEnv() == null ? null
                : c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
        if (direct != null) {
            assertNotNull(direct.getValueFrom(), c.getName() + ": " + name + " is a plain value");
            return direct.getValueFrom().getSecretKeyRef() != null
                    ? direct.getValueFrom().getSecretKeyRef().getName() + "/" + direct.getValueFrom().getSecretKeyRef().getKey()
                    : direct.getValueFrom().getConfigMapKeyRef().getName() + "/" + direct.getValueFrom().getConfigMapKeyRef().getKey();
        }
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null && from.getPrefix() == null) {
                return from.getConfigMapRef().getName() + "/" + name;
            }
        }
        throw new AssertionError(c.getName() + " does not get " + name);
    }

    static List<String> instructions(String dockerfile, String keyword) {
        List<String> found = new ArrayList<>();
        for (String line : dockerfile.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1)) {
                found.add(trimmed.substring(keyword.length()).strip());
            }
        }
        return found;
    }

    static void assertNotEquals(String unexpected, String actual, String message) {
        org.junit.jupiter.api.Assertions.assertNotEquals(unexpected, actual, message);
    }
}
