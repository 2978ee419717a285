package dev.news.summary.engine.facts;

import dev.news.summary.engine.DateFact;
import dev.news.summary.engine.Evidence;
import dev.news.summary.engine.text.ParsedArticle;
import dev.news.summary.engine.text.Sentence;
import dev.news.summary.engine.text.Token;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and turns them into ISO dates against the publication date: weekdays point to
 * the latest such day (or the next one when the sentence speaks of the future), "yesterday" to the day
 * before, and day-month expressions take the year that puts them closest before publication.
 */
public final class DateResolver {

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";
    private static final Pattern EXPRESSION = Pattern.compile(
            "\\b(?<iso>\\d{4}-\\d{2}-\\d{2})\\b"
                    + "|\\b(?:(?:late|early)\\s+(?:on\\s+)?)?(?<rel>last|next|this)?\\s*" + WEEKDAY + PART_OF_DAY
                    + "(?:,?\\s+(?<wmonth>January|February|March|April|May|June|July|August|September|October"
                    + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(?<wday>\\d{1,2})"
                    + "(?:,\\s*(?<wyear>\\d{4}))?)?\\b"
                    + "|\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?<year>\\d{4}))?\\b"
                    + "|\\b(?<month2>January|February|March|April|May|June|July|August|September|October|November"
                    + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(?<day2>\\d{1,2})"
                    + "(?:st|nd|rd|th)?(?!\\d)(?:,\\s*(?<year2>\\d{4}))?\\b"
                    + "|\\b(?<deixis>yesterday|today|tomorrow|tonight)" + PART_OF_DAY + "\\b"
                    + "|\\b(?<clock>(?:at\\s+)?(?:about\\s+|around\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))"
                    + "(?![\\p{L}])(?!\\s+(?:on|last|next|this)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Set<String> FUTURE = Set.of("will", "'ll", "next", "upcoming", "tomorrow", "shall");

    private final boolean resolve;

    public DateResolver(boolean resolve) {
        this.resolve = resolve;
    }

    public List<DateFact> extract(ParsedArticle article) {
        LocalDate published = resolve && article.published() != null ? article.published().toLocalDate() : null;
        List<DateFact> near = new ArrayList<>();
        List<DateFact> far = new ArrayList<>();
        List<DateFact> unresolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence sentence : article.sentences()) {
            if (article.debris().contains(sentence.index()) || sentence.tokens().isEmpty()) {
                continue;
            }
            Matcher m = EXPRESSION.matcher(sentence.text());
            while (m.find()) {
                if (!isCapitalisedName(m)) {
                    continue;
                }
                String text = m.group().strip();
                String value = value(m, published, speaksOfFuture(sentence.tokens()));
                if (!seen.add(text.toLowerCase(Locale.ROOT) + "|" + value)) {
                    continue;
                }
                int from = m.start() + (m.group().length() - m.group().stripLeading().length());
                DateFact fact = new DateFact(text, value, evidence(sentence, from, from + text.length()));
                if (value == null) {
                    unresolved.add(fact);
                } else if (published == null || isNear(LocalDate.parse(value), published)) {
                    near.add(fact);
                } else {
                    // History and plans are facts too, but the reported event is usually within days.
                    far.add(fact);
                }
            }
        }
        near.addAll(far);
        near.addAll(unresolved);
        return near;
    }

    /** Month and weekday names are capitalised in English; lower-case "may" or "march" are other words. */
    private static boolean isCapitalisedName(Matcher m) {
        for (String g : new String[] {"month", "month2", "weekday", "wmonth"}) {
            String v = m.group(g);
            if (v != null && !Character.isUpperCase(v.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNear(LocalDate day, LocalDate published) {
        return !day.isBefore(published.minusDays(7)) && !day.isAfter(published.plusDays(1));
    }

    private static String value(Matcher m, LocalDate published, boolean future) {
        if (m.group("iso") != null) {
            return valid(Integer.parseInt(m.group("iso").substring(0, 4)),
                    Integer.parseInt(m.group("iso").substring(5, 7)), Integer.parseInt(m.group("iso").substring(8)));
        }
        if (m.group("weekday") != null) {
            if (m.group("wmonth") != null) {
                return dayMonth(m.group("wday"), m.group("wmonth"), m.group("wyear"), published, future);
            }
            if (published == null) {
                return null;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
            String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
            LocalDate d = switch (rel) {
                case "last" -> published.with(TemporalAdjusters.previous(day));
                case "next" -> published.with(TemporalAdjusters.next(day));
                default -> future ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
            };
            return d.toString();
        }
        if (m.group("day") != null) {
            return dayMonth(m.group("day"), m.group("month"), m.group("year"), published, future);
        }
        if (m.group("day2") != null) {
            return dayMonth(m.group("day2"), m.group("month2"), m.group("year2"), published, future);
        }
        if (m.group("clock") != null) {
            // A bare clock time in a news report refers to the day of publication.
            return published == null ? null : published.toString();
        }
        if (m.group("deixis") != null && published != null) {
            return switch (m.group("deixis").toLowerCase(Locale.ROOT)) {
                case "yesterday" -> published.minusDays(1).toString();
                case "tomorrow" -> published.plusDays(1).toString();
                default -> published.toString();
            };
        }
        return null;
    }

    private static String dayMonth(String day, String monthName, String year, LocalDate published, boolean future) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT).substring(0, 3));
        if (month == null) {
            return null;
        }
        int d = Integer.parseInt(day);
        if (year != null) {
            return valid(Integer.parseInt(year), month, d);
        }
        if (published == null) {
            return null;
        }
        String candidate = valid(published.getYear(), month, d);
        if (candidate == null) {
            return null;
        }
        LocalDate date = LocalDate.parse(candidate);
        // News looks back: a date months after publication most likely belongs to the previous year.
        if (!future && date.isAfter(published.plusMonths(2))) {
            date = date.minusYears(1);
        }
        return date.toString();
    }

    private static String valid(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Evidence evidence(Sentence sentence, int from, int to) {
        int base = sentence.tokens().get(0).normStart();
        int start = sentence.start();
        int end = sentence.end();
        boolean startFound = false;
        for (Token t : sentence.tokens()) {
            int ts = t.normStart() - base;
            int te = t.normEnd() - base;
            if (!startFound && te > from) {
                start = t.start();
                startFound = true;
            }
            if (ts < to) {
                end = t.end();
            }
        }
        return new Evidence(sentence.index(), start, end);
    }

    private static boolean speaksOfFuture(List<Token> tokens) {
        for (Token t : tokens) {
            if (FUTURE.contains(t.lowerWord())) {
                return true;
            }
        }
        return false;
    }
}
