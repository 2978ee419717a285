package dev.news.summary.engine;

/** How long a summary should be: a number of sentences, a ratio of the article or a word budget. */
public sealed interface Length permits Length.Sentences, Length.Ratio, Length.Words {

    /** The default length: three sentences. */
    static Length defaultLength() {
        return new Sentences(3);
    }

    /** A fixed number of sentences. */
    record Sentences(int count) implements Length {
        public Sentences {
            if (count < 1) {
                throw new IllegalArgumentException("sentences must be at least 1, was " + count);
            }
        }

        /** Three sentences. */
        public Sentences() {
            this(3);
        }
    }

    /** A fraction of the article sentences, 0 &lt; ratio &lt;= 1. */
    record Ratio(double ratio) implements Length {
        public Ratio {
            if (!(ratio > 0.0 && ratio <= 1.0)) {
                throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio);
            }
        }
    }

    /** A budget of whitespace-separated words that the summary never exceeds. */
    record Words(int max) implements Length {
        public Words {
            if (max < 1) {
                throw new IllegalArgumentException("words must be at least 1, was " + max);
            }
        }
    }
}
