package dev.news.summary.engine.bench;

import dev.news.summary.engine.Analysis;
import dev.news.summary.engine.Document;
import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummaryEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Latency of one warm, single-threaded summary + facts call on a news article of about 500 words. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:ActiveProcessorCount=1"})
@Threads(1)
public class EngineBenchmark {

    private SummaryEngine engine;
    private Document document;

    @Setup
    public void load() throws IOException {
        engine = SummaryEngine.create();
        document = sampleArticle();
    }

    /** The sample article shipped with the repository: title line, blank line, body. */
    static Document sampleArticle() throws IOException {
        Path file = Path.of(System.getProperty("bench.article", "samples/syria-talks-geneva.txt"));
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        int firstBreak = raw.indexOf('\n');
        return new Document(raw.substring(0, firstBreak).strip(), raw.substring(firstBreak + 1).strip(),
                OffsetDateTime.parse("2016-09-09T08:00:00Z"));
    }

    @Benchmark
    public Analysis summaryAndFacts() {
        return engine.summarize(document, new Length.Sentences(3));
    }

    @Benchmark
    public List<?> summaryOnly() {
        return engine.summary(document, new Length.Sentences(3));
    }
}
