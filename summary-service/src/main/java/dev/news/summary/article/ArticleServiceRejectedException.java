package dev.news.summary.article;

/** article-service refused our request (a 4xx other than 404): not worth a retry. */
public class ArticleServiceRejectedException extends ArticleServiceUnavailableException {

    public ArticleServiceRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
