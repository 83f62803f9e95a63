package org.pledgegraph.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes RDF as JSON-LD compacted with pledgegraph's published {@code @context}, so that the keys are short words
 * ("headline", "publisher", "actor") and the JSON reads well to people who do not know RDF. The context is embedded in
 * every document, so no reader ever needs to fetch it; the same context is served at {@code /context.jsonld}.
 */
public final class JsonLdContext {
    /** The classpath resource holding the context document. */
    public static final String RESOURCE = "/pledgegraph/context.jsonld";

    private static final String XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
    private static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
    /** Integers JSON numbers hold exactly in every reader: canonical, and within what a double holds exactly. */
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,14})");

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
        // Titanium's own native-types option drops language tags (1.7.0), so integers and booleans are turned into
        // JSON numbers and booleans afterwards, by nativeTypes.
        return JsonLd.fromRdf().ordered(true);
    }

    /**
     * Returns {@code v} with every value object holding a canonical xsd:integer or xsd:boolean replaced by the JSON
     * number or boolean, which reads naturally and means the same in RDF.
     */
    static JsonValue nativeTypes(JsonValue v) {
        if (v instanceof JsonArray a) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            a.forEach(x -> b.add(nativeTypes(x)));
            return b.build();
        }
        if (!(v instanceof JsonObject o)) {
            return v;
        }
        if (o.size() == 2 && o.get("@value") instanceof JsonString value && o.get("@type") instanceof JsonString type) {
            String lex = value.getString();
            if (XSD_INTEGER.equals(type.getString()) && CANONICAL_INTEGER.matcher(lex).matches()) {
                return Json.createValue(new BigInteger(lex));
            }
            if (XSD_BOOLEAN.equals(type.getString()) && (lex.equals("true") || lex.equals("false"))) {
                return lex.equals("true") ? JsonValue.TRUE : JsonValue.FALSE;
            }
            return o;
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        o.forEach((k, x) -> b.add(k, nativeTypes(x)));
        return b.build();
    }

    private static void add(QuadsToJsonld quads, Node s, Node p, Node o, Node g) {
        String graph = g == null || Quad.isDefaultGraph(g) ? null : term(g);
        try {
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                boolean hasLang = lang != null && !lang.isEmpty();
                quads.quad(term(s), term(p), o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(),
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
            JsonArray expanded = (JsonArray) nativeTypes(quads.toJsonLd());
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
        // Readers expect the context first; the compaction puts it last.
        JsonObjectBuilder ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) {
            ordered.add("@context", compacted.get("@context"));
        }
        compacted.forEach((k, v) -> {
            if (!k.equals("@context")) {
                ordered.add(k, v);
            }
        });
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(new NonClosing(out), StandardCharsets.UTF_8)) {
            w.writeObject(ordered.build());
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
