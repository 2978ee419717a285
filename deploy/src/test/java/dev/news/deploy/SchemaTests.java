package dev.news.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Every rendered object against the Kubernetes API as the fabric8 model has it (generated from the API's OpenAPI
 * schema): parsing already fails on a value of the wrong type; here no field may be one the schema does not have
 * (the model keeps those aside as "additional properties", where a typo such as imagePullPolicyy would land),
 * and every kind is served at a stable version.
 */
class SchemaTests {

    /** The stable API versions of the kinds used here; none is deprecated in current Kubernetes. */
    static final Set<String> STABLE = Set.of("v1", "apps/v1", "policy/v1", "autoscaling/v2", "networking.k8s.io/v1",
            "postgresql.cnpg.io/v1", "barmancloud.cnpg.io/v1", "monitoring.coreos.com/v1");

    @ParameterizedTest
    @ValueSource(strings = {"base", "postgres", "overlays/dev", "overlays/prod", "overlays/prod-external-db",
            "database/cloudnative-pg", "namespaces", "monitoring"})
    void everyObjectHasOnlyFieldsOfItsSchema(String dir) {
        Rendering r = Rendering.of(dir);
        assertFalse(r.objects.isEmpty(), dir);
        List<String> unknown = new ArrayList<>();
        for (HasMetadata object : r.objects) {
            assertTrue(STABLE.contains(object.getApiVersion()), dir + ": " + ManifestTests.describe(object) + " is served at "
                    + object.getApiVersion());
            if (!(object instanceof GenericKubernetesResource)) {
                unknownFields(object, ManifestTests.describe(object), unknown);
            }
        }
        assertEquals(List.of(), unknown, dir + ": fields that the Kubernetes API does not have");
    }

    /** The check itself: a misspelt field deep in a pod template is found. */
    @Test
    void aMisspeltFieldIsFound() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: d
                spec:
                  selector:
                    matchLabels: {app: d}
                  template:
                    metadata:
                      labels: {app: d}
                    spec:
                      containers:
                        - name: c
                          image: registry.example.com/c:1
                          imagePullPolicyy: Always
                """;
        HasMetadata object = Rendering.parse("test", yaml).get(0);
        List<String> unknown = new ArrayList<>();
        unknownFields(object, "Deployment d", unknown);
        assertEquals(List.of("Deployment d.spec.template.spec.containers[0]: imagePullPolicyy"), unknown);
    }

    /** Walks the model object's getters and collects the additional properties of each model object met. */
    static void unknownFields(Object node, String path, List<String> unknown) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "[" + k + "]", unknown));
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getDeclaringClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + ": " + k));
                }
            } else {
                String field = getter.getName().replaceFirst("^(get|is)", "");
                unknownFields(value, path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1), unknown);
            }
        }
    }
}
