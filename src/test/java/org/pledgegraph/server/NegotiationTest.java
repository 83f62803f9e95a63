package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pledgegraph.publish.RdfSyntax;

class NegotiationTest {
    private static RdfSyntax syntax(String accept) {
        return Negotiation.byAccept(accept).syntax();
    }

    @Test
    void browsersAndClientsWithoutPreferencesGetHtml() {
        assertTrue(Negotiation.byAccept(null).isHtml());
        assertTrue(Negotiation.byAccept("").isHtml());
        assertTrue(Negotiation.byAccept("*/*").isHtml());
        assertTrue(Negotiation.byAccept("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                + "image/webp,*/*;q=0.8").isHtml());
    }

    @Test
    void picksTheHighestQValue() {
        assertEquals(RdfSyntax.RDFXML, syntax("text/turtle;q=0.5, application/rdf+xml"));
        assertEquals(RdfSyntax.TURTLE, syntax("application/rdf+xml;q=0.3, text/turtle;q=0.9"));
        assertEquals(RdfSyntax.JSONLD, syntax("application/ld+json"));
        assertEquals(RdfSyntax.JSONLD, syntax("application/json"));
        assertEquals(RdfSyntax.NQUADS, syntax("application/n-quads, text/turtle;q=0.1"));
    }

    @Test
    void qZeroMeansNotAcceptable() {
        assertEquals(RdfSyntax.NTRIPLES, syntax("text/turtle;q=0, application/n-triples;q=0.2"));
        assertThrows(Negotiation.NotAcceptable.class, () -> Negotiation.byAccept("text/turtle;q=0"));
    }

    @Test
    void refusesWhatItDoesNotOffer() {
        assertThrows(Negotiation.NotAcceptable.class, () -> Negotiation.byAccept("image/png"));
    }

    @Test
    void formatNamesAreTheCommandLineOnes() {
        assertTrue(Negotiation.byFormat("html").isHtml());
        assertEquals(RdfSyntax.TURTLE, Negotiation.byFormat("ttl").syntax());
        assertEquals(RdfSyntax.JSONLD, Negotiation.byFormat("jsonld").syntax());
        assertEquals(RdfSyntax.RDFXML, Negotiation.byFormat("rdf").syntax());
        assertEquals(RdfSyntax.NTRIPLES, Negotiation.byFormat("nt").syntax());
        assertEquals(RdfSyntax.TRIG, Negotiation.byFormat("TriG").syntax());
        Negotiation.BadFormat e = assertThrows(Negotiation.BadFormat.class, () -> Negotiation.byFormat("docx"));
        assertEquals("unknown format \"docx\": use html, ttl, jsonld, rdf, nt, trig or nq", e.getMessage());
    }
}
