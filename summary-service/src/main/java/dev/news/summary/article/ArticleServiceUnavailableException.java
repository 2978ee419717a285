package dev.news.summary.article;

/** article-service could not be reached or failed (5xx): worth a retry, and a 503 for our client. */
public class ArticleServiceUnavailableException extends RuntimeException {

    public ArticleServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
