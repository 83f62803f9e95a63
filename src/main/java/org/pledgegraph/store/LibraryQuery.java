package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A SPARQL query of the researchers' library: its file name without {@code .rq}, the title, description and
 * parameters from its comment header, and the whole text. Parameters are ordinary variables of the query; {@link
 * #bind} replaces them by RDF terms in the parsed syntax tree, so no value is ever pasted into the query text.
 *
 * <p>The header is the block of comment lines the file starts with, up to the first line that is not a comment or
 * is an empty comment:
 *
 * <pre>
 * # title: Pledges in force on a date
 * # description: The pledges, moratoriums and policies in force on one day,
 * #   continued on further comment lines.
 * # param: date xsd:date 2021-01-01 The day, written YYYY-MM-DD.
 * # param: company organization ibm Optional: only this organization's (catalog id or full IRI).
 * </pre>
 */
public record LibraryQuery(String name, String title, String description, List<Param> params, String text) {
    public LibraryQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads the header of {@code text} and checks that the query parses and uses every parameter it declares. A
     * query without a header gets an empty title and description (the library itself requires both).
     *
     * @param name the query's name
     * @throws IllegalArgumentException for a malformed header line or param, an example that is not a valid value,
     *     or a declared parameter the query never uses or cannot have replaced; the message starts with the name
     *     (and the line, where there is one)
     * @throws org.apache.jena.query.QueryParseException for a syntax error, with its line and column
     */
    public static LibraryQuery parse(String name, String text) {
        return parse(name, name, text);
    }

    /** Like {@link #parse(String, String)}, naming {@code source} (a file) in messages. */
    public static LibraryQuery parse(String name, String source, String text) {
        String title = null;
        StringBuilder description = null;
        List<StringBuilder> paramSpecs = new ArrayList<>();
        List<Integer> paramLines = new ArrayList<>();
        StringBuilder current = null;
        int lineNo = 0;
        for (String raw : text.split("\r?\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            if (body.isEmpty()) {
                break;
            }
            int colon = body.indexOf(':');
            String key = colon > 0 ? body.substring(0, colon).strip() : "";
            String value = colon > 0 ? body.substring(colon + 1).strip() : body;
            switch (key) {
                case "title" -> {
                    title = value;
                    current = null;
                }
                case "description" -> {
                    description = new StringBuilder(value);
                    current = description;
                }
                case "param" -> {
                    current = new StringBuilder(value);
                    paramSpecs.add(current);
                    paramLines.add(lineNo);
                }
                default -> {
                    if (current == null) {
                        throw new IllegalArgumentException(source + ":" + lineNo + ": header: expected"
                                + " 'title:', 'description:' or 'param:', or a line continuing a description or"
                                + " param");
                    }
                    current.append(' ').append(body);
                }
            }
        }
        // A query file of one's own may have no header at all; the library requires one (see QueryLibrary).
        if (title == null) {
            title = "";
        }
        if (description == null) {
            description = new StringBuilder();
        }
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < paramSpecs.size(); i++) {
            Param p;
            try {
                p = paramOf(paramSpecs.get(i).toString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + paramLines.get(i) + ": param: " + e.getMessage(), e);
            }
            for (Param q : params) {
                if (q.name().equals(p.name())) {
                    throw new IllegalArgumentException(source + ":" + paramLines.get(i) + ": param: " + p.name()
                            + " is declared twice");
                }
            }
            params.add(p);
        }
        LibraryQuery lq = new LibraryQuery(name, title, description.toString(), params, text);
        lq.checkUsesEveryParam(source);
        return lq;
    }

    /** Reads {@code NAME TYPE EXAMPLE Description...}, where EXAMPLE may be double-quoted to hold spaces. */
    private static Param paramOf(String spec) {
        String[] nameType = spec.split("\\s+", 3);
        if (nameType.length < 3) {
            throw new IllegalArgumentException("expected NAME TYPE EXAMPLE Description, but got \"" + spec + "\"");
        }
        String rest = nameType[2];
        String example;
        String description;
        if (rest.startsWith("\"")) {
            int close = rest.indexOf('"', 1);
            if (close < 0) {
                throw new IllegalArgumentException("the quoted example is not closed: " + rest);
            }
            example = rest.substring(1, close);
            description = rest.substring(close + 1).strip();
        } else {
            String[] exampleRest = rest.split("\\s+", 2);
            example = exampleRest[0];
            description = exampleRest.length > 1 ? exampleRest[1].strip() : "";
        }
        if (description.isEmpty()) {
            throw new IllegalArgumentException("missing description after the example in \"" + spec + "\"");
        }
        return new Param(nameType[0], nameType[1], example, description);
    }

    /**
     * Fails when a declared parameter is not a variable of the query: binding it would silently change nothing.
     * Each parameter is bound to its example, which also proves the example is a valid value.
     */
    private void checkUsesEveryParam(String source) {
        Query unbound = query();
        String before = unbound.serialize();
        for (Param p : params) {
            Node example;
            try {
                example = p.toNode(p.example(), "http://example.org/");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": param " + p.name() + ": the example is not valid: "
                        + e.getMessage(), e);
            }
            Query bound;
            try {
                bound = QueryTransformOps.replaceVars(unbound, Map.of(Var.alloc(p.name()), example));
            } catch (QueryException e) {
                // Jena refuses to replace a variable that the query assigns (BIND ... AS ?x, VALUES ?x).
                throw new IllegalArgumentException(source + ": param " + p.name() + " cannot be bound: "
                        + e.getMessage(), e);
            }
            if (bound.serialize().equals(before)) {
                throw new IllegalArgumentException(source + ": param " + p.name() + " is declared but the query has"
                        + " no variable ?" + p.name());
            }
        }
    }

    /** Returns the parameter called {@code name}. */
    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Returns the query parsed, with its parameters still variables. */
    public Query query() {
        return QueryFactory.create(text, Syntax.syntaxARQ);
    }

    /**
     * Returns the query with each parameter in {@code values} replaced by the RDF term its type makes of the value
     * (see {@link Param#toNode}); parameters not given stay variables. The substitution works on the parsed
     * syntax tree, so a value can only ever be one term: serialising the result (for a remote endpoint) writes it
     * as a properly escaped literal or IRI.
     *
     * @param base the base IRI that catalog ids are resolved under, ending in {@code /}
     * @throws IllegalArgumentException for an unknown parameter, a value not of its parameter's type, or a missing
     *     required parameter (the message names it and gives its example)
     */
    public Query bind(Map<String, String> values, String base) {
        Objects.requireNonNull(base, "base");
        Map<Var, Node> substitutions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            Param p = param(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "query " + name + " has no parameter " + e.getKey() + "; " + paramsSentence()));
            substitutions.put(Var.alloc(p.name()), p.toNode(e.getValue(), base));
        }
        for (Param p : params) {
            if (p.required() && !values.containsKey(p.name())) {
                throw new IllegalArgumentException("query " + name + " needs parameter " + p.name() + " ("
                        + p.type() + "), for example " + p.name() + "=" + p.example());
            }
        }
        Query q = query();
        return substitutions.isEmpty() ? q : QueryTransformOps.replaceVars(q, substitutions);
    }

    private String paramsSentence() {
        if (params.isEmpty()) {
            return "it takes none";
        }
        return "it takes " + String.join(", ", params.stream().map(Param::name).toList());
    }

}
