package dev.news.problem;

/** A path parameter that names a stored thing by its numeric id. */
public final class IdParameter {

    private IdParameter() {
    }

    /** The id, or a 400 naming {@code name} when {@code value} is not a positive whole number. */
    public static long parse(String name, String value) {
        // Long.parseLong also reads other scripts' digits (Arabic-Indic, fullwidth), which no id is written in.
        if (!AsciiNumbers.isDigits(value)) {
            throw ProblemException.badRequest(name, "must be a positive whole number");
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ProblemException.badRequest(name, "must be a positive whole number");
    }
}
