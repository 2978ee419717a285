package dev.news.article.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.news.testsupport.JwtKeys;
import dev.news.testsupport.RunningService;

/**
 * The packaged service is asked to stop while an import is in flight: the import finishes and answers, and
 * after a restart the database holds exactly what the answer reported.
 */
class GracefulShutdownIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void anInFlightImportFinishesBeforeTheServiceStops() throws Exception {
        String tag = "gs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            ndjson.append("{\"title\": \"Shutdown ").append(i).append(' ').append(tag)
                    .append("\", \"body\": \"").append("Text of line ").append(i).append(". ".repeat(50)).append("\"}\n");
        }
        RunningService service = RunningService.articleService();
        try {
            HttpRequest importing = HttpRequest.newBuilder(URI.create(service.url() + "/articles/import"))
                    .header("Content-Type", "application/x-ndjson")
                    .header("Authorization", "Bearer " + JwtKeys.shared().editor())
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString()))
                    .build();
            CompletableFuture<HttpResponse<String>> answer = http.sendAsync(importing, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertTrue(!answer.isDone(), "the import is still running when the stop is asked for");
            service.close();

            HttpResponse<String> response = answer.get();
            assertEquals(200, response.statusCode(), response.body());
            int created = count("created", response.body());

            service.start();
            HttpRequest search = HttpRequest.newBuilder(URI.create(service.url() + "/articles?size=1&q="
                    + URLEncoder.encode(tag, StandardCharsets.UTF_8))).build();
            String found = http.send(search, HttpResponse.BodyHandlers.ofString()).body();
            assertEquals(4000, created, "every line was imported before the stop");
            assertEquals(created, count("totalItems", found), "what the answer reported is what is stored");
        } finally {
            service.close();
        }
    }

    private static int count(String field, String json) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        assertTrue(matcher.find(), field + " in " + json);
        return Integer.parseInt(matcher.group(1));
    }
}
