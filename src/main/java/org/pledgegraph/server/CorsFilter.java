package org.pledgegraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter with our settings: any origin may read (so browser tools elsewhere can query), but never
 * with the browser's stored credentials, which Fuseki's default ({@code allowCredentials=true} with the origin
 * echoed) would allow.
 */
final class CorsFilter implements Filter {
    private static final Map<String, String> PARAMS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM,
            "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
            CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    private final CrossOriginFilter inner = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        inner.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "pledgegraph-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        inner.doFilter(req, res, chain);
    }

    @Override
    public void destroy() {
        inner.destroy();
    }
}
