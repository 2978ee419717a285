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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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

import dev.news.testsupport.JwtKeys;

/**
 * One directory of deploy/ rendered by {@code kubectl kustomize} and parsed into fabric8 model objects. It renders
 * a copy of deploy/ to which the files an operator supplies (passwords, the token-signing public key) are added with
 * test values, as the directories that need them do not render without them.
 */
final class Rendering {

    /** deploy/, the module directory (the tests' working directory). */
    static final Path DEPLOY = Path.of("").toAbsolutePath();
    /** The directories of deploy/ that hold manifests. */
    static final List<String> MANIFEST_DIRS = List.of("base", "postgres", "overlays", "database", "namespaces", "monitoring");
    /** The folders for the operator's files, git-ignored but for their .gitignore. */
    static final List<Path> OPERATOR_FOLDERS = List.of(Path.of("database/cloudnative-pg/secrets"), Path.of("overlays/prod/jwt"),
            Path.of("overlays/prod-external-db/secrets"));
    /** Test values of the operator's files, laid out as in deploy/. */
    static final Path OPERATOR_FILES = DEPLOY.resolve("src/test/resources/operator-files");
    /**
     * What is applied to the same namespace beside a directory, and so is there when its pods start: the database
     * with the services' logins (base/ comes with none of its own; dev's is postgres/).
     */
    static final Map<String, List<String>> ALONGSIDE = Map.of("base", List.of("postgres"),
            "overlays/prod", List.of("database/cloudnative-pg"));
    /** Custom resources the manifests use, by apiVersion group: the operators that read them. */
    static final Set<String> CUSTOM_GROUPS = Set.of("postgresql.cnpg.io", "barmancloud.cnpg.io", "monitoring.coreos.com");
    /** The repository root, where the services' sources are. */
    static final Path ROOT = Optional.ofNullable(System.getProperty("news.repo.root")).filter(s -> !s.isBlank())
            .map(Path::of).orElse(DEPLOY.getParent()).toAbsolutePath();

    private static final Map<String, Rendering> CACHE = new ConcurrentHashMap<>();
    private static Path staged;
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    final String dir;
    final List<HasMetadata> objects;

    private Rendering(String dir, List<HasMetadata> objects) {
        this.dir = dir;
        this.objects = objects;
    }

    /** The rendering of deploy/{dir}, e.g. "base" or "overlays/prod"; each directory is rendered once per run. */
    static Rendering of(String dir) {
        return CACHE.computeIfAbsent(dir, d -> new Rendering(d, parse(d, kustomize(staged().resolve(d)))));
    }

    /** The renderings applied beside this one (see {@link #ALONGSIDE}). */
    List<Rendering> alongside() {
        return ALONGSIDE.getOrDefault(dir, List.of()).stream().map(Rendering::of).toList();
    }

    /** A copy of deploy/'s manifests with the test values of the operator's files, made once per run. */
    static synchronized Path staged() {
        if (staged == null) {
            Path stage = copyOfManifests("stage");
            copyTree(OPERATOR_FILES, stage);
            try {
                Files.copy(Path.of(JwtKeys.shared().publicKeyLocation()), stage.resolve("overlays/prod/jwt/publicKey.pem"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            staged = stage;
        }
        return staged;
    }

    /**
     * A fresh copy of deploy/'s manifests under target/, without any file an operator may have put into it (those
     * that git ignores in the folders of operator files).
     */
    static Path copyOfManifests(String name) {
        try {
            Path target = DEPLOY.resolve("target");
            Files.createDirectories(target);
            Path copy = Files.createTempDirectory(target, name);
            for (String dir : MANIFEST_DIRS) {
                copyTree(DEPLOY.resolve(dir), copy.resolve(dir));
            }
            for (Path ignoring : OPERATOR_FOLDERS) {
                try (Stream<Path> files = Files.list(copy.resolve(ignoring))) {
                    for (Path f : files.filter(f -> !f.getFileName().toString().equals(".gitignore")).toList()) {
                        Files.delete(f);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What kubectl kustomize printed and how it ended. */
    record Outcome(int exitCode, String output, String errors) {
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
            String group = object.getApiVersion().contains("/") ? object.getApiVersion().split("/")[0] : "";
            assertFalse(object instanceof GenericKubernetesResource && !CUSTOM_GROUPS.contains(group),
                    dir + ": " + object.getKind() + " " + object.getApiVersion() + " is not a kind the model knows");
        }
        return List.copyOf(objects);
    }

    private static String kustomize(Path dir) {
        Outcome outcome = tryKustomize(dir);
        assertEquals(0, outcome.exitCode(), "kubectl kustomize " + dir + " failed:\n" + outcome.errors());
        return outcome.output();
    }

    /** Runs kubectl kustomize on {@code dir}, failing only when it cannot be run. */
    static Outcome tryKustomize(Path dir) {
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
            return new Outcome(process.exitValue(), out.join(), err.join());
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

    /** The custom resources of a kind (e.g. a CloudNativePG Cluster), here and alongside, as generic objects. */
    List<GenericKubernetesResource> custom(String kind) {
        List<GenericKubernetesResource> found = new ArrayList<>();
        for (Rendering r : withAlongside()) {
            r.objects.stream().filter(o -> o instanceof GenericKubernetesResource && kind.equals(o.getKind()))
                    .forEach(o -> found.add((GenericKubernetesResource) o));
        }
        return found;
    }

    private List<Rendering> withAlongside() {
        List<Rendering> all = new ArrayList<>(List.of(this));
        all.addAll(alongside());
        return all;
    }

    ConfigMap configMap(String name) {
        return one(ConfigMap.class, name);
    }

    /** A Secret of this rendering, or of one applied alongside (the database's logins in prod). */
    Secret secret(String name) {
        for (Rendering r : withAlongside()) {
            // Applied on its own, a generated Secret of another directory keeps its content hash in its name.
            boolean other = r != this;
            List<Secret> found = r.all(Secret.class).stream().filter(o -> name.equals(o.getMetadata().getName())
                    || other && o.getMetadata().getName().matches(Pattern.quote(name) + "-[a-z0-9]{10}")).toList();
            if (!found.isEmpty()) {
                assertEquals(1, found.size(), r.dir + ": Secrets named " + name);
                return found.get(0);
            }
        }
        throw new AssertionError(dir + ": no Secret " + name + " here or alongside");
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
