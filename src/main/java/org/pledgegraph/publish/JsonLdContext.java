package org.pledgegraph.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes RDF as JSON-LD compacted with pledgegraph's published {@code @context}, so that the keys are short words
 * ("headline", "publisher", "actor") and the JSON reads well to people who do not know RDF. The context is embedded in
 * every document, so no reader ever needs to fetch it; the same context is served at {@code /context.jsonld}.
 */
public final class JsonLdContext {
    /** The classpath resource holding the context document. */
    public static final String RESOURCE = "/pledgegraph/context.jsonld";

    private static final byte[] BYTES = readResource();
    private static final JsonObject DOCUMENT = parse(BYTES);

    private JsonLdContext() {
    }

    /** Returns the context document, {@code {"@context": {...}}}, as served at {@code /context.jsonld}. */
    public static byte[] bytes() {
        return BYTES.clone();
    }

    /** Writes the named graphs of {@code dsg} (and its default graph, if any) as compacted JSON-LD. */
    public static void writeDataset(DatasetGraph dsg, OutputStream out) {
        QuadsToJsonld quads = newConverter();
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            Quad q = it.next();
            add(quads, q.getSubject(), q.getPredicate(), q.getObject(),
                    q.isDefaultGraph() ? null : q.getGraph());
        }
        write(quads, out);
    }

    /** Writes the triples of {@code triples} as compacted JSON-LD. */
    public static void writeTriples(Iterator<Triple> triples, OutputStream out) {
        QuadsToJsonld quads = newConverter();
        while (triples.hasNext()) {
            Triple t = triples.next();
            add(quads, t.getSubject(), t.getPredicate(), t.getObject(), null);
        }
        write(quads, out);
    }

    private static QuadsToJsonld newConverter() {
        // Native types: integers and booleans become JSON numbers and booleans, which read naturally.
        return JsonLd.fromRdf().ordered(true).useNativeTypes(true);
    }

    private static void add(QuadsToJsonld quads, Node s, Node p, Node o, Node g) {
        String graph = g == null || Quad.isDefaultGraph(g) ? null : term(g);
        try {
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                boolean hasLang = lang != null && !lang.isEmpty();
                quads.quad(term(s), term(p), o.getLiteralLexicalForm(),
                        hasLang ? RDF.dtLangString.getURI() : o.getLiteralDatatypeURI(),
                        hasLang ? lang : null, null, graph);
            } else {
                quads.quad(term(s), term(p), term(o), null, null, null, graph);
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("cannot convert to JSON-LD: " + s + " " + p + " " + o, e);
        }
    }

    private static String term(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        throw new IllegalArgumentException("JSON-LD cannot hold the term " + n + " in this position");
    }

    private static void write(QuadsToJsonld quads, OutputStream out) {
        JsonObject compacted;
        try {
            JsonArray expanded = quads.toJsonLd();
            compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(DOCUMENT))
                    .ordered(true)
                    .loader((url, options) -> {
                        // The context is embedded; nothing is ever fetched.
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no remote documents: " + url);
                    })
                    .get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(new NonClosing(out), StandardCharsets.UTF_8)) {
            w.writeObject(compacted);
        }
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readResource() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON-LD context " + RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static JsonObject parse(byte[] bytes) {
        try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        }
    }

    /** Keeps the JSON writer from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
