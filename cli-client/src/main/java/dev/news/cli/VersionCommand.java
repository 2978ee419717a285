package dev.news.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code news version}: the versions of news and its Java, and of the services it talks to, as their OpenAPI
 * documents and summary-service's readiness check (which names the engine) say. {@code news --version} stays local.
 */
@Command(name = "version",
        footerHeading = "%nExamples:%n",
        footer = {
            "  news version",
            "  news version -o json",
        },
        description = {
            "Prints the version of news and of the Java running it, then of article-service, summary-service "
                + "and its summary engine.",
            "Exits 4 when a service cannot be reached; the other versions are printed all the same.",
        })
public final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Session session = NewsCommand.session(spec);
        ObjectNode versions = ServiceClient.JSON.createObjectNode();
        versions.put("news", VersionProvider.version());
        versions.put("java", Runtime.version() + " (" + System.getProperty("java.vm.name") + ")");
        ObjectNode article = service(versions, "articleService", session.articles());
        ObjectNode summary = service(versions, "summaryService", session.summaries());
        if (!summary.has("error")) {
            try {
                for (JsonNode check : session.summaries().get("/q/health/ready", null).path("checks")) {
                    if (check.path("data").hasNonNull("engine")) {
                        summary.put("engine", check.path("data").path("engine").asText());
                    }
                }
            } catch (NewsException e) {
                summary.put("engine", "not ready");
            }
        }
        session.printer(output).print(versions, VersionCommand::render);
        return article.has("error") || summary.has("error") ? ExitCodes.UNAVAILABLE : ExitCodes.OK;
    }

    private static ObjectNode service(ObjectNode versions, String field, ServiceClient client) {
        ObjectNode service = versions.putObject(field);
        service.put("url", client.base().toString());
        try {
            JsonNode openApi = client.get("/q/openapi?format=json", null);
            service.put("version", openApi.path("info").path("version").asText("unknown"));
        } catch (NewsException e) {
            service.put("error", e.getMessage());
        }
        return service;
    }

    private static void render(JsonNode versions, Terminal terminal) {
        terminal.println("news " + versions.path("news").asText());
        terminal.println("Java " + versions.path("java").asText());
        line(terminal, "article-service", versions.path("articleService"));
        line(terminal, "summary-service", versions.path("summaryService"));
    }

    private static void line(Terminal terminal, String name, JsonNode service) {
        String at = " at " + service.path("url").asText();
        if (service.has("error")) {
            terminal.println(name + at + ": " + service.path("error").asText());
        } else {
            terminal.println(name + " " + service.path("version").asText() + at
                    + (service.has("engine") ? ", engine " + service.path("engine").asText() : ""));
        }
    }
}
