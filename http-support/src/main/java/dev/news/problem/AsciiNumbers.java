package dev.news.problem;

/** Whole numbers as requests write them: ASCII digits only. */
public final class AsciiNumbers {

    private AsciiNumbers() {
    }

    /**
     * Like {@link Integer#parseInt(String)}, which also reads other scripts' digits ("١٢" as 12, fullwidth "１０"), but
     * for ASCII digits with an optional sign only.
     */
    public static int parseInt(String value) {
        String digits = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
        if (!isDigits(digits)) {
            throw new NumberFormatException("not a whole number in ASCII digits: " + value);
        }
        return Integer.parseInt(value);
    }

    /** Whether {@code value} is one or more ASCII digits and nothing else. */
    public static boolean isDigits(String value) {
        return value != null && !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
