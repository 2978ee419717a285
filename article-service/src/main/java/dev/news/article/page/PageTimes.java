package dev.news.article.page;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a time as pages write it in metadata: ISO-8601 with or without offset, seconds or a time; or an RFC 1123 date.
 * A time without offset is taken as UTC and a date alone as its midnight in UTC, so the calendar date stays the one
 * written on the page.
 */
final class PageTimes {

    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern NUMERIC = Pattern.compile("\\d{9,13}");

    private PageTimes() {
    }

    static Optional<OffsetDateTime> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (NUMERIC.matcher(text).matches()) {
            return Optional.empty();
        }
        // 2018-04-05 06:00:00 → 2018-04-05T06:00:00; +0200 → +02:00
        String spaced = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        String iso = COMPACT_OFFSET.matcher(spaced).replaceFirst("$1:$2").replace(" ", "");
        Optional<OffsetDateTime> time = attempt(() -> OffsetDateTime.parse(iso))
                .or(() -> attempt(() -> LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC)))
                .or(() -> attempt(() -> LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso).atStartOfDay().atOffset(ZoneOffset.UTC)))
                .or(() -> attempt(() -> OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)));
        // PostgreSQL and the API keep years 1 to 9999; a page may claim anything.
        return time.filter(t -> t.getYear() >= 1 && t.getYear() <= 9999);
    }

    private interface Parse {
        OffsetDateTime run();
    }

    private static Optional<OffsetDateTime> attempt(Parse parse) {
        try {
            return Optional.of(parse.run());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
