package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only route: GET and HEAD only, with every failure answered in one line (400, 404, 406, 503 or 500) and
 * unexpected ones logged on the server, never shown to the client as a stack trace.
 */
abstract class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final Logger LOG = LoggerFactory.getLogger("org.pledgegraph.server.LinkedData");

    /** A request for something that does not exist: 404 with this message. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    /** Answers a GET (and, through the servlet API, a HEAD) request. */
    abstract void get(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            get(req, resp);
        } catch (Negotiation.BadFormat e) {
            Responses.error(req, resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (Negotiation.NotAcceptable e) {
            Responses.error(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, e.getMessage());
        } catch (NotFound e) {
            Responses.error(req, resp, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (QueryCancelledException e) {
            LOG.warn("{} {}: timed out after {}", req.getMethod(), req.getRequestURI(), site.timeout());
            Responses.error(req, resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "building this page took longer than " + site.timeout().toSeconds() + " s; try again later");
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("{} {}: {}", req.getMethod(), req.getRequestURI(), e.toString(), e);
            Responses.error(req, resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "the server could not answer this request: " + e.getClass().getSimpleName());
        }
    }

    /** Returns the request's path without the context path and the leading slash, still percent-encoded. */
    static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath();
        if (ctx != null && !ctx.isEmpty() && uri.startsWith(ctx)) {
            uri = uri.substring(ctx.length());
        }
        if (uri.startsWith("/")) {
            uri = uri.substring(1);
        }
        return uri;
    }
}
