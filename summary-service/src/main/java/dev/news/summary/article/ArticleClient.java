package dev.news.summary.article;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** article-service's API as summary-service calls it; URL from {@code quarkus.rest-client.article-service.url}. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "article-service")
@RegisterClientHeaders(ArticleCallHeaders.class)
interface ArticleClient {

    /** The article, or 304 without a body when {@code ifNoneMatch} names its current version. */
    @GET
    @Path("{id}")
    Response get(@PathParam("id") long id, @HeaderParam("If-None-Match") String ifNoneMatch);
}
