package dev.news.summary.engine;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

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
final class CoreNlpAdapter {

    /** Sentences and entity mentions of one text. */
    record Parsed(List<Sentence> sentences, List<Mention> mentions) {
    }

    private static final String GAZETTEER_DIR = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\[\\]\\\\^$*+?(){}|]");

    private final StanfordCoreNLP base;
    private final StanfordCoreNLP entities;

    CoreNlpAdapter(EngineConfig config) {
        Properties common = new Properties();
        common.setProperty("tokenize.language", "en");
        // A line break is always a boundary: headlines and captions stand on their own lines.
        common.setProperty("ssplit.newlineIsSentenceBreak", "always");
        common.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,quotes=ascii,splitHyphenated=false");

        Properties baseProps = new Properties();
        baseProps.putAll(common);
        baseProps.setProperty("annotators", "tokenize,ssplit,pos,lemma");

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
        this.base = new StanfordCoreNLP(baseProps);
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

    Parsed parse(TextNormalizer.Normalized text, boolean withEntities, LocalDate documentDate) {
        Annotation annotation = new Annotation(text.text());
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        base.annotate(annotation);
        if (withEntities) {
            entities.annotate(annotation);
        }
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
    List<Token> tokens(String shortText) {
        Annotation annotation = new Annotation(shortText);
        base.annotate(annotation);
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
