package dev.news.article.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTimesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-14T09:30:00+01:00      | 2024-05-14T09:30+01:00",
            "2024-05-14T09:30:00.000Z       | 2024-05-14T09:30Z",
            "2024-05-14T09:30:00+0100       | 2024-05-14T09:30+01:00",
            "2024-05-14 09:30:00            | 2024-05-14T09:30Z",
            "2024-05-14T09:30               | 2024-05-14T09:30Z",
            "2024-05-14                     | 2024-05-14T00:00Z",
            "'Tue, 14 May 2024 09:30:00 GMT' | 2024-05-14T09:30Z"})
    void readsTheWaysPagesWriteTimes(String raw, String expected) {
        assertEquals(Optional.of(OffsetDateTime.parse(expected)), PageTimes.parse(raw));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"yesterday", "1715678400", "14/05/2024", "''", "99999-01-01"})
    void ignoresWhatIsNotATime(String raw) {
        assertEquals(Optional.empty(), PageTimes.parse(raw));
    }
}
