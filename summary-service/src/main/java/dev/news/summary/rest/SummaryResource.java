package dev.news.summary.rest;


import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.news.problem.IdParameter;
import dev.news.problem.Problem;
import dev.news.problem.ProblemException;
import dev.news.problem.TextInputs;
import dev.news.summary.engine.Facts;
import dev.news.summary.config.SummaryConfig;
import dev.news.summary.service.LengthParameters;
import dev.news.summary.service.SummaryDocument;
import dev.news.summary.service.SummaryService;

/** HTTP in, service call, HTTP out: summaries and key facts. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "summaries", description = "Extractive summaries and key facts")
// No operation asks for credentials (POST /summaries is limited per client instead): an empty requirement says so.
@SecurityRequirementsSet
@APIResponse(responseCode = "400", ref = "BadRequest")
@APIResponse(responseCode = "406", ref = "NotAcceptable")
@APIResponse(responseCode = "503", ref = "Unavailable")
public class SummaryResource {

    private final SummaryService summaries;
    private final SummaryConfig config;

    SummaryResource(SummaryService summaries, SummaryConfig config) {
        this.summaries = summaries;
        this.config = config;
    }

    @GET
    @Path("summaries/{articleId}")
    @Operation(operationId = "getSummary", summary = "Summary and key facts of a stored article", description = "At most one of sentences (default 3), "
            + "ratio or words. Served from the store when the article is unchanged. Whether it changed is asked of "
            + "article-service at most once per news.summary.article-max-age (5 s), or now with Cache-Control: no-cache.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryDocument.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", ref = "BadGateway")
    public String summary(@PathParam("articleId") String articleId, @QueryParam("sentences") String sentences,
            @QueryParam("ratio") String ratio, @QueryParam("words") String words, @HeaderParam("Cache-Control") String cacheControl) {
        return summaries.summary(IdParameter.parse("articleId", articleId), LengthParameters.parse(sentences, ratio, words, config.maxSentences()),
                CacheControl.revalidate(cacheControl));
    }

    @GET
    @Path("facts/{articleId}")
    @Operation(operationId = "getFacts", summary = "Key facts of a stored article")
    // The method writes stored JSON as a String; the document it answers is this object.
    @APIResponse(responseCode = "200", description = "articleId, title and facts", content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            properties = {@SchemaProperty(name = "articleId", type = SchemaType.INTEGER, format = "int64"),
                @SchemaProperty(name = "title", type = SchemaType.STRING), @SchemaProperty(name = "facts", implementation = Facts.class)})))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "502", ref = "BadGateway")
    public String facts(@PathParam("articleId") String articleId, @HeaderParam("Cache-Control") String cacheControl) {
        return summaries.facts(IdParameter.parse("articleId", articleId), CacheControl.revalidate(cacheControl));
    }

    @POST
    @Path("summaries")
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "summarizeText", summary = "Summarise text that is not stored")
    @APIResponse(responseCode = "200", description = "The summary, without articleId", content = @Content(schema = @Schema(implementation = SummaryDocument.class)))
    @APIResponse(responseCode = "413", description = "Text over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", description = "Too many texts from this client; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SummaryDocument summarize(@Valid SummarizeRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "a JSON object is required");
        }
        TextInputs.checkSize("text", request.text(), config.maxTextBytes());
        var length = LengthParameters.parse(string(request.sentences()), string(request.ratio()), string(request.words()),
                config.maxSentences());
        return summaries.summarize(request.title(), request.text(), length);
    }

    private static String string(Number value) {
        return value == null ? null : value.toString();
    }
}
