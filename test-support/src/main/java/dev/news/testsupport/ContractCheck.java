package dev.news.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A REST Assured filter that fails a test whose request or response to the application under test departs from the
 * OpenAPI document that application serves at {@code /q/openapi}, so that code and contract cannot drift.
 * {@link ContractCheckEveryTest} installs it for every {@code @QuarkusTest} of a module that lists it.
 *
 * <p>The validator checks types only in OpenAPI 3.0 documents (it reads a 3.1 schema's {@code type} as absent), and
 * Quarkus serves 3.1.0. So the document is read as 3.0.3 ({@link #asOpenApi30}): the 3.1 constructs it uses become
 * their 3.0 spelling (a schema's {@code examples} array its {@code example}, a {@code "null"} type {@code nullable});
 * any other construct 3.0 lacks makes the validator refuse the document, which fails the test run instead of passing
 * it unchecked.
 *
 * <p>What it leaves unchecked, and why:
 * <ul>
 * <li>The request of a request sent with {@link #DELIBERATELY_INVALID_REQUEST}: a test that sends what the contract
 * forbids on purpose (a malformed body, a wrong content type, an oversize body, a missing token, a malformed id) to
 * see it refused. Its response is still checked: the refusal must be one the contract describes. Only when such a
 * request names a path or method the contract lacks (to see the 404 or 405) is there no operation to check the
 * response against.</li>
 * <li>Paths under {@code /q/}: Quarkus's own endpoints (health, metrics, the document itself), which the contract does
 * not describe.</li>
 * <li>Requests to any other address than the application under test (another service a test starts, a stub's
 * control port): they answer to their own contract, or to none.</li>
 * </ul>
 */
public final class ContractCheck implements Filter {

    /**
     * Add with {@code given().filter(DELIBERATELY_INVALID_REQUEST)} to a request that breaks the contract on purpose:
     * its request is not checked, its response still is.
     */
    public static final Filter DELIBERATELY_INVALID_REQUEST = (request, response, context) -> context.next(request, response);

    private static final String DOCUMENT_PATH = "/q/openapi";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a deliberately invalid request may find missing: then the contract has no operation for its response. */
    private static final Set<String> NO_OPERATION = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    /** One validator per running application (a test profile starts another), read from its document once. */
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        String application = applicationUnderTest();
        if (!application.equals(addressOf(request)) || request.getDerivedPath().startsWith("/q/")) {
            return response;
        }
        boolean deliberatelyInvalid = request.getDefinedFilters().contains(DELIBERATELY_INVALID_REQUEST);
        boolean knownMethod = Arrays.stream(Request.Method.values()).anyMatch(m -> m.name().equals(request.getMethod()));
        if (!knownMethod) {
            if (deliberatelyInvalid) {
                return response;
            }
            throw new AssertionError(request.getMethod() + " " + request.getDerivedPath() + ": no contract has this method");
        }
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(application, ContractCheck::validatorOf);
        ValidationReport report;
        if (deliberatelyInvalid) {
            report = validator.validateResponse(request.getDerivedPath(), Request.Method.valueOf(request.getMethod()),
                    RestAssuredResponse.of(response));
            report = ValidationReport.from(report.getMessages().stream().filter(m -> !NO_OPERATION.contains(m.getKey())).toList());
        } else {
            report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        }
        if (report.hasErrors()) {
            throw new AssertionError("%s %s answered %d; the contract (%s) disagrees:%n%s".formatted(request.getMethod(),
                    request.getDerivedPath(), response.statusCode(), DOCUMENT_PATH, SimpleValidationReportFormat.getInstance().apply(report)));
        }
        return response;
    }

    /** The scheme, host and port the {@code @QuarkusTest} application listens on, as Quarkus set REST Assured up. */
    private static String applicationUnderTest() {
        return normalised(URI.create(RestAssured.baseURI), RestAssured.port);
    }

    private static String addressOf(FilterableRequestSpecification request) {
        return normalised(URI.create(request.getBaseUri()), request.getPort());
    }

    private static String normalised(URI base, int port) {
        return base.getScheme() + "://" + base.getHost() + ":" + (base.getPort() == -1 ? port : base.getPort());
    }

    private static OpenApiInteractionValidator validatorOf(String application) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(application + DOCUMENT_PATH + "?format=json"))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> document = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IllegalStateException(application + DOCUMENT_PATH + " answered " + document.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(document.body())).build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + application + DOCUMENT_PATH, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + application + DOCUMENT_PATH, e);
        }
    }

    /** The served 3.1.0 document as 3.0.3, which the validator checks in full (see the class comment). */
    static String asOpenApi30(String document) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(document);
        tree.put("openapi", "3.0.3");
        spell30(tree);
        return JSON.writeValueAsString(tree);
    }

    private static void spell30(JsonNode node) {
        if (node instanceof ObjectNode object) {
            // A schema's examples array becomes example; a media type's examples map is 3.0 already.
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types && types.size() == 2 && types.toString().contains("\"null\"")) {
                // [T, "null"]: T, nullable.
                object.put("type", types.get(0).asText().equals("null") ? types.get(1).asText() : types.get(0).asText());
                object.put("nullable", true);
            } else if (type != null && type.asText().equals("null")) {
                // Only null (the other branch of an anyOf with a $ref): 3.0 needs some type to make nullable.
                object.put("type", "string");
                object.put("nullable", true);
                object.putArray("enum").addNull();
            }
        }
        node.forEach(ContractCheck::spell30);
    }
}
