package org.pledgegraph.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.atlas.RuntimeIOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * A response that the {@link QueryWatchdog} can take away from the thread producing it. Until then every call
 * passes through; afterwards the watchdog has answered the client (or aborted the connection) and every write by
 * the request's thread fails with a {@link RuntimeIOException}, so a handler still producing output stops.
 */
final class GuardedResponse extends HttpServletResponseWrapper {
    /** How long the watchdog waits for a write in progress before it aborts the connection instead. */
    private static final long LOCK_WAIT_MILLIS = 200;

    private final HttpServletRequest request;
    private final ReentrantLock guard = new ReentrantLock();
    private volatile boolean cut;
    private ServletOutputStream out;
    private PrintWriter writer;

    GuardedResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    /**
     * Takes the response over: answers 503 with {@code message} if nothing has been sent yet, else aborts the
     * connection. Returns false if it had been taken over already.
     */
    boolean cutOff(String message) {
        boolean locked;
        try {
            locked = guard.tryLock(LOCK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        try {
            if (cut) {
                return false;
            }
            cut = true;
            HttpServletResponse r = (HttpServletResponse) getResponse();
            if (locked && !r.isCommitted()) {
                try {
                    sendUnavailable(r, message);
                    return true;
                } catch (IOException | RuntimeException e) {
                    // Fall through: the connection is aborted instead.
                }
            }
            abortConnection();
            return true;
        } finally {
            if (locked) {
                guard.unlock();
            }
        }
    }

    private void sendUnavailable(HttpServletResponse r, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        r.resetBuffer();
        r.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        r.setContentType("text/plain;charset=utf-8");
        r.setContentLength(body.length);
        // The request's thread may still be busy, so the exchange may never complete: tell the client not to wait
        // for it or reuse the connection.
        r.setHeader("Connection", "close");
        if (writer != null) {
            PrintWriter w = r.getWriter();
            w.write(message + "\n");
            w.flush();
        } else {
            r.getOutputStream().write(body);
        }
        r.flushBuffer();
    }

    /** Closes the connection under the response, so that the client stops waiting for the rest of it. */
    private void abortConnection() {
        try {
            ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection()
                    .getEndPoint().close(new TimeoutException("request ran past its deadline"));
        } catch (RuntimeException e) {
            // Not a Jetty request (or already gone): the failing writes are all that is left.
        }
    }

    /**
     * Fails once the response has been cut off: unchecked, as Jena's writers report I/O failures, so that Fuseki
     * logs it in one line as a client that left.
     */
    private void check() {
        if (cut) {
            throw new RuntimeIOException(new IOException("the request ran past its deadline and was cut off"));
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        guard.lock();
        try {
            check();
            if (out == null) {
                out = new GuardedStream(super.getOutputStream());
            }
            return out;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        guard.lock();
        try {
            check();
            if (writer == null) {
                writer = new PrintWriter(new GuardedWriter(super.getWriter()));
            }
            return writer;
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        guard.lock();
        try {
            check();
            super.flushBuffer();
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        guard.lock();
        try {
            check();
            super.sendError(sc, msg);
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        guard.lock();
        try {
            check();
            super.sendError(sc);
        } finally {
            guard.unlock();
        }
    }

    @Override
    public void setStatus(int sc) {
        whileOpen(() -> super.setStatus(sc));
    }

    @Override
    public void setHeader(String name, String value) {
        whileOpen(() -> super.setHeader(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        whileOpen(() -> super.addHeader(name, value));
    }

    @Override
    public void setContentType(String type) {
        whileOpen(() -> super.setContentType(type));
    }

    @Override
    public void setCharacterEncoding(String charset) {
        whileOpen(() -> super.setCharacterEncoding(charset));
    }

    @Override
    public void setContentLength(int len) {
        whileOpen(() -> super.setContentLength(len));
    }

    @Override
    public void setContentLengthLong(long len) {
        whileOpen(() -> super.setContentLengthLong(len));
    }

    @Override
    public void reset() {
        whileOpen(super::reset);
    }

    @Override
    public void resetBuffer() {
        whileOpen(super::resetBuffer);
    }

    /** A call on the response or its body, which may fail with an I/O error. */
    @FunctionalInterface
    private interface Call<E extends Exception> {
        void run() throws E;
    }

    /** Runs a call unless the response has been taken over (then the call is ignored). */
    private <E extends Exception> void whileOpen(Call<E> call) throws E {
        guard.lock();
        try {
            if (!cut) {
                call.run();
            }
        } finally {
            guard.unlock();
        }
    }

    /** Runs a call on the body, failing once the response has been cut off. */
    private void checked(Call<IOException> call) throws IOException {
        guard.lock();
        try {
            check();
            call.run();
        } finally {
            guard.unlock();
        }
    }

    /** The response body, failing once the response has been cut off. */
    private final class GuardedStream extends ServletOutputStream {
        private final ServletOutputStream inner;

        GuardedStream(ServletOutputStream inner) {
            this.inner = inner;
        }

        @Override
        public void write(int b) throws IOException {
            checked(() -> inner.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            checked(() -> inner.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            checked(() -> inner.flush());
        }

        @Override
        public void close() throws IOException {
            whileOpen(inner::close);
        }

        @Override
        public boolean isReady() {
            return inner.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            inner.setWriteListener(listener);
        }
    }

    /** The character body, failing once the response has been cut off. */
    private final class GuardedWriter extends Writer {
        private final PrintWriter inner;

        GuardedWriter(PrintWriter inner) {
            this.inner = inner;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            checked(() -> inner.write(cbuf, off, len));
        }

        @Override
        public void flush() throws IOException {
            checked(() -> inner.flush());
        }

        @Override
        public void close() {
            whileOpen(inner::close);
        }
    }
}
