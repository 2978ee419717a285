package dev.news.summary.engine.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans raw article text for the tokenizer while remembering where every character came from. */
public final class TextNormalizer {

    // Matched only AT a '<' or '&' and within a bounded window, so each costs a bounded amount of work: searching on
    // from every '<' instead made text full of unclosed markup cost quadratic (and, with comments, cubic) time.
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]{0,500})?/?>");
    private static final int TAG_WINDOW = 1024;
    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";
    private static final Pattern BLOCK_TAG = Pattern.compile("</?(?:p|br|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|figure|figcaption|header|footer)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});");
    private static final int ENTITY_WINDOW = 12;
    // The tokenizer's time grows with the square of a run without whitespace made of characters such as '&' or
    // '\'' (20,000 '&' took half a minute); a space after every so many characters keeps it linear. Words and
    // ordinary links are shorter.
    private static final int MAX_RUN = 100;
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "-"), Map.entry("ndash", "-"),
            Map.entry("lsquo", "'"), Map.entry("rsquo", "'"), Map.entry("ldquo", "\""), Map.entry("rdquo", "\""),
            Map.entry("hellip", "..."), Map.entry("pound", "£"), Map.entry("euro", "€"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("shy", ""), Map.entry("zwnj", ""),
            Map.entry("zwj", ""), Map.entry("laquo", "\""), Map.entry("raquo", "\""), Map.entry("bull", "-"),
            Map.entry("middot", "-"), Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("uuml", "ü"),
            Map.entry("ouml", "ö"), Map.entry("auml", "ä"));

    /** Text after cleaning plus, per character, the original span it replaces. */
    public record Normalized(String text, int[] originStart, int[] originEnd) {
        public int toOriginalStart(int normalizedOffset) {
            if (originStart.length == 0) {
                return 0;
            }
            return originStart[Math.min(Math.max(normalizedOffset, 0), originStart.length - 1)];
        }

        public int toOriginalEnd(int normalizedEndExclusive) {
            if (originEnd.length == 0) {
                return 0;
            }
            return originEnd[Math.min(Math.max(normalizedEndExclusive - 1, 0), originEnd.length - 1)];
        }
    }

    /** Growable buffer of characters with their origin spans. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] start = new int[64];
        private int[] end = new int[64];

        void append(char c, int from, int to) {
            if (text.length() == start.length) {
                start = java.util.Arrays.copyOf(start, start.length * 2);
                end = java.util.Arrays.copyOf(end, end.length * 2);
            }
            start[text.length()] = from;
            end[text.length()] = to;
            text.append(c);
        }

        void append(String s, int from, int to) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), from, to);
            }
        }

        int length() {
            return text.length();
        }

        char charAt(int i) {
            return text.charAt(i);
        }
    }

    public Normalized normalize(String original) {
        Builder decoded = decode(original);
        Builder collapsed = collapseWhitespace(decoded);
        return new Normalized(collapsed.text.toString(),
                java.util.Arrays.copyOf(collapsed.start, collapsed.length()),
                java.util.Arrays.copyOf(collapsed.end, collapsed.length()));
    }

    /** Replaces markup, entities and typographic characters one source unit at a time. */
    private Builder decode(String s) {
        Builder out = new Builder();
        Matcher tag = TAG.matcher(s);
        Matcher entity = ENTITY.matcher(s);
        int i = 0;
        int n = s.length();
        // Where the first "-->" at or after closeSearchedFrom is (-1: none), so that many unclosed comments share one scan.
        int closeSearchedFrom = n;
        int close = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<' && s.startsWith(COMMENT_OPEN, i)) {
                int bodyStart = i + COMMENT_OPEN.length();
                if (bodyStart < closeSearchedFrom || close >= 0 && close < bodyStart) {
                    close = s.indexOf(COMMENT_CLOSE, bodyStart);
                    closeSearchedFrom = bodyStart;
                }
                if (close >= 0) {
                    int end = close + COMMENT_CLOSE.length();
                    out.append(" ", i, end);
                    i = end;
                    continue;
                }
            } else if (c == '<' && tag.region(i, Math.min(n, i + TAG_WINDOW)).lookingAt()) {
                // Block-level tags separate paragraphs; inline tags only separate words.
                String replacement = BLOCK_TAG.matcher(tag.group()).matches() ? "\n\n" : " ";
                out.append(replacement, i, tag.end());
                i = tag.end();
                continue;
            }
            if (c == '&' && entity.region(i, Math.min(n, i + ENTITY_WINDOW)).lookingAt()) {
                String decodedEntity = decodeEntity(entity.group(1));
                if (decodedEntity != null) {
                    appendMapped(out, decodedEntity, i, entity.end());
                    i = entity.end();
                    continue;
                }
            }
            if (c == '\r') {
                int to = i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                out.append('\n', i, to);
                i = to;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n) {
                // Emoji and other astral symbols carry no words; a space keeps neighbours apart.
                out.append(' ', i, i + 2);
                i += 2;
                continue;
            }
            appendMapped(out, String.valueOf(c), i, i + 1);
            i++;
        }
        return out;
    }

    private static void appendMapped(Builder out, String decoded, int from, int to) {
        for (int k = 0; k < decoded.length(); k++) {
            String mapped = mapChar(decoded.charAt(k));
            out.append(mapped, from, to);
        }
    }

    private static String mapChar(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4':
                return "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                return "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return "-";
            case '\u2026':
                return "...";
            case '\u00A0', '\u2007', '\u202F', '\t', '\u000B', '\u000C', '\u3000':
                return " ";
            case '\u2028', '\u2029', '\u0085':
                return "\n";
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uFFFD':
                return "";
            default:
                if (c == '\n') {
                    return "\n";
                }
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    return "";
                }
                if (Character.isSpaceChar(c)) {
                    return " ";
                }
                return String.valueOf(c);
        }
    }

    private static String decodeEntity(String body) {
        if (body.startsWith("#")) {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                if (cp <= 0 || cp > Character.MAX_CODE_POINT) {
                    return "";
                }
                return Character.isSupplementaryCodePoint(cp) ? " " : String.valueOf((char) cp);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED_ENTITIES.get(body);
    }

    /**
     * Collapses spaces, trims lines, keeps at most one blank line, and joins hard-wrapped lines
     * so that a remaining single line break always means a separate line (headline, caption).
     * Breaks runs of more than {@link #MAX_RUN} characters without whitespace.
     */
    private Builder collapseWhitespace(Builder in) {
        Builder out = new Builder();
        int n = in.length();
        int i = 0;
        int run = 0;
        while (i < n) {
            char c = in.charAt(i);
            if (c != ' ' && c != '\n') {
                if (run == MAX_RUN) {
                    out.append(' ', in.start[i], in.start[i]);
                    run = 0;
                }
                out.append(c, in.start[i], in.end[i]);
                run++;
                i++;
                continue;
            }
            run = 0;
            int j = i;
            int newlines = 0;
            while (j < n && (in.charAt(j) == ' ' || in.charAt(j) == '\n')) {
                if (in.charAt(j) == '\n') {
                    newlines++;
                }
                j++;
            }
            if (out.length() > 0 && j < n) {
                String sep = " ";
                if (newlines >= 2) {
                    sep = "\n\n";
                } else if (newlines == 1 && !isHardWrap(out, in, j)) {
                    sep = "\n";
                }
                out.append(sep, in.start[i], in.end[j - 1]);
            }
            i = j;
        }
        return out;
    }

    /** A single break inside running prose (no closing punctuation, next line lower-case) is a wrap. */
    private static boolean isHardWrap(Builder out, Builder in, int next) {
        char before = out.charAt(out.length() - 1);
        char after = in.charAt(next);
        boolean openEnd = Character.isLetterOrDigit(before) || before == ',' || before == ';' || before == '-';
        return openEnd && Character.isLowerCase(after);
    }
}
