package dev.news.article.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.news.article.Article;
import dev.news.article.ArticleInput;
import dev.news.article.ArticlePage;
import dev.news.article.ArticleView;
import dev.news.article.ImportResult;
import dev.news.article.page.ExtractedPage;
import dev.news.article.service.ArticleImporter;
import dev.news.article.service.ArticleService;
import dev.news.article.service.ArticleSort;
import dev.news.article.service.PageService;
import dev.news.problem.AsciiNumbers;
import dev.news.problem.IdParameter;
import dev.news.problem.Problem;
import dev.news.problem.ProblemException;
import dev.news.problem.TextInputs;

/** HTTP in, service call, HTTP out: the articles API. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Store, find, edit and remove news articles; writes need a bearer token with role editor")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "406", ref = "NotAcceptable")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";
    /** The role a bearer token needs to create, edit, delete or import articles. */
    static final String EDITOR = "editor";

    private final ArticleService articles;
    private final ArticleImporter importer;
    private final PageService pages;

    ArticleResource(ArticleService articles, ArticleImporter importer, PageService pages) {
        this.articles = articles;
        this.importer = importer;
        this.pages = pages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Store an article", description = "Re-posting content already stored (same title and body after "
            + "whitespace normalisation) stores nothing and answers 200 with the existing article and its Location.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already stored: the existing article", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @RolesAllowed(EDITOR)
    public Response create(@Valid ArticleInput input, UriInfo uri) {
        if (input == null) {
            throw ProblemException.badRequest("body", "a JSON object is required");
        }
        return saved(articles.create(input), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    // The same operation as create(JSON) in the document: one path and method, two request media types.
    @Operation(operationId = "createArticle", summary = "Store an article from plain text",
            description = "The first non-empty line is the title, the rest the body.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @RolesAllowed(EDITOR)
    public Response createFromText(byte[] text, UriInfo uri) {
        String decoded = TextInputs.strictUtf8(text)
                .orElseThrow(() -> ProblemException.badRequest("body", "not valid UTF-8"));
        String[] lines = decoded.strip().split("\\R", 2);
        String title = lines[0].strip();
        String body = lines.length > 1 ? lines[1].strip() : "";
        if (title.isEmpty()) {
            throw ProblemException.badRequest("title", "the first non-empty line (the title) is missing");
        }
        if (body.isEmpty()) {
            throw ProblemException.badRequest("body", "text after the title line is missing");
        }
        if (title.length() > 1000) {
            throw ProblemException.badRequest("title", "size must be between 0 and 1000");
        }
        return saved(articles.create(new ArticleInput(title, body, null, null, null, null, null, null, null, null, null)), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_HTML)
    // The same operation as create(JSON) in the document: one path and method, a third request media type.
    @Operation(operationId = "createArticle", summary = "Store an article from its web page", description = "The page as bytes; its character set from a "
            + "byte-order mark, the charset parameter, a <meta> or else UTF-8 (windows-1252 when not valid UTF-8). The article "
            + "(title, body, authors, times, site, language, canonical URL, lead image) is extracted and stored as by the JSON "
            + "POST, with the same duplicate rule. sourceUrl, the page's address, resolves relative links and is stored; the "
            + "service never fetches it.")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already stored: the existing article", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", description = "Page over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "Not HTML, no article in it, or not readable in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(EDITOR)
    public Response createFromPage(byte[] page, @QueryParam("sourceUrl") String sourceUrl, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            UriInfo uri) {
        String address = sourceUrl(sourceUrl);
        ExtractedPage extracted = pages.extract(page, type.getParameters().get("charset"), address);
        return saved(articles.create(PageService.toInput(extracted, address)), uri);
    }

    @POST
    @Path("extract")
    @Consumes(MediaType.TEXT_HTML)
    @Operation(operationId = "extractArticle", summary = "Extract the article of a web page without storing it", description = "The same input as "
            + "POST /articles with a page; answers what would be stored.")
    @APIResponse(responseCode = "200", description = "The extracted article", content = @Content(schema = @Schema(implementation = ExtractedPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", description = "Page over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "Not HTML, no article in it, or not readable in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(EDITOR)
    public ExtractedPage extract(byte[] page, @QueryParam("sourceUrl") String sourceUrl, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        return pages.extract(page, type.getParameters().get("charset"), sourceUrl(sourceUrl));
    }

    private static String sourceUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 2048 || !value.matches(ArticleInput.URL)) {
            throw ProblemException.badRequest("sourceUrl", "must be an absolute http or https URL of at most 2048 characters");
        }
        return value;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "One article", description = "Its ETag is its version, for If-Match on PUT and "
            + "If-None-Match on GET (304 when unchanged).")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match version")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    // Reads are open by default (news.article.open-reads), else need any valid token (ClosedReads): either is declared.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public Response get(@PathParam("id") String id, Request request) {
        Article article = articles.find(parseId(id)).orElseThrow(() -> notFound(id));
        EntityTag tag = new EntityTag(Integer.toString(article.version));
        // If-None-Match with the current version: 304, and the body is neither written nor sent.
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(ArticleView.of(article)).tag(tag).build();
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List or search articles", description = "q: full-text search over title and body, ranked; "
            + "page counts from 1; sort: relevance (with q) or id|title|publishedAt|createdAt|updatedAt[,asc|desc].")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    // Vert.x refuses a request line over its limit (such as a q of many thousand characters) before the application sees it.
    @APIResponse(responseCode = "414", description = "Request line over the HTTP server's limit; no body")
    // Reads are open by default (news.article.open-reads), else need any valid token (ClosedReads): either is declared.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    public ArticlePage list(@QueryParam("q") String query, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        boolean hasQuery = query != null && !query.isBlank();
        return articles.list(query, intParam("page", page, 1), intParam("size", size, 20), ArticleSort.parse(sort, hasQuery));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceArticle", summary = "Replace an article", description = "Needs the version being replaced: If-Match with the ETag of "
            + "GET, or version in the body. A stale version gets 412 and nothing is written.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The new content is already stored as another article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", description = "No version given", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(EDITOR)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ArticleInput input) {
        long articleId = parseId(id);
        if (input == null) {
            throw ProblemException.badRequest("body", "a JSON object is required");
        }
        int expected = expectedVersion(articleId, ifMatch, input.version());
        Article article = articles.update(articleId, input, expected).orElseThrow(() -> notFound(id));
        return Response.ok(ArticleView.of(article)).tag(Integer.toString(article.version)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteArticle", summary = "Remove an article", description = "With If-Match (the ETag of GET), only that version is removed; "
            + "another current version gets 412 and nothing is removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", description = "Stale version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(EDITOR)
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        long articleId = parseId(id);
        boolean deleted = ifMatch == null || ifMatch.isBlank()
                ? articles.delete(articleId)
                : articles.delete(articleId, ifMatchVersion(articleId, ifMatch));
        if (!deleted) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes(NDJSON)
    @Operation(operationId = "importArticles", summary = "Import articles from NDJSON", description = "One article JSON object per line, read as it streams "
            + "and written in batched transactions. Each non-blank line gets a result: created, duplicate or invalid with "
            + "the reason; an invalid line never stops the others.")
    @APIResponse(responseCode = "200", description = "One result per line", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @RolesAllowed(EDITOR)
    public ImportResult importNdjson(InputStream body) {
        return importer.importNdjson(body);
    }

    private Response saved(ArticleService.Saved saved, UriInfo uri) {
        Article article = saved.article();
        URI location = uri.getBaseUriBuilder().path("articles").path(Long.toString(article.id)).build();
        Response.ResponseBuilder response = saved.created() ? Response.created(location) : Response.ok().location(location);
        return response.entity(ArticleView.of(article)).tag(Integer.toString(article.version)).build();
    }

    private int expectedVersion(long id, String ifMatch, Integer bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            int version = ifMatchVersion(id, ifMatch);
            if (bodyVersion != null && bodyVersion != version) {
                throw ProblemException.badRequest("version", "differs from If-Match");
            }
            return version;
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new ProblemException(428, "Precondition required", "send If-Match with the article's ETag, or version in the body",
                List.of(new Problem.FieldError("If-Match", "required")), Map.of());
    }

    /** The version an {@code If-Match} names; {@code *} names the current one. */
    private int ifMatchVersion(long id, String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return articles.find(id).map(a -> a.version).orElseThrow(() -> notFound(Long.toString(id)));
        }
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        try {
            return AsciiNumbers.parseInt(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "must be an ETag given by GET, such as \"3\"");
        }
    }

    static long parseId(String id) {
        return IdParameter.parse("id", id);
    }

    private static int intParam(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return AsciiNumbers.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }


    private static ProblemException notFound(String id) {
        return ProblemException.notFound("article " + id + " not found");
    }
}
