package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.pledgegraph.mapping.Iris;

/** Writes responses with validators (ETag, Last-Modified), answers conditional requests with 304, and reports errors. */
final class Responses {
    private Responses() {
    }

    /** Returns a strong entity tag for {@code body}. */
    static String etag(byte[] body) {
        return "\"" + Iris.sha256(body).substring(0, 32) + "\"";
    }

    /**
     * Sets the validators and answers 304 when the client's copy is current; returns true if the caller should still
     * send the body.
     */
    static boolean validate(HttpServletRequest req, HttpServletResponse resp, String etag, Instant lastModified) {
        resp.setHeader("ETag", etag);
        long lm = lastModified == null ? -1 : lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        if (lm >= 0) {
            resp.setDateHeader("Last-Modified", lm);
        }
        resp.setHeader("Cache-Control", "public, max-age=60");
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            if (matches(inm, etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return false;
            }
            return true;
        }
        if (lm >= 0) {
            long ims;
            try {
                ims = req.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                ims = -1; // An unreadable date is ignored, as RFC 9110 asks.
            }
            if (ims >= 0 && lm <= ims) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** Sends {@code body} with its validators, or 304; HEAD requests get the headers only. */
    static void send(HttpServletRequest req, HttpServletResponse resp, byte[] body, String contentType,
            Instant lastModified) throws IOException {
        security(resp);
        if (!validate(req, resp, etag(body), lastModified)) {
            return;
        }
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** Sets the headers every page gets: no sniffing, and only our own scripts, styles and images. */
    static void security(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'");
        resp.setHeader("Referrer-Policy", "same-origin");
    }

    /** Sends an error in one line: as a small HTML page when the client prefers HTML, else as plain text. */
    static void error(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        resp.setStatus(status);
        security(resp);
        resp.setHeader("Cache-Control", "no-store");
        byte[] body;
        if (prefersHtml(req)) {
            resp.setContentType("text/html; charset=utf-8");
            Html h = Layout.page(title(status), null, null);
            h.raw("<h1>").text(title(status)).raw("</h1>\n<p class=\"lead\">").text(message).raw("</p>\n");
            h.raw("<p><a href=\"/timeline\">Go to the timeline</a> or <a href=\"/dumps/\">download the data</a>.</p>");
            body = Layout.end(h).getBytes(StandardCharsets.UTF_8);
        } else {
            resp.setContentType("text/plain; charset=utf-8");
            body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 503 -> "Busy";
            default -> status >= 500 ? "Server error" : "Error " + status;
        };
    }

    /** Returns true if the client wants HTML: an explicit format=html, or text/html in its Accept header. */
    static boolean prefersHtml(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return format.strip().toLowerCase(Locale.ROOT).equals("html");
        }
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
