package dev.news.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run behind the class-data archive (and, on Java 25 and later, the ahead-of-time cache) that the
 * launcher starts news with: the everyday commands against a stand-in for both services on a loopback port, so
 * that the archive holds what {@code news summary} loads, not only what {@code --help} does. Output is dropped.
 */
public final class ArchiveTraining {

    private static final String SUMMARY = "{\"articleId\":1,\"title\":\"Talks in Geneva\",\"summary\":[{\"index\":0,"
            + "\"text\":\"Kerry met Lavrov in Geneva on Friday.\",\"start\":0,\"end\":37,\"score\":0.9}],"
            + "\"facts\":{\"participants\":[{\"name\":\"John Kerry\",\"type\":\"PERSON\",\"role\":\"Secretary of State\","
            + "\"mentions\":2,\"central\":true}],\"venue\":{\"name\":\"Geneva\"},\"places\":[{\"name\":\"Syria\","
            + "\"type\":\"COUNTRY\"}],\"organizations\":[{\"name\":\"United Nations\"}],\"dates\":[{\"text\":\"Friday\","
            + "\"value\":\"2016-09-09\"}],\"figures\":[{\"text\":\"\u00a3600m\",\"value\":6.0E8}]},"
            + "\"engine\":{\"name\":\"textrank\",\"version\":\"1\"}}";
    private static final String ARTICLE = "{\"id\":1,\"title\":\"Talks in Geneva\",\"body\":\"Kerry met Lavrov.\\n\\nIn Geneva.\","
            + "\"sourceName\":\"Example\",\"authors\":[\"A\"],\"publishedAt\":\"2016-09-09T10:00:00Z\",\"language\":\"en\"}";
    private static final String PAGE = "{\"items\":[" + ARTICLE + "],\"page\":1,\"size\":20,\"totalItems\":1,\"totalPages\":1}";
    private static final String NOT_FOUND = "{\"title\":\"Not found\",\"status\":404,\"detail\":\"article 2 not found\"}";

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> serve(server), "training-service");
            answering.setDaemon(true);
            answering.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();
            Environment environment = Environment.of(Map.of("NEWS_ARTICLE_URL", url, "NEWS_SUMMARY_URL", url),
                    Path.of(System.getProperty("java.io.tmpdir")));
            String[][] runs = {
                {"summary", "1"}, {"summary", "1", "-o", "json"}, {"summary", "1", "--words", "20", "-o", "yaml"},
                {"summary", "2"}, {"facts", "1"}, {"articles", "list"}, {"articles", "get", "1"},
                {"version"}, {"--help"}, {"summary", "--help"}, {"--version"}, {"summary"},
            };
            // What Main does before a command: the process's environment, read as every run reads it.
            Class.forName(Main.class.getName());
            Environment.system().outputWidth();
            for (String[] run : runs) {
                PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
                NewsCommand.commandLine(environment, run).setOut(nowhere).setErr(nowhere).execute(run);
            }
        }
    }

    private static void serve(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String request = in.readLine();
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    // the headers are not needed
                }
                String path = request == null ? "" : request.split(" ")[1];
                String body = path.startsWith("/summaries/1") || path.startsWith("/facts/1") ? SUMMARY
                        : path.startsWith("/articles/1") ? ARTICLE
                        : path.startsWith("/articles") ? PAGE
                        : path.startsWith("/q/openapi") ? "{\"info\":{\"version\":\"0\"}}"
                        : path.startsWith("/q/health") ? "{\"checks\":[{\"data\":{\"engine\":\"textrank 1\"}}]}"
                        : null;
                byte[] bytes = (body != null ? body : NOT_FOUND).getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 " + (body != null ? "200 OK" : "404 Not Found") + "\r\nContent-Type: application/"
                        + (body != null ? "json" : "problem+json") + "\r\nContent-Length: " + bytes.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                // the socket was closed at the end of the training, or one exchange failed: the next one goes on
            }
        }
    }
}
