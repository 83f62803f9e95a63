package org.pledgegraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses writes that a web page on another site makes a browser send (cross-site request forgery): browsers
 * resend stored HTTP Basic credentials with such requests, and a plain HTML form can post an update. A request
 * to a write endpoint whose {@code Origin} names another host, or that the browser marks as cross-site, gets 403;
 * clients that are not browsers send neither header and are unaffected.
 */
final class CrossSiteWriteFilter implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> writePaths;

    CrossSiteWriteFilter(Set<String> writePaths) {
        this.writePaths = Set.copyOf(writePaths);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response
                && writePaths.contains(request.getRequestURI())
                && !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && isCrossSite(request)) {
            byte[] body = ("Cross-site write refused: writes must come from this server's own pages or from a "
                    + "client that is not a browser.\n").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI o = new URI(origin);
            if (o.getHost() == null || host == null) {
                return true; // "Origin: null" (sandboxed pages, file: URLs) is never this server
            }
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return !authority.equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
