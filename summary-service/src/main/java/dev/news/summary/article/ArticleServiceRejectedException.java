package dev.news.summary.article;

/**
 * article-service answered but refused our request (a 4xx other than 404, such as 401 when it wants a token): not worth a
 * retry, and not unavailability either, so a 502 naming the refusal for our client.
 */
public class ArticleServiceRejectedException extends RuntimeException {

    public ArticleServiceRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
