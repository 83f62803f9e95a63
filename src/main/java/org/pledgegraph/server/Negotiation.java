package org.pledgegraph.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.pledgegraph.publish.RdfSyntax;

/**
 * Chooses the representation of a resource from the request: {@code ?format=} first (for people without an Accept
 * header), else the Accept header with its q-values (parsed and matched by Jena's {@link AcceptList}), else HTML.
 */
final class Negotiation {
    /** What a request gets: an HTML page, or RDF in one syntax. */
    record Choice(RdfSyntax syntax) {
        static final Choice HTML = new Choice(null);

        boolean isHtml() {
            return syntax == null;
        }

        String contentType() {
            return isHtml() ? "text/html; charset=utf-8" : syntax.contentType();
        }
    }

    /** The request names a format that does not exist: 400. */
    static final class BadFormat extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadFormat(String message) {
            super(message);
        }
    }

    /** Nothing the client accepts is offered: 406. */
    static final class NotAcceptable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAcceptable(String message) {
            super(message);
        }
    }

    /** The offers in order of preference when the client's q-values tie: HTML first, then the RDF syntaxes. */
    private static final Map<String, Choice> OFFERS = offers();

    private Negotiation() {
    }

    private static Map<String, Choice> offers() {
        Map<String, Choice> m = new LinkedHashMap<>();
        m.put("text/html", Choice.HTML);
        m.put("text/turtle", new Choice(RdfSyntax.TURTLE));
        m.put("application/ld+json", new Choice(RdfSyntax.JSONLD));
        m.put("application/rdf+xml", new Choice(RdfSyntax.RDFXML));
        m.put("application/n-triples", new Choice(RdfSyntax.NTRIPLES));
        m.put("application/trig", new Choice(RdfSyntax.TRIG));
        m.put("application/n-quads", new Choice(RdfSyntax.NQUADS));
        m.put("application/xhtml+xml", Choice.HTML);
        m.put("application/json", new Choice(RdfSyntax.JSONLD));
        return m;
    }

    /** Returns the media types offered, for error messages and documentation. */
    static String offered() {
        return String.join(", ", OFFERS.keySet());
    }

    /**
     * Returns the representation {@code request} asks for.
     *
     * @throws BadFormat for an unknown {@code ?format=}
     * @throws NotAcceptable when the Accept header admits none of the offers
     */
    static Choice choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null && !format.isBlank()) {
            return byFormat(format);
        }
        return byAccept(request.getHeader("Accept"));
    }

    /** Returns the choice a {@code ?format=} value names: html, ttl, jsonld, rdf, nt, trig or nq. */
    static Choice byFormat(String format) {
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("html")) {
            return Choice.HTML;
        }
        try {
            return new Choice(RdfSyntax.byName(f));
        } catch (IllegalArgumentException e) {
            throw new BadFormat("unknown format \"" + format + "\": use html, ttl, jsonld, rdf, nt, trig or nq");
        }
    }

    /** Returns the best offer for an Accept header; no header (or an empty one) gets HTML. */
    static Choice byAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Choice.HTML;
        }
        AcceptList proposal;
        try {
            proposal = new AcceptList(accept);
        } catch (RuntimeException e) {
            throw new NotAcceptable("cannot read the Accept header \"" + accept + "\"");
        }
        // Jena's matcher does not treat q=0 as "not acceptable": drop those ranges, and the offers they name exactly.
        List<MediaRange> wanted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (MediaRange r : proposal.entries()) {
            if (r.get_q() > 0) {
                wanted.add(r);
            } else {
                excluded.add(r.getContentTypeStr());
            }
        }
        List<MediaType> offers = new ArrayList<>();
        for (String type : OFFERS.keySet()) {
            if (!excluded.contains(type)) {
                offers.add(MediaType.create(type));
            }
        }
        MediaType best = wanted.isEmpty() ? null
                : AcceptList.match(new AcceptList(wanted), AcceptList.create(offers.toArray(new MediaType[0])));
        if (best == null) {
            throw new NotAcceptable("none of the accepted media types is offered; offered are " + offered());
        }
        return OFFERS.get(best.getContentTypeStr());
    }
}
