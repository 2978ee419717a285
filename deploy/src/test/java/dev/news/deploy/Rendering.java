package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** One directory of deploy/ rendered by {@code kubectl kustomize} and parsed into fabric8 model objects. */
final class Rendering {

    /** deploy/, the module directory (the tests' working directory). */
    static final Path DEPLOY = Path.of("").toAbsolutePath();
    /** The repository root, where the services' sources are. */
    static final Path ROOT = Optional.ofNullable(System.getProperty("news.repo.root")).filter(s -> !s.isBlank())
            .map(Path::of).orElse(DEPLOY.getParent()).toAbsolutePath();

    private static final Map<String, Rendering> CACHE = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String dir;
    final List<HasMetadata> objects;

    private Rendering(String dir, List<HasMetadata> objects) {
        this.dir = dir;
        this.objects = objects;
    }

    /** The rendering of deploy/{dir}, e.g. "base" or "overlays/prod"; each directory is rendered once per run. */
    static Rendering of(String dir) {
        return CACHE.computeIfAbsent(dir, d -> new Rendering(d, parse(d, kustomize(DEPLOY.resolve(d)))));
    }

    static List<HasMetadata> parse(String dir, String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        if (parsed instanceof KubernetesList list) {
            objects.addAll(list.getItems());
        } else if (parsed instanceof Collection<?> collection) {
            collection.forEach(o -> objects.add((HasMetadata) o));
        } else if (parsed instanceof HasMetadata single) {
            objects.add(single);
        } else {
            fail(dir + ": kustomize output is not a list of Kubernetes objects: " + parsed);
        }
        for (HasMetadata object : objects) {
            assertFalse(object instanceof GenericKubernetesResource,
                    dir + ": " + object.getKind() + " " + object.getApiVersion() + " is not a kind the model knows");
        }
        return List.copyOf(objects);
    }

    private static String kustomize(Path dir) {
        Path kubectl = kubectl();
        ProcessBuilder builder = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString());
        builder.environment().put("KUBECONFIG", "/dev/null");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + dir + " took longer than 60 s");
            }
            assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed:\n" + err.join());
            return out.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kubectl from the system property "kubectl" or else the PATH; it carries kustomize, nothing else is used. */
    static Path kubectl() {
        String configured = System.getProperty("kubectl");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isBlank())
                .map(s -> Path.of(s, "kubectl")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("kubectl is not on the PATH; the deploy tests render the "
                        + "manifests with `kubectl kustomize` (Debian: apt-get install kubernetes-client)"));
    }

    // ---- look-ups ----

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        List<T> found = all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).toList();
        assertEquals(1, found.size(), dir + ": expected one " + type.getSimpleName() + " named " + name);
        return found.get(0);
    }

    /**
     * Secrets the workloads read that the rendering does not hold because someone else makes them in the cluster,
     * name -> keys read. None so far.
     */
    Map<String, List<String>> externalSecrets() {
        return Map.of();
    }

    ConfigMap configMap(String name) {
        return one(ConfigMap.class, name);
    }

    Secret secret(String name) {
        return one(Secret.class, name);
    }

    Service service(String name) {
        return one(Service.class, name);
    }

    /** The pod templates of all Deployments and StatefulSets, by workload name. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new java.util.TreeMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    PodTemplateSpec podTemplate(String workload) {
        PodTemplateSpec template = podTemplates().get(workload);
        assertNotNull(template, dir + ": no Deployment or StatefulSet " + workload);
        return template;
    }

    /** The container named like its workload (each workload here has one). */
    Container mainContainer(String workload) {
        List<Container> containers = podTemplate(workload).getSpec().getContainers();
        return containers.stream().filter(c -> workload.equals(c.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(dir + ": " + workload + " has no container " + workload));
    }

    /** Names of the workloads whose pod labels the selector picks. */
    List<String> workloadsSelectedBy(LabelSelector selector) {
        return podTemplates().entrySet().stream()
                .filter(e -> matches(selector, e.getValue().getMetadata().getLabels()))
                .map(Map.Entry::getKey).toList();
    }

    /** matchLabels only; the manifests use no matchExpressions, and a selector with them fails here. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty(),
                "matchExpressions are not evaluated by these tests: " + selector);
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
