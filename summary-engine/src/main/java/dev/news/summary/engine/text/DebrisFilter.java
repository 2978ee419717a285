package dev.news.summary.engine.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises page debris (sign-up prompts, photo credits, share and ad prompts, bylines, embedded posts,
 * cookie notices) by the shape of the line rather than by its exact wording.
 */
public final class DebrisFilter {

    /** Credit lines: a media word followed by a colon or "credit", or an agency after a slash. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:^|[\\s(\\[|])(?:picture|pictures|photo|photos|photograph|image|images|video|graphic|illustration|"
                    + "photography|caption|source)\\s*(?::|credit\\b|copyright\\b)"
                    + "|(?i)\\b(?:image|photo|picture|media|video)\\s+(?:copyright|caption|credit)|(?i)^caption\\b"
                    + "|(?i)\\bgetty\\b|(?i)\\bshutterstock\\b|(?i)\\brex features\\b|(?i)\\bfile photo\\b"
                    + "|(?:\\w/(?:PA|AP|AFP|EPA|Reuters|REUTERS|Getty|Rex|Alamy|Bloomberg)\\b)");

    /** On a short line, "photo by ..." is a credit rather than prose. */
    private static final Pattern SHORT_CREDIT = Pattern.compile(
            "(?i)\\b(?:photo|photos|picture|pictures|image|images|video|photographs?)\\s+(?:by|from|courtesy)\\b");

