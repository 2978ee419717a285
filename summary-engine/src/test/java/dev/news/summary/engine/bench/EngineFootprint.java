package dev.news.summary.engine.bench;

import dev.news.summary.engine.Document;
import dev.news.summary.engine.Length;
import dev.news.summary.engine.SummaryEngine;
import java.util.Locale;

/** Prints how long the engine takes to load its models and how much heap it holds once loaded and used. */
public final class EngineFootprint {

    private EngineFootprint() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        SummaryEngine engine = SummaryEngine.create();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Document document = EngineBenchmark.sampleArticle();
        long first = System.nanoTime();
        engine.summarize(document, new Length.Sentences(3));
        double firstCallMs = (System.nanoTime() - first) / 1e6;
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        double heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "engine load: %.2f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "first call (cold): %.0f ms%n", firstCallMs);
        System.out.printf(Locale.ROOT, "heap used after load and one call (after GC): %.0f MB%n", heapMb);
        System.out.println(engine.summarize(document, new Length.Sentences(1)).summary().size() > 0 ? "ok" : "empty");
    }
}
