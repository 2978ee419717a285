package dev.news.article.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.news.article.Article;
import dev.news.article.ArticleInput;
import dev.news.article.ImportResult;
import dev.news.article.ImportResult.Line;
import dev.news.article.ImportResult.Status;
import dev.news.article.config.ArticleConfig;
import dev.news.problem.JsonErrors;
import dev.news.domain.DomainException;
import dev.news.problem.TextInputs;

/**
 * Imports NDJSON as it streams in: each line is checked on its own, valid ones are written in batched
 * transactions, and a batch that fails is retried line by line so that one bad line never loses the good ones.
 */
@ApplicationScoped
public class ArticleImporter {

    private final ArticleService articles;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ArticleConfig config;

    ArticleImporter(ArticleService articles, ObjectMapper mapper, Validator validator, ArticleConfig config) {
        this.articles = articles;
        this.mapper = mapper;
        this.validator = validator;
        this.config = config;
    }

    public ImportResult importNdjson(InputStream input) {
        List<Line> results = new ArrayList<>();
        Map<Integer, ArticleInput> batch = new LinkedHashMap<>();
        int number = 0;
        // Longest line we read: a body at the limit, escaped, plus its other fields.
        int maxLine = config.maxBodyBytes() * 2 + 64 * 1024;
        try {
            byte[] raw;
            while ((raw = readLine(input, maxLine)) != null) {
                number++;
                Object parsed = parse(raw, maxLine);
                if (parsed instanceof String reason) {
                    if (!reason.isEmpty()) {
                        results.add(new Line(number, Status.invalid, null, reason));
                    }
                    continue;
                }
                batch.put(number, (ArticleInput) parsed);
                if (batch.size() >= config.importBatchSize()) {
                    results.addAll(store(batch));
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        results.addAll(store(batch));
        results.sort((a, b) -> Integer.compare(a.line(), b.line()));
        int created = count(results, Status.created);
        int duplicates = count(results, Status.duplicate);
        return new ImportResult(created, duplicates, results.size() - created - duplicates, results);
    }

    /** An {@link ArticleInput}, or the reason the line is invalid ("" for a blank line, which is skipped). */
    private Object parse(byte[] raw, int maxLine) {
        if (raw.length > maxLine) {
            return "line longer than " + maxLine + " bytes";
        }
        String text = TextInputs.strictUtf8(raw).orElse(null);
        if (text == null) {
            return "invalid UTF-8";
        }
        // A byte-order mark (a file saved by some editors, or files joined) is not part of the line's JSON.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return "";
        }
        ArticleInput input;
        try {
            input = mapper.readValue(text, ArticleInput.class);
        } catch (JsonProcessingException e) {
            return JsonErrors.describe(e);
        }
        if (input == null) {
            return "not a JSON object";
        }
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; "));
        }
        try {
            articles.checkBodySize(input.body());
            articles.checkStorable(input);
        } catch (DomainException e) {
            return e.getMessage();
        }
        return input;
    }

    private List<Line> store(Map<Integer, ArticleInput> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<Line> results = new ArrayList<>();
        Map<String, Integer> firstLineOfHash = new HashMap<>();
        Map<Integer, String> hashes = new LinkedHashMap<>();
        batch.forEach((line, input) -> hashes.put(line, ContentHash.of(input.title(), input.body())));
        Map<String, Long> existing = articles.existingIds(List.copyOf(hashes.values()));
        List<Integer> fresh = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : hashes.entrySet()) {
            Long id = existing.get(entry.getValue());
            if (id != null) {
                results.add(new Line(entry.getKey(), Status.duplicate, id, null));
            } else if (firstLineOfHash.putIfAbsent(entry.getValue(), entry.getKey()) != null) {
                results.add(new Line(entry.getKey(), Status.duplicate, null, "same content as line " + firstLineOfHash.get(entry.getValue())));
            } else {
                fresh.add(entry.getKey());
            }
        }
        try {
            List<Article> stored = articles.createAll(fresh.stream().map(batch::get).toList());
            for (int i = 0; i < fresh.size(); i++) {
                results.add(new Line(fresh.get(i), Status.created, stored.get(i).id, null));
            }
        } catch (RuntimeException batchFailed) {
            // A concurrent writer or one odd row broke the batch: fall back to one transaction per line.
            for (Integer line : fresh) {
                results.add(storeOne(line, batch.get(line)));
            }
        }
        fillDuplicateIds(results, hashes);
        return results;
    }

    private Line storeOne(int line, ArticleInput input) {
        try {
            ArticleService.Saved saved = articles.create(input);
            return new Line(line, saved.created() ? Status.created : Status.duplicate, saved.article().id, null);
        } catch (DomainException e) {
            return new Line(line, Status.invalid, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Line(line, Status.invalid, null, "could not be stored");
        }
    }

    // Lines that repeat an earlier line of the same batch learn the id it was stored under.
    private static void fillDuplicateIds(List<Line> results, Map<Integer, String> hashes) {
        Map<String, Long> idByHash = new HashMap<>();
        for (Line line : results) {
            if (line.id() != null) {
                idByHash.put(hashes.get(line.line()), line.id());
            }
        }
        results.replaceAll(line -> line.status() == Status.duplicate && line.id() == null
                ? new Line(line.line(), Status.duplicate, idByHash.get(hashes.get(line.line())), null)
                : line);
    }

    private static int count(List<Line> results, Status status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }

    /** The next line's bytes without its end of line; past {@code max} bytes the rest is skipped. */
    private static byte[] readLine(InputStream input, int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        boolean read = false;
        boolean tooLong = false;
        while ((b = input.read()) != -1) {
            read = true;
            if (b == '\n') {
                break;
            }
            if (line.size() <= max) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        if (!read) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length;
        if (!tooLong && end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
    }
}
