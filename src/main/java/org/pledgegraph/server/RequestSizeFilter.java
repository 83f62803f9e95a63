package org.pledgegraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Bounds the size of request bodies. A declared length over the limit is refused with 413 before anything is
 * read; a body of undeclared length (chunked) is read into memory up to the limit and refused with 413 past it,
 * except on the write endpoints of update mode, where authenticated users upload data under a larger limit of
 * their own and the body stream fails once it passes that limit. Form posts are bounded by Jetty's form size
 * limit, which the server sets to the same value.
 */
final class RequestSizeFilter implements Filter {
    private final long defaultLimit;
    private final long writeLimit;
    private final Set<String> writePaths;

    RequestSizeFilter(long defaultLimit, long writeLimit, Set<String> writePaths) {
        this.defaultLimit = defaultLimit;
        this.writeLimit = writeLimit;
        this.writePaths = Set.copyOf(writePaths);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        long limit = writePaths.contains(request.getRequestURI()) ? writeLimit : defaultLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, declared + " bytes", limit);
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
        } else if (isForm(request)) {
            // Jetty reads forms itself, within the context's form size limit (set to the same value).
            chain.doFilter(request, response);
        } else if (limit <= defaultLimit) {
            // Small enough to read first, so that an oversized body gets a proper 413.
            byte[] body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                tooLarge(response, "more than " + limit + " bytes", limit);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
        } else {
            chain.doFilter(new Bounded(request, limit), response);
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static void tooLarge(HttpServletResponse response, String size, long limit) throws IOException {
        byte[] body = ("Request body too large: " + size + "; this server accepts at most " + limit + " bytes.\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.setHeader("Connection", "close");
        response.getOutputStream().write(body);
    }

    /** A request whose body has been read already, into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private ServletInputStream in;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (in == null) {
                ByteArrayInputStream bytes = new ByteArrayInputStream(body);
                in = new ServletInputStream() {
                    @Override
                    public int read() {
                        return bytes.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        return bytes.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return bytes.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new IllegalStateException("the body has been read already");
                    }
                };
            }
            return in;
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream in;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new CountingStream(super.getInputStream(), limit);
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }

    /** Counts the bytes read and fails past the limit. */
    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream inner;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream inner, long limit) {
            this.inner = inner;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = inner.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = inner.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new IOException("request body too large: this server accepts at most " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return inner.isFinished();
        }

        @Override
        public boolean isReady() {
            return inner.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            inner.setReadListener(listener);
        }
    }
}
