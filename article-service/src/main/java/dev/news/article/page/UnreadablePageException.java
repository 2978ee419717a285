package dev.news.article.page;

/** The page gives no article: it is not HTML, no article text was found, or it could not be read in time. */
public class UnreadablePageException extends RuntimeException {

    public UnreadablePageException(String reason) {
        super(reason);
    }
}
