package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;

/**
 * The command line a service container starts: the pod spec's {@code command} and {@code args}, read as a
 * {@code java} invocation (JVM options, then {@code -jar} and the jar, then the application's arguments).
 */
record JvmCommand(String executable, List<String> jvmOptions, String jar, List<String> appArguments) {

    /** Environment variables through which a JVM or a launcher script takes options besides the command line. */
    static final Set<String> OPTION_ENV = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_TOOL_OPTIONS",
            "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "GC_CONTAINER_OPTIONS", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO");

    /** The container's command line; the container must name its command, not leave it to the image. */
    static JvmCommand of(Container c) {
        List<String> command = c.getCommand() == null ? List.of() : c.getCommand();
        assertTrue(!command.isEmpty(), c.getName() + " leaves its start command to the image");
        List<String> line = new ArrayList<>(command);
        if (c.getArgs() != null) {
            line.addAll(c.getArgs());
        }
        return parse(line, c.getName());
    }

    static JvmCommand parse(List<String> line, String where) {
        assertTrue(!line.isEmpty(), where + ": empty command");
        String executable = line.get(0);
        int jarFlag = line.indexOf("-jar");
        assertTrue(jarFlag > 0 && jarFlag + 1 < line.size(), where + ": " + line + " runs no -jar");
        return new JvmCommand(executable, List.copyOf(line.subList(1, jarFlag)), line.get(jarFlag + 1),
                List.copyOf(line.subList(jarFlag + 2, line.size())));
    }

    /** The collectors selected (-XX:+UseSerialGC -> SerialGC); the JVM refuses to start with more than one. */
    List<String> collectors() {
        return jvmOptions.stream().filter(o -> o.matches("-XX:\\+Use\\w+GC")).map(o -> o.substring(7)).toList();
    }

    /** The option that sizes the maximum heap: -Xmx..., -XX:MaxHeapSize=... or -XX:MaxRAMPercentage=... */
    String heapOption() {
        List<String> heap = jvmOptions.stream().filter(o -> o.startsWith("-Xmx") || o.startsWith("-XX:MaxHeapSize=")
                || o.startsWith("-XX:MaxRAMPercentage=")).toList();
        assertEquals(1, heap.size(), "one option should size the heap: " + jvmOptions);
        return heap.get(0);
    }

    /** The maximum heap in bytes for a container with {@code limitBytes} of memory. */
    long maxHeapBytes(long limitBytes) {
        String heap = heapOption();
        if (heap.startsWith("-XX:MaxRAMPercentage=")) {
            double percent = Double.parseDouble(heap.substring(heap.indexOf('=') + 1));
            return (long) (limitBytes * percent / 100);
        }
        return bytes(heap.startsWith("-Xmx") ? heap.substring(4) : heap.substring(heap.indexOf('=') + 1));
    }

    /** 512m, 2g, 1048576 as a JVM reads them. */
    static long bytes(String size) {
        assertNotNull(size);
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long number = Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
        return switch (unit) {
            case 'k' -> number << 10;
            case 'm' -> number << 20;
            case 'g' -> number << 30;
            default -> number;
        };
    }

    /** The whole line again, with another executable and jar, and extra JVM options before -jar. */
    List<String> line(String executable, String jar, List<String> extraOptions) {
        List<String> line = new ArrayList<>();
        line.add(executable);
        line.addAll(jvmOptions);
        line.addAll(extraOptions);
        line.add("-jar");
        line.add(jar);
        line.addAll(appArguments);
        return line;
    }
}
