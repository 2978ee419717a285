package dev.news.summary.engine;

/** One engine per test JVM: loading the language models is the expensive part, so every test class shares it. */
final class SharedEngine {

    private SharedEngine() {
    }

    private static final class Holder {
        private static final SummaryEngine ENGINE = SummaryEngine.create();
    }

    static SummaryEngine get() {
        return Holder.ENGINE;
    }
}
