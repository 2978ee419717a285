package dev.news.summary.engine.text;

import dev.news.summary.engine.AnalysisStoppedException;
import dev.news.summary.engine.EngineConfig;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/** The only place that talks to CoreNLP: turns normalised text into our sentences, tokens and mentions. */
public final class CoreNlpAdapter {

    /** Sentences and entity mentions of one text. */
    public record Parsed(List<Sentence> sentences, List<Mention> mentions) {
    }

    private static final String GAZETTEER_DIR = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\[\\]\\\\^$*+?(){}|]");

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP base;
    private final StanfordCoreNLP entities;
    private final SentenceLimit limit;

    public CoreNlpAdapter(EngineConfig config) {
        Properties common = new Properties();
        common.setProperty("tokenize.language", "en");
        // A line break is always a boundary: headlines and captions stand on their own lines.
        common.setProperty("ssplit.newlineIsSentenceBreak", "always");
        common.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,quotes=ascii,splitHyphenated=false");

        this.limit = new SentenceLimit(config.maxSentences(), config.maxSentenceTokens());
        Properties splitProps = new Properties();
        splitProps.putAll(common);
        splitProps.setProperty("annotators", "tokenize,ssplit");
        // Tagging runs after the sentences are bounded (see SentenceLimit): one huge "sentence" must not reach the tagger.
        Properties baseProps = new Properties();
        baseProps.putAll(common);
        baseProps.setProperty("annotators", "pos,lemma");

        Properties nerProps = new Properties();
        nerProps.putAll(common);
        nerProps.setProperty("annotators", "ner");
        // One CRF model plus the rule layers: the fine-grained rules still supply TITLE, CITY, NATIONALITY.
        nerProps.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        nerProps.setProperty("ner.applyNumericClassifiers", "true");
        // Time expressions are found by our own resolver: the recogniser's rules cost more than all else together.
        nerProps.setProperty("ner.useSUTime", "false");
        nerProps.setProperty("ner.fine.regexner.mapping", "ignorecase=true,validpospattern=^(NN|JJ).*,"
                + literalGazetteer(GAZETTEER_DIR + "regexner_caseless.tab") + ";"
                + literalGazetteer(GAZETTEER_DIR + "regexner_cased.tab"));
        nerProps.setProperty("ner.buildEntityMentions", "true");
        nerProps.setProperty("ner.applyFineGrained", "true");
        nerProps.setProperty("ner.docdate.usePresent", "false");
        // The two model sets are independent: load them side by side to halve start-up on a multi-core host.
        FutureTask<StanfordCoreNLP> entityLoader = new FutureTask<>(() -> new StanfordCoreNLP(nerProps, false));
        Thread loader = new Thread(entityLoader, "engine-entity-models");
        loader.setDaemon(true);
        loader.start();
        this.split = new StanfordCoreNLP(splitProps);
        this.base = new StanfordCoreNLP(baseProps, false);
        try {
            this.entities = entityLoader.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading entity models", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not load entity models", cause);
        }
    }

    /**
     * Copies a fine-grained gazetteer without its few hundred regular-expression entries: matching those
     * token by token dominated analysis time, while the literal entries are looked up by hash.
     * Abbreviations such as "Calif\\.?" are kept without the optional full stop.
     */
    private static String literalGazetteer(String resource) {
        try (InputStream in = CoreNlpAdapter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return resource;
            }
            Path copy = Files.createTempFile("engine-gazetteer-", ".tab");
            copy.toFile().deleteOnExit();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            try (BufferedWriter out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    if (tab <= 0) {
                        continue;
                    }
                    String pattern = line.substring(0, tab);
                    String rest = line.substring(tab);
                    List<String> spellings = new ArrayList<>();
                    if (pattern.endsWith("\\.?") && !REGEX_SYNTAX.matcher(pattern.substring(0, pattern.length() - 3)).find()
                            && pattern.indexOf('.') == pattern.length() - 2) {
                        // An abbreviation with optional full stop: keep only the bare spelling.
                        spellings.add(pattern.substring(0, pattern.length() - 3));
                    } else {
                        spellings.add(pattern);
                    }
                    for (String spelling : spellings) {
                        if (!spelling.isBlank() && !REGEX_SYNTAX.matcher(spelling).find()) {
                            out.write(spelling);
                            out.write(rest);
                            out.newLine();
                        }
                    }
                }
            }
            return copy.toAbsolutePath().toString();
        } catch (IOException e) {
            // Without a copy the original (slower) gazetteer still gives the same kinds of entities.
            return resource;
        }
    }

    public Parsed parse(TextNormalizer.Normalized text, boolean withEntities, LocalDate documentDate) {
        Annotation annotation = new Annotation(text.text());
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        annotate(annotation, withEntities);
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        if (coreSentences == null) {
            return new Parsed(sentences, mentions);
        }
        String normalized = text.text();
        int paragraph = 0;
        int previousEnd = 0;
        for (CoreMap cs : coreSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            int nStart = labels.get(0).beginPosition();
            int nEnd = labels.get(labels.size() - 1).endPosition();
            if (normalized.substring(previousEnd, nStart).contains("\n\n")) {
                paragraph++;
            }
            previousEnd = nEnd;
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                String word = label.originalText() != null ? label.originalText() : label.word();
                String lemma = label.lemma() != null ? label.lemma() : word;
                String pos = label.tag() != null ? label.tag() : "";
                String ner = label.ner() != null ? label.ner() : "O";
                String norm = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(word, lemma, pos, ner, norm, label.beginPosition(), label.endPosition(),
                        text.toOriginalStart(label.beginPosition()), text.toOriginalEnd(label.endPosition())));
            }
            int index = sentences.size();
            sentences.add(new Sentence(index, paragraph, normalized.substring(nStart, nEnd),
                    text.toOriginalStart(nStart), text.toOriginalEnd(nEnd), tokens));
            if (withEntities) {
                List<CoreMap> entityMentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
                if (entityMentions != null) {
                    for (CoreMap m : entityMentions) {
                        Mention mention = toMention(m, index, tokens, text);
                        if (mention != null) {
                            mentions.add(mention);
                        }
                    }
                }
            }
        }
        return new Parsed(sentences, mentions);
    }

    /** Runs the pipelines; CoreNLP's taggers stop between sentences when the thread is interrupted. */
    private void annotate(Annotation annotation, boolean withEntities) {
        try {
            split.annotate(annotation);
            limitSentences(annotation);
            AnalysisStoppedException.checkInterrupted();
            base.annotate(annotation);
            if (withEntities) {
                AnalysisStoppedException.checkInterrupted();
                entities.annotate(annotation);
            }
        } catch (RuntimeInterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisStoppedException();
        }
    }

    /** Replaces the sentences by the chunks {@link SentenceLimit} keeps; the common case, text within limits, is left alone. */
    private void limitSentences(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        int[] lengths = new int[sentences.size()];
        for (int i = 0; i < lengths.length; i++) {
            List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
            lengths[i] = tokens == null ? 0 : tokens.size();
        }
        if (limit.keepsWhole(lengths)) {
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> kept = new ArrayList<>();
        int documentTokensEnd = -1;
        for (SentenceLimit.Chunk chunk : limit.chunks(lengths)) {
            CoreMap original = sentences.get(chunk.sentence());
            List<CoreLabel> part = new ArrayList<>(original.get(CoreAnnotations.TokensAnnotation.class).subList(chunk.from(), chunk.to()));
            if (part.isEmpty()) {
                continue;
            }
            int index = kept.size();
            int begin = part.get(0).beginPosition();
            int end = part.get(part.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, part);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
            Integer firstToken = original.get(CoreAnnotations.TokenBeginAnnotation.class);
            if (firstToken != null) {
                sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + chunk.from());
                sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + chunk.to());
                documentTokensEnd = firstToken + chunk.to();
            }
            for (int k = 0; k < part.size(); k++) {
                part.get(k).setIndex(k + 1);
                part.get(k).setSentIndex(index);
            }
            kept.add(sentence);
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, kept);
        List<CoreLabel> all = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (all != null && documentTokensEnd >= 0 && documentTokensEnd < all.size()) {
            annotation.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(all.subList(0, documentTokensEnd)));
        }
    }

    private static Mention toMention(CoreMap m, int sentence, List<Token> tokens, TextNormalizer.Normalized text) {
        Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (begin == null || end == null || type == null) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.normStart() >= begin && t.normEnd() <= end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return new Mention(text.text().substring(begin, end), type, sentence, first, last + 1,
                text.toOriginalStart(begin), text.toOriginalEnd(end), normalized);
    }

    /** Lemmas of a short text such as a title, without entity recognition. */
    public List<Token> tokens(String shortText) {
        Annotation annotation = new Annotation(shortText);
        annotate(annotation, false);
        List<Token> out = new ArrayList<>();
        List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (labels == null) {
            return out;
        }
        for (CoreLabel label : labels) {
            String word = label.originalText() != null ? label.originalText() : label.word();
            out.add(new Token(word, label.lemma() != null ? label.lemma() : word, label.tag() == null ? "" : label.tag(),
                    "O", null, label.beginPosition(), label.endPosition(), label.beginPosition(), label.endPosition()));
        }
        return out;
    }
}
