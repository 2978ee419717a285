package dev.news.article.page;

/** Small web pages written for the tests: a news page with the furniture real ones carry, and variations. */
public final class TestPages {

    private TestPages() {
    }

    /** Paragraphs of the article in {@link #NEWS}, as they should come out. */
    public static final String[] PARAGRAPHS = {
        "The council of Eastbrook voted on Tuesday to repair the old stone bridge over the river, closed since the spring floods.",
        "Work will start in March and is expected to last eight months, the council's engineer told the meeting.",
        "What the repair covers",
        "The arches will be rebuilt with stone from the original quarry, and the road surface widened for cyclists.",
        "Replacing the parapets",
        "Strengthening the piers",
        "\"We owe the town a bridge it can be proud of for another century,\" said the mayor, Ilse Marten.",
        "Residents who cross the river each day will keep using the temporary footbridge until the work is done.",
    };

    /** A news page: JSON-LD, Open Graph, a canonical link, and share bar, caption, related links and prompts around. */
    public static final String NEWS = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Eastbrook council votes to repair the stone bridge | The Eastbrook Gazette</title>
              <link rel="canonical" href="/news/2024/bridge-repair">
              <meta property="og:title" content="Eastbrook council votes to repair the stone bridge">
              <meta property="og:site_name" content="The Eastbrook Gazette">
              <meta property="og:image" content="/img/bridge.jpg">
              <meta property="article:published_time" content="2024-05-01T00:00:00Z">
              <script type="application/ld+json">
              {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "The Eastbrook Gazette"},
                {"@type": "NewsArticle", "headline": "Eastbrook council votes to repair the stone bridge",
                 "author": [{"@type": "Person", "name": "Nora Quill"}, {"@type": "Person", "name": "Tomas Reed"}],
                 "datePublished": "2024-05-14T09:30:00+01:00", "dateModified": "2024-05-14T12:05:00+01:00",
                 "publisher": {"@type": "Organization", "name": "The Eastbrook Gazette"}}]}
              </script>
            </head>
            <body>
              <div id="cookie-consent">We use cookies to improve your experience. Accept all cookies or manage your choices.</div>
              <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
              <main>
                <article>
                  <h1>Eastbrook council votes to repair the stone bridge</h1>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
                  <p class="byline">By <a rel="author" href="/staff/nq">Nora Quill</a> and Tomas Reed</p>
                  <time datetime="2024-05-14T09:30:00+01:00">14 May 2024</time>
                  <figure><img src="/img/bridge.jpg" alt=""><figcaption>The bridge in April. Photo: Gazette archive</figcaption></figure>
                  <p>The council of Eastbrook voted on Tuesday to repair the old stone bridge over the river, closed since
                  the spring floods.</p>
                  <p>Work will start in March and is expected to last eight months, the council's engineer told the meeting.</p>
                  <h2>What the repair covers</h2>
                  <p>The arches will be rebuilt with stone from the original quarry, and the road surface widened for
                  cyclists.</p>
                  <ul><li>Replacing the parapets</li><li>Strengthening the piers</li></ul>
                  <blockquote>"We owe the town a bridge it can be proud of for another century," said the mayor, Ilse Marten.</blockquote>
                  <div class="newsletter-signup"><p>Sign up for our morning briefing and never miss a story from the valley.</p></div>
                  <p>Residents who cross the river each day will keep using the temporary footbridge until the work is done.</p>
                  <aside class="related-links"><h3>Related stories</h3><ul><li><a href="/a">Floods close the bridge</a></li>
                  <li><a href="/b">Council budget approved</a></li></ul></aside>
                </article>
                <section id="comments"><h3>12 comments</h3><p>About time this was fixed, we have waited for months now.</p></section>
              </main>
              <footer><p>Copyright 2024 The Eastbrook Gazette. All rights reserved. Contact us, advertise, careers.</p></footer>
            </body>
            </html>
            """;

    /** A page with no JSON-LD: metadata from meta tags and the markup only. */
    public static String metaOnly(String charsetMeta, String body) {
        return """
                <html><head>%s
                <title>Harbour reopens after storm - Coast Daily</title>
                <meta name="author" content="By Jane Roe">
                <meta property="og:url" content="https://coast.example.net/harbour">
                </head><body><div class="story">
                <time datetime="2023-11-02">2 November 2023</time>
                %s
                </div></body></html>
                """.formatted(charsetMeta, body);
    }

    /**
     * A generated hostile page, never a real one: thousands of blocks each nested 60 deep (under the depth limit),
     * about 3 MB. Finding the content costs time in proportion to elements times depth: seconds.
     */
    public static byte[] hostile() {
        String block = "<div>".repeat(60) + "<p>Words of a paragraph, with a comma, that looks like text.</p>".repeat(4)
                + "</div>".repeat(60);
        return ("<html><head><title>Deep</title></head><body>" + block.repeat(3000) + "</body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
