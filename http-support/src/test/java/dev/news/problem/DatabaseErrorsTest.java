package dev.news.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which database errors are the database's state (503) rather than a defect (500). */
class DatabaseErrorsTest {

    @Test
    void aConnectionFailureSuppressedByACommitIsUnavailability() {
        RuntimeException commit = new IllegalStateException("commit failed");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(ProblemMappers.databaseUnavailable(new RuntimeException("transaction rolled back", commit)));
    }

    @Test
    void aCancelledStatementIsBusyNotUnavailable() {
        SQLException cancelled = new SQLException("canceling statement due to statement timeout", "57014");
        RuntimeException wrapped = new RuntimeException("could not execute query", cancelled);
        assertTrue(ProblemMappers.databaseBusy(wrapped));
        assertFalse(ProblemMappers.databaseUnavailable(wrapped));
    }

    @Test
    void aConstraintViolationIsNeither() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertFalse(ProblemMappers.databaseBusy(unique));
        assertFalse(ProblemMappers.databaseUnavailable(unique));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(ProblemMappers.databaseUnavailable(b));
    }
}
