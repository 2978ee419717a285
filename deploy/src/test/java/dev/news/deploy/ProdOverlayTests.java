package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

/**
 * What production adds: secrets only from the operator's files, TLS and body limits at the Ingress, the token key,
 * the forwarded client address, and the CloudNativePG database with its backups.
 */
class ProdOverlayTests {

    static final String PROD = "overlays/prod";
    static final String DATABASE = "database/cloudnative-pg";
    static final String EXTERNAL = "overlays/prod-external-db";

    // ---------------------------------------------------------------- secrets

    /** Without the operator's files (passwords, backup credentials, the token key) neither directory renders. */
    @ParameterizedTest
    @ValueSource(strings = {PROD, DATABASE, EXTERNAL})
    void refusesToRenderWithoutTheOperatorsFiles(String dir) {
        Path pristine = Rendering.copyOfManifests("pristine");
        Rendering.Outcome outcome = Rendering.tryKustomize(pristine.resolve(dir));
        assertNotEquals(0, outcome.exitCode(), dir + " renders without the operator's files");
        assertTrue(outcome.errors().contains("jwt/publicKey.pem") || outcome.errors().contains("secrets/"),
                dir + ": the error does not name the missing file: " + outcome.errors());
    }

    @Test
    void prodAndItsDatabaseHoldNoPlaceholder() {
        for (String dir : List.of(PROD, DATABASE, EXTERNAL)) {
            for (HasMetadata object : Rendering.of(dir).objects) {
                String text = object.toString();
                if (object instanceof Secret secret && secret.getData() != null) {
                    for (String value : secret.getData().values()) {
                        String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                        assertNotEquals(ManifestTests.PLACEHOLDER, decoded, dir + ": " + ManifestTests.describe(secret));
                        assertEquals(decoded.strip(), decoded, dir + ": " + ManifestTests.describe(secret)
                                + " holds a value with a trailing newline (write the file with printf '%s')");
                    }
                }
                assertFalse(text.contains(ManifestTests.PLACEHOLDER), dir + ": " + ManifestTests.describe(object));
            }
        }
    }

    // ---------------------------------------------------------------- Ingress

    @Test
    void ingressServesEveryHostOverTlsFromCertManager() {
        Ingress ingress = Rendering.of(PROD).all(Ingress.class).get(0);
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        assertNotNull(annotations, "the Ingress has no annotations");
        assertTrue(annotations.containsKey("cert-manager.io/cluster-issuer") || annotations.containsKey("cert-manager.io/issuer"),
                "no cert-manager issuer annotation: " + annotations);
        assertEquals("true", annotations.get("nginx.ingress.kubernetes.io/force-ssl-redirect"), "plain HTTP is not redirected");
        Set<String> covered = new TreeSet<>();
        for (IngressTLS tls : ingress.getSpec().getTls()) {
            assertFalse(tls.getSecretName() == null || tls.getSecretName().isBlank(), "a tls entry without a Secret");
            covered.addAll(tls.getHosts());
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            assertNotNull(rule.getHost(), "a rule without a host cannot have a certificate");
            assertTrue(covered.contains(rule.getHost()), rule.getHost() + " is served without TLS");
        }
    }

