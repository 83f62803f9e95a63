package org.pledgegraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds every request to the server's timeout, measured from its arrival, in two steps.
 *
 * <p>At the deadline it aborts the request's query execution, if it has one: the same cooperative cancellation as
 * ARQ's own timeout, but started by our clock, counted from the request's arrival rather than from the start of
 * execution, and not dependent on any setting ARQ reads. A grace period later, if the request is still running
 * (the engine did not notice the cancellation, or the work is not a query at all, such as a large Graph Store
 * read), it cuts the request off: the client gets a 503 if nothing was sent yet, else its connection is aborted,
 * and every later write by the request's thread fails, which stops any handler that is still producing output.
 * Java offers no safe way to stop a thread that neither checks for cancellation nor writes, so such a thread is
 * reported in the log.
 */
final class QueryWatchdog implements AutoCloseable {
    /** The request attribute holding the request's {@link Watch}. */
    static final String ATTRIBUTE = Watch.class.getName();
    /** Downloads of the whole graph are not queries and are not timed. */
    static final String DUMPS = "/dumps/";

    private static final Logger LOG = LoggerFactory.getLogger("org.pledgegraph.server.Watchdog");

    private final Duration timeout;
    private final Duration grace;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicLong cutOffs = new AtomicLong();

    QueryWatchdog(Duration timeout, Duration grace) {
        this.timeout = timeout;
        this.grace = grace;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "pledgegraph-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Returns how many requests were cut off so far. */
    long cutOffs() {
        return cutOffs.get();
    }

    /** Returns the servlet filter that puts every request it sees under watch. */
    Filter filter() {
        return new WatchFilter();
    }

    /** Starts watching one request whose response goes through {@code response}. */
    Watch watch(String what, GuardedResponse response) {
        Watch w = new Watch(what, response);
        w.expiry = timer.schedule(w::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        w.cutOff = timer.schedule(w::cutOff, timeout.plus(grace).toNanos(), TimeUnit.NANOSECONDS);
        return w;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One request under watch. */
    final class Watch {
        private final String what;
        private final GuardedResponse response;
        private final long started = System.nanoTime();
        private final List<Runnable> onExpiry = new CopyOnWriteArrayList<>();
        private volatile boolean expired;
        private volatile boolean finished;
        private ScheduledFuture<?> expiry;
        private ScheduledFuture<?> cutOff;

        private Watch(String what, GuardedResponse response) {
            this.what = what;
            this.response = response;
        }

        /** Runs {@code action} when the deadline passes, or now if it has passed already. */
        void onExpiry(Runnable action) {
            onExpiry.add(action);
            if (expired) {
                runQuietly(action);
            }
        }

        private void expire() {
            expired = true;
            for (Runnable r : onExpiry) {
                runQuietly(r);
            }
        }

        private void cutOff() {
            if (finished) {
                return;
            }
            String message = "The request ran past the server's " + timeout.toSeconds() + " s timeout and was cut off.";
            if (response.cutOff(message)) {
                cutOffs.incrementAndGet();
                LOG.warn("{} ran past its {} s deadline and was cut off after {} ms; if its thread is still busy, "
                        + "the work does not check for cancellation", what, timeout.toSeconds(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
        }

        private void finish() {
            finished = true;
            expiry.cancel(false);
            cutOff.cancel(false);
        }

        private void runQuietly(Runnable r) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("cancelling {} failed: {}", what, e.toString());
            }
        }
    }

    /** Puts each HTTP request under watch for as long as the filter chain runs. */
    private final class WatchFilter implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                    || request.getRequestURI().startsWith(DUMPS)) {
                // Dumps are files of bounded size, streamed without query work: a slow client may take longer
                // than the query timeout to download one, and that is no reason to cut it off.
                chain.doFilter(req, res);
                return;
            }
            GuardedResponse guarded = new GuardedResponse(request, response);
            Watch w = watch(request.getMethod() + " " + request.getRequestURI(), guarded);
            request.setAttribute(ATTRIBUTE, w);
            try {
                chain.doFilter(request, guarded);
            } finally {
                w.finish();
                request.removeAttribute(ATTRIBUTE);
            }
        }
    }
}
