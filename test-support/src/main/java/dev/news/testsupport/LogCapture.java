package dev.news.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything the application under test logs while open, with the parameters and the messages of every exception
 * in each record's chain, so that a test can assert what never reaches the logs (article bodies, posted texts).
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(render(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The records that contain {@code text} anywhere. */
    public List<String> containing(String text) {
        return records.stream().filter(r -> r.contains(text)).toList();
    }

    public int size() {
        return records.size();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }

    private static String render(LogRecord record) {
        StringBuilder out = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " " + record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                out.append(" | ").append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            out.append(" | ").append(t);
            for (Throwable suppressed : t.getSuppressed()) {
                out.append(" | ").append(suppressed);
            }
        }
        return out.toString();
    }
}