    /** ingress-nginx refuses bodies over its limit itself: the limit must be above each routed service's own. */
    @Test
    void ingressLetsThroughEveryBodyTheServicesAcceptOrRefuseThemselves() {
        Rendering r = Rendering.of(PROD);
        Ingress ingress = r.all(Ingress.class).get(0);
        String size = ingress.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-body-size");
        assertNotNull(size, "no proxy-body-size: ingress-nginx refuses bodies over 1 MiB");
        long ingressLimit = JvmCommand.bytes(size);
        for (IngressRule rule : ingress.getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                String service = path.getBackend().getService().getName();
                Map<String, String> env = ManifestTests.environment(r, r.mainContainer(service));
                String own = env.getOrDefault("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE",
                        ManifestTests.SOURCES.get(service).property("quarkus.http.limits.max-body-size"));
                assertTrue(ingressLimit > JvmCommand.bytes(own), path.getPath() + ": the Ingress limit " + size
                        + " is not above " + service + "'s " + own);
            }
        }
    }

    // ---------------------------------------------------------------- services

    @Test
    void articleServiceTrustsTheKeyTheOperatorSupplies() {
        Rendering r = Rendering.of(PROD);
        Container c = r.mainContainer(ManifestTests.ARTICLE);
        String location = ManifestTests.environment(r, c).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertNotNull(location, "article-service is given no token key, so it refuses every write");
        PodSpec pod = r.podTemplate(ManifestTests.ARTICLE).getSpec();
        VolumeMount mount = c.getVolumeMounts().stream().filter(m -> location.startsWith(m.getMountPath() + "/"))
                .findFirst().orElseThrow(() -> new AssertionError(location + " is on no mounted volume"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getConfigMap(), "the key's volume is not a ConfigMap");
        String key = location.substring(mount.getMountPath().length() + 1);
        String pem = r.configMap(volume.getConfigMap().getName()).getData().get(key);
        assertNotNull(pem, "the ConfigMap has no " + key);
        assertTrue(pem.contains("-----BEGIN PUBLIC KEY-----"), "the key is not a PEM public key");
    }

    /** Behind the Ingress, the rate limit counts by the forwarded client address, believed from the pod network only. */
    @Test
    void servicesReadTheForwardedClientAddressFromTrustedProxiesOnly() {
        Rendering r = Rendering.of(PROD);
        for (String service : ManifestTests.SERVICES) {
            ServiceSource source = ManifestTests.SOURCES.get(service);
            assertEquals("true", source.property("quarkus.http.proxy.proxy-address-forwarding"), service);
            assertEquals("true", source.property("quarkus.http.proxy.allow-x-forwarded"), service);
            String trusted = ManifestTests.environment(r, r.mainContainer(service)).get("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
            assertNotNull(trusted, service + ": every proxy would be trusted, so any client could pick its address");
            for (String proxy : trusted.split(",")) {
                Matcher cidr = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)/(\\d+)").matcher(proxy.strip());
                assertTrue(cidr.matches(), service + ": " + proxy + " is not an IPv4 network");
                assertTrue(Integer.parseInt(cidr.group(5)) >= 8, service + ": " + proxy + " trusts too much");
            }
        }
    }

    // ---------------------------------------------------------------- database

    @Test
    void servicesUseTheCloudNativePgClusterWithTheirOwnLogins() {
        Rendering r = Rendering.of(PROD);
        List<GenericKubernetesResource> clusters = r.custom("Cluster");
        assertEquals(1, clusters.size(), "one CloudNativePG Cluster alongside prod");
        GenericKubernetesResource cluster = clusters.get(0);
        String name = cluster.getMetadata().getName();
        assertEquals(3, ((Number) cluster.get("spec", "instances")).intValue(), "instances");
        String image = cluster.get("spec", "imageName");
        assertNotNull(ManifestTests.registry(image), "the database image names no registry: " + image);
        assertNotNull(ManifestTests.tag(image), "the database image is not pinned: " + image);

        // articles: made at bootstrap, owned by article-service's login; summaries: a Database owned by a managed role.
        Map<String, String> owners = new java.util.TreeMap<>();
        Map<String, String> ownerSecrets = new java.util.TreeMap<>();
        owners.put(cluster.get("spec", "bootstrap", "initdb", "database"), cluster.get("spec", "bootstrap", "initdb", "owner"));
        ownerSecrets.put(cluster.get("spec", "bootstrap", "initdb", "owner"), cluster.get("spec", "bootstrap", "initdb", "secret", "name"));
        for (GenericKubernetesResource database : r.custom("Database")) {
            assertEquals(name, database.get("spec", "cluster", "name"));
            assertEquals("retain", database.get("spec", "databaseReclaimPolicy"), "deleting the Database object drops the data");
            owners.put(database.get("spec", "name"), database.get("spec", "owner"));
        }
        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        for (Map<String, Object> role : roles) {
            @SuppressWarnings("unchecked")
            Map<String, Object> secret = (Map<String, Object>) role.get("passwordSecret");
            ownerSecrets.put((String) role.get("name"), (String) secret.get("name"));
        }
        for (String service : ManifestTests.SERVICES) {
            Container c = r.mainContainer(service);
            URI url = URI.create(ManifestTests.environment(r, c).get("QUARKUS_DATASOURCE_JDBC_URL").substring(5));
            assertEquals(name + "-rw", url.getHost(), service + " does not connect to the primary's Service");
            String database = url.getPath().substring(1);
            String owner = owners.get(database);
            assertNotNull(owner, service + "'s database " + database + " is not made in the Cluster");
            String secretName = ManifestTests.envSource(c, "QUARKUS_DATASOURCE_PASSWORD").split("/")[0];
            assertEquals(ownerSecrets.get(owner), secretName, service + " logs in with another Secret than its database's owner");
            Secret secret = r.secret(secretName);
            assertEquals("kubernetes.io/basic-auth", secret.getType(), secretName + " is not basic-auth, as the operator reads it");
            String user = new String(Base64.getDecoder().decode(secret.getData().get("username")), StandardCharsets.UTF_8);
            assertEquals(owner, user, service + " logs in as " + user + ", the owner is " + owner);
        }
    }

    /** The other database choice: prod's objects, the services pointed at one server outside, their logins with them. */
    @Test
    void theExternalDatabaseOverlayIsProdWithAnotherServer() {
        Rendering external = Rendering.of(EXTERNAL);
        Rendering prod = Rendering.of(PROD);
        Map<String, Long> kinds = new java.util.TreeMap<>(external.objects.stream().collect(
                java.util.stream.Collectors.groupingBy(HasMetadata::getKind, java.util.stream.Collectors.counting())));
        Map<String, Long> expected = new java.util.TreeMap<>(prod.objects.stream().collect(
                java.util.stream.Collectors.groupingBy(HasMetadata::getKind, java.util.stream.Collectors.counting())));
        expected.merge("Secret", 2L, Long::sum);
        assertEquals(expected, kinds, "prod-external-db renders prod plus the two logins");
        assertTrue(external.alongside().isEmpty() && external.custom("Cluster").isEmpty(), "no CloudNativePG here");
        Set<String> hosts = new TreeSet<>();
        for (String service : ManifestTests.SERVICES) {
            Container c = external.mainContainer(service);
            String jdbc = ManifestTests.environment(external, c).get("QUARKUS_DATASOURCE_JDBC_URL");
            URI url = URI.create(jdbc.substring(5));
            hosts.add(url.getHost() + ":" + url.getPort());
            assertTrue(jdbc.endsWith("?sslmode=require"), service + " would talk to the server unencrypted: " + jdbc);
            Secret login = external.secret(ManifestTests.envSource(c, "QUARKUS_DATASOURCE_PASSWORD").split("/")[0]);
            assertEquals("kubernetes.io/basic-auth", login.getType(), service);
            assertEquals(ManifestTests.envSource(c, "QUARKUS_DATASOURCE_USERNAME").split("/")[0], login.getMetadata().getName(),
                    service + " takes user and password from different Secrets");
        }
        assertEquals(1, hosts.size(), "both databases live on one server: " + hosts);
    }

    @Test
    void theDatabaseIsBackedUpToObjectStorageByThePlugin() {
        Rendering r = Rendering.of(PROD);
        GenericKubernetesResource cluster = r.custom("Cluster").get(0);
        List<Map<String, Object>> plugins = cluster.get("spec", "plugins");
        Map<String, Object> archiver = plugins.stream().filter(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))).findFirst()
                .orElseThrow(() -> new AssertionError("no WAL archiver: no point-in-time recovery"));
        @SuppressWarnings("unchecked")
        String storeName = ((Map<String, String>) archiver.get("parameters")).get("barmanObjectName");
        GenericKubernetesResource store = r.custom("ObjectStore").stream()
                .filter(s -> s.getMetadata().getName().equals(storeName)).findFirst()
                .orElseThrow(() -> new AssertionError("no ObjectStore " + storeName));
        String destination = store.get("spec", "configuration", "destinationPath");
        assertTrue(destination != null && destination.matches("(s3|gs|https)://.+"), "destinationPath " + destination);
        assertNotNull(store.get("spec", "retentionPolicy"), "backups are kept for ever");
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            String secret = store.get("spec", "configuration", "s3Credentials", key, "name");
            String secretKey = store.get("spec", "configuration", "s3Credentials", key, "key");
            assertTrue(r.secret(secret).getData().containsKey(secretKey), secret + " has no " + secretKey);
        }
        List<GenericKubernetesResource> schedules = r.custom("ScheduledBackup");
        assertEquals(1, schedules.size(), "no ScheduledBackup: WAL alone cannot be restored");
        GenericKubernetesResource schedule = schedules.get(0);
        assertEquals(cluster.getMetadata().getName(), schedule.get("spec", "cluster", "name"));
        assertEquals("plugin", schedule.get("spec", "method"));
        assertEquals(archiver.get("name"), schedule.get("spec", "pluginConfiguration", "name"));
        assertEquals(6, ((String) schedule.get("spec", "schedule")).split(" ").length, "the schedule has six fields, seconds first");
    }

    /** The database pods are under prod's default deny: the services, the instances and the operator must get in. */
    @Test
    void theDatabaseAdmitsTheServicesItsInstancesTheOperatorAndPrometheus() {
        Rendering database = Rendering.of(DATABASE);
        var policies = database.all(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class);
        assertEquals(1, policies.size());
        var policy = policies.get(0);
        String cluster = database.custom("Cluster").get(0).getMetadata().getName();
        assertEquals(Map.of("cnpg.io/cluster", cluster), policy.getSpec().getPodSelector().getMatchLabels());
        Set<String> admitted = new TreeSet<>();
        policy.getSpec().getIngress().forEach(rule -> rule.getFrom().forEach(peer -> rule.getPorts().forEach(port -> {
            String who = peer.getNamespaceSelector() != null
                    ? peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")
                    : String.join(",", peer.getPodSelector().getMatchLabels().values());
            admitted.add(who + ":" + port.getPort().getIntVal());
        })));
        for (String expected : List.of(ManifestTests.ARTICLE + ":5432", ManifestTests.SUMMARY + ":5432", cluster + ":5432",
                cluster + ":8000", "cnpg-system:8000", "monitoring:9187")) {
            assertTrue(admitted.contains(expected), "the database does not admit " + expected + "; it admits " + admitted);
        }
    }
}
