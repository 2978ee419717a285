package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

import dev.news.testsupport.Readiness;

/**
 * A service container of a rendering, started on this machine as its pod would start it: the pod spec's command
 * and arguments, the environment from its ConfigMaps, Secrets and plain values (and nothing of the caller's),
 * the files of its ConfigMap and Secret volumes, the memory and CPU limits as the JVM would see them in the
 * container. What a node has and this machine lacks is mapped, each in one place: the image's application
 * folder to the module's target/quarkus-app, Service and database host names to local ports, the HTTP port to
 * a free one (so that runs do not collide).
 */
final class PodLaunch {

    /** The database every JDBC URL points to, and the services already running, by Service name. */
    record Surroundings(String databaseHostPort, Map<String, String> services) {
    }

    private static final Pattern JDBC = Pattern.compile("(jdbc:postgresql://)([^/]+)(/.*)");
    private static final Pattern HTTP_URL = Pattern.compile("(https?://)([^/:]+)(:\\d+)?(/.*)?");

    final String name;
    final List<String> command;
    final Map<String, String> environment;
    final Path workingDirectory;
    final int port;
    final long memoryLimitBytes;
    final int terminationGraceSeconds;
    final Path log;
    private Process process;

    private PodLaunch(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
            int port, long memoryLimitBytes, int terminationGraceSeconds, Path log) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.port = port;
        this.memoryLimitBytes = memoryLimitBytes;
        this.terminationGraceSeconds = terminationGraceSeconds;
        this.log = log;
    }

    /**
     * The launch of {@code workload}'s main container of {@code r}, its image built from {@code source}.
     * {@code extraJvmOptions} go before -jar, after the pod's own options.
     */
    static PodLaunch of(Rendering r, String workload, ServiceSource source, Surroundings around, int port,
            Path scratch, List<String> extraJvmOptions) {
        Container c = r.mainContainer(workload);
        PodSpec pod = r.podTemplate(workload).getSpec();
        String where = r.dir + ": " + workload;

        Map<String, String> mounts = mountVolumes(r, pod, c, scratch.resolve("volumes"));
        Map<String, String> env = new TreeMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.putAll(containerEnvironment(r, c));
        env.replaceAll((key, value) -> localise(value, around, mounts));
        assertTrue(env.containsKey("QUARKUS_HTTP_PORT"), where + " sets no QUARKUS_HTTP_PORT");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));

        JvmCommand jvm = JvmCommand.of(c);
        String imageJar = ManifestTests.imageJar(source);
        assertEquals(imageJar, jvm.jar(), where + " does not run the image's jar");
        Path app = source.dir.resolve("target/quarkus-app");
        Path jar = app.resolve("quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: package " + source.name + " first (./mvnw verify "
                + "builds it before this module)");
        assertEquals("java", jvm.executable(), where);
        long memory = limit(c, "memory").longValueExact();
        int cpus = limit(c, "cpu").setScale(0, RoundingMode.CEILING).intValueExact();
        List<String> options = new ArrayList<>(List.of("-XX:MaxRAM=" + memory, "-XX:ActiveProcessorCount=" + cpus));
        options.addAll(extraJvmOptions);
        List<String> line = jvm.line(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                jar.toString(), options);
        Long grace = pod.getTerminationGracePeriodSeconds();
        Path log = Rendering.DEPLOY.resolve("target/pod-" + r.dir.replace('/', '-') + "-" + workload + ".log");
        return new PodLaunch(workload, List.copyOf(line), Map.copyOf(env), app, port, memory,
                grace == null ? 30 : grace.intValue(), log);
    }

    private static BigDecimal limit(Container c, String resource) {
        Quantity q = c.getResources().getLimits() == null ? null : c.getResources().getLimits().get(resource);
        assertNotNull(q, c.getName() + " has no " + resource + " limit");
        return Quantity.getAmountInBytes(q);
    }

    /** Env names to values as the container sees them; a Secret's value decoded. */
    static Map<String, String> containerEnvironment(Rendering r, Container c) {
        Map<String, String> env = new TreeMap<>();
        if (c.getEnvFrom() != null) {
            for (EnvFromSource from : c.getEnvFrom()) {
                String prefix = from.getPrefix() == null ? "" : from.getPrefix();
                if (from.getConfigMapRef() != null) {
                    r.configMap(from.getConfigMapRef().getName()).getData().forEach((k, v) -> env.put(prefix + k, v));
                } else {
                    secretData(r, from.getSecretRef().getName()).forEach((k, v) -> env.put(prefix + k, v));
                }
            }
        }
        if (c.getEnv() != null) {
            for (EnvVar e : c.getEnv()) {
                if (e.getValueFrom() == null) {
                    env.put(e.getName(), e.getValue() == null ? "" : e.getValue());
                } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = e.getValueFrom().getConfigMapKeyRef();
                    env.put(e.getName(), r.configMap(ref.getName()).getData().get(ref.getKey()));
                } else if (e.getValueFrom().getSecretKeyRef() != null) {
                    var ref = e.getValueFrom().getSecretKeyRef();
                    String value = secretData(r, ref.getName()).get(ref.getKey());
                    assertNotNull(value, r.dir + ": Secret " + ref.getName() + " has no key " + ref.getKey());
                    env.put(e.getName(), value);
                } else {
                    throw new AssertionError(r.dir + ": " + c.getName() + " " + e.getName() + ": a field reference, "
                            + "which a local run cannot give");
                }
            }
        }
        return env;
    }

    /** A Secret's values, decoded: the rendering's, or of one applied alongside. */
    static Map<String, String> secretData(Rendering r, String name) {
        Secret secret = r.secret(name);
        Map<String, String> values = new TreeMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((k, v) -> values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            values.putAll(secret.getStringData());
        }
        return values;
    }

    /** Writes each ConfigMap and Secret volume the container mounts into a folder; mount path -> folder. */
    private static Map<String, String> mountVolumes(Rendering r, PodSpec pod, Container c, Path root) {
        Map<String, String> mounts = new TreeMap<>();
        if (c.getVolumeMounts() == null) {
            return mounts;
        }
        for (VolumeMount mount : c.getVolumeMounts()) {
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(c.getName() + " mounts a volume that is not there: " + mount));
            Map<String, String> files = volume.getConfigMap() != null
                    ? r.configMap(volume.getConfigMap().getName()).getData()
                    : volume.getSecret() != null ? secretData(r, volume.getSecret().getSecretName()) : null;
            if (files == null) {
                continue; // emptyDir: the JVM writes only to /tmp, which this machine has
            }
            Path dir = root.resolve(mount.getName());
            try {
                Files.createDirectories(dir);
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            mounts.put(mount.getMountPath(), dir.toString());
        }
        return mounts;
    }

    /** A value as this machine needs it: database and Service URLs to local ports, mounted paths to folders. */
    static String localise(String value, Surroundings around, Map<String, String> mounts) {
        Matcher jdbc = JDBC.matcher(value);
        if (jdbc.matches()) {
            return jdbc.group(1) + around.databaseHostPort() + jdbc.group(3);
        }
        Matcher http = HTTP_URL.matcher(value);
        if (http.matches() && around.services().containsKey(http.group(2))) {
            return around.services().get(http.group(2)) + (http.group(4) == null ? "" : http.group(4));
        }
        for (Map.Entry<String, String> mount : mounts.entrySet()) {
            if (value.equals(mount.getKey()) || value.startsWith(mount.getKey() + "/")) {
                return mount.getValue() + value.substring(mount.getKey().length());
            }
        }
        return value;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process; its output goes to {@link #log}. */
    PodLaunch start() {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until /q/health/ready answers 200 (status UP); fails at once if the process ends first. */
    void awaitReady(Duration within) {
        switch (Readiness.await(process, url(), within, Duration.ofMillis(250))) {
            case READY -> {
            }
            case EXITED -> throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready:\n"
                    + tail() + "\ncommand: " + command);
            case TIMED_OUT -> {
                stop();
                throw new AssertionError(name + " not ready within " + within.toSeconds() + " s:\n" + tail());
            }
        }
    }

    /** The process's exit code once it ended, within {@code seconds}; fails if it is still running then. */
    int awaitExit(long seconds) {
        try {
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), name + " still running after " + seconds + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** Sends SIGTERM, as the kubelet does, and returns the seconds until the JVM is gone (killed after the grace period). */
    double stop() {
        if (process == null || !process.isAlive()) {
            return 0;
        }
        long start = System.nanoTime();
        process.destroy();
        try {
            if (!process.waitFor(terminationGraceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return Double.POSITIVE_INFINITY;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The last lines of the log. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

}