    /** Player and gallery controls: wherever they appear, the sentence is a flattened page widget. */
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)\\b(?:skip ad|autoplay|full screen|view photos|view gallery|share this article"
                    + "|share this story|click here|\\d+ of \\d+ (?:photos|images))\\b");

    /** Share, ad and navigation prompts and labels. */
    private static final Pattern PROMPT = Pattern.compile(
            "(?i)\\b(?:skip ad|share this|share on|share via|share or comment|click here|tap here|"
                    + "read more|continue reading|more on this story|related articles?|related stories|related:|"
                    + "most read|most popular|top stories|all rights reserved|follow us|like us on|"
                    + "newsletters?|unsubscribe|in your inbox|privacy policy|terms of service|terms and conditions|"
                    + "cookie policy|cookie settings|uses? cookies|accept cookies|download the app|our app|"
                    + "leave a comment|view comments|show all|watch the video|watch video|full screen|"
                    + "enlarge this image|last updated|first published)\\b");

    /** Web traces: links, handles, embedded-post signatures, gallery counters, time stamps. */
    private static final Pattern WEB = Pattern.compile(
            "(?i)pic\\.twitter\\.com|https?://|\\bwww\\.|\\(@\\w+\\)|(?:^|\\s)@\\w{2,}|#\\w+\\s*$"
                    + "|^\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|gmt|bst|et|edt|est)?$");

    /** Gallery counters such as "3/8"; two or more in one sentence mean a flattened slideshow. */
    private static final Pattern COUNTER = Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}(?![\\d/])");

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|Written by|Reporting by|Reported by|Words by|Edited by)\\s+\\p{Lu}[\\p{L}.'-]+"
                    + "(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}(?:\\s*(?:,|and|\\||-)\\s*.{0,60})?$");

    /** Words that ask the reader to do something on the page. */
    private static final Set<String> ACTION_VERBS = Set.of("sign", "subscribe", "share", "follow", "click", "tap",
            "download", "read", "watch", "listen", "skip", "join", "like", "register", "get", "see", "comment",
            "email", "tweet", "continue", "enter", "log", "view", "visit", "discover", "find", "explore", "sent",
            "send", "receive", "don't", "never", "want", "support", "donate");

    private static final Set<String> PAGE_WORDS = Set.of("newsletter", "newsletters", "email", "emails", "inbox",
            "app", "story", "stories", "article", "articles", "video", "videos", "ad", "ads", "here", "link",
            "comments", "twitter", "facebook", "instagram", "whatsapp", "updates", "alerts", "podcast", "gallery",
            "site", "website", "page", "subscription", "offers", "notifications", "briefing", "daily", "weekly",
            "free", "more", "latest", "noise", "headlines", "subscribe", "subscribing", "subscribed", "sign-up");

    /** A word of a sign-up form ("Email", "Subscribe"). */
    static boolean isFormWord(Token t) {
        String w = t.lowerWord();
        return SUBSCRIPTION.contains(w) || w.equals("email") || w.equals("e-mail");
    }

    static boolean isActionVerb(Token t) {
        return ACTION_VERBS.contains(t.lowerWord());
    }

    /** Text that credits a picture or a video ("Photo: ...", "Name/Agency", "Image copyright"). */
    static boolean isCredit(String text) {
        return CREDIT.matcher(text).find();
    }

    private static final Set<String> SUBSCRIPTION = Set.of("subscribe", "subscribing", "unsubscribe", "newsletter",
            "inbox", "sign-up");

    /** Indices of sentences that are debris. */
    public Set<Integer> debris(List<Sentence> sentences) {
        Set<Integer> out = new java.util.TreeSet<>();
        Map<Integer, List<Sentence>> paragraphs = new HashMap<>();
        for (Sentence s : sentences) {
            paragraphs.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s);
            if (isDebris(s)) {
                out.add(s.index());
            }
        }
        // A short paragraph that carries a credit is a caption as a whole, prose included.
        for (List<Sentence> paragraph : paragraphs.values()) {
            int words = paragraph.stream().mapToInt(Sentence::wordCount).sum();
            boolean credited = paragraph.stream().anyMatch(s -> CREDIT.matcher(s.text()).find());
            if (credited && paragraph.size() <= 3 && words <= 45) {
                paragraph.forEach(s -> out.add(s.index()));
            }
        }
        return out;
    }

    boolean isDebris(Sentence sentence) {
        String text = sentence.text().strip();
        int words = sentence.wordCount();
        if (words == 0) {
            return true;
        }
        if (CREDIT.matcher(text).find() || WEB.matcher(text).find() || WIDGET.matcher(text).find()) {
            return true;
        }
        if (words <= 12 && SHORT_CREDIT.matcher(text).find()) {
            return true;
        }
        if (COUNTER.matcher(text).results().count() >= 2 || galleryCounter(sentence.tokens())
                || creditedCounter(sentence.tokens())) {
            return true;
        }
        // "Label: what the picture shows", with no full stop: a picture caption.
        if (sentence.tokens().size() > 2 && sentence.tokens().get(1).word().equals(":") && !endsLikeProse(text)
                && Character.isUpperCase(text.charAt(0))) {
            return true;
        }
        // One or two words are a label or a fragment of a line, not a sentence.
        if (words <= 2) {
            return true;
        }
        if (words <= 25 && PROMPT.matcher(text).find()) {
            return true;
        }
        if (BYLINE.matcher(text).matches()) {
            return true;
        }
        if (words <= 15 && isCallToAction(sentence) || words <= 10 && aboutSubscribing(sentence)) {
            return true;
        }
        if (words <= 12 && isShouted(text)) {
            return true;
        }
        // A short fragment with no finite verb and no closing punctuation is a label, caption or headline.
        return words <= 10 && sentence.tokens().stream().noneMatch(Token::isFiniteVerb) && !endsLikeProse(text) && sentence.tokens().size() > 0
                && !isQuotedSpeech(text);
    }

    /**
     * A flattened slideshow: the same small number (the count of pictures) stands on its own before several
     * captions ("Agency 6 Caption ... Agency 6 Caption").
     */
    /** "AGENCY 9 Caption": a slideshow caption that opens with its credit in capitals and the picture count. */
    private static boolean creditedCounter(List<Token> tokens) {
        if (tokens.size() < 3) {
            return false;
        }
        String credit = tokens.get(0).word();
        return credit.length() >= 2 && credit.chars().allMatch(Character::isUpperCase) && tokens.get(1).pos().equals("CD")
                && tokens.get(1).word().length() <= 2 && Character.isUpperCase(tokens.get(2).word().charAt(0));
    }

    static boolean galleryCounter(List<Token> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (w.length() <= 2 && w.chars().allMatch(Character::isDigit)
                    && Character.isUpperCase(tokens.get(i + 1).word().charAt(0))
                    && counts.merge(w, 1, Integer::sum) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A short line about signing up or an inbox is a form's label or message, whatever its verb. */
    private static boolean aboutSubscribing(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (SUBSCRIPTION.contains(t.lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCallToAction(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).lowerWord();
        if (!ACTION_VERBS.contains(first)) {
            return false;
        }
        for (Token t : tokens) {
            String w = t.lowerWord();
            if (PAGE_WORDS.contains(w) || w.equals("us") || w.equals("our")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShouted(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 6 && upper >= 0.8 * letters;
    }

    private static boolean endsLikeProse(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\'';
    }

    private static boolean isQuotedSpeech(String text) {
        return text.startsWith("\"");
    }
}
