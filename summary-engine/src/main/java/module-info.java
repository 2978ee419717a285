/**
 * The summary and key-facts engine: {@code dev.news.summary.engine} ({@code SummaryEngine} and the records it returns)
 * is its API; the stages behind it, in {@code .text}, {@code .rank} and {@code .facts}, are not exported.
 */
module dev.news.summary.engine {
    // CoreNLP's own jar, by the name its manifest gives it. Its models jar holds no classes: the adapter reads the
    // models as resources from the class path at run time, so no module needs to require it.
    requires edu.stanford.nlp.corenlp;

    exports dev.news.summary.engine;
}
