package org.pledgegraph.store;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * One parameter of a library query, declared in its header as {@code # param: NAME TYPE EXAMPLE Description...}.
 * TYPE is {@code xsd:date}, {@code xsd:string}, {@code xsd:integer}, {@code iri}, or an entity kind
 * ({@code organization}, {@code person}, {@code product}, {@code event}, {@code technology}, {@code law},
 * {@code place}, {@code claim}) whose catalog id is resolved to an IRI under the base. A description that starts
 * with "Optional" marks a parameter the query can run without.
 */
public record Param(String name, String type, String example, String description) {
    /** The entity kinds a parameter can name by catalog id; each is a path segment under the base. */
    public static final List<String> KINDS =
            List.of("organization", "person", "product", "event", "technology", "law", "place", "claim");

    /** Every accepted TYPE. */
    public static final List<String> TYPES = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("xsd:date", "xsd:string", "xsd:integer", "iri"), KINDS.stream()).toList();

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    /** A catalog or event id: unreserved IRI characters only, so it cannot leave the IRI it is put in. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");
    /** Characters that may never appear in an IRI (RFC 3987), checked before Jena's own parser. */
    private static final Pattern NOT_IN_IRI = Pattern.compile("[\\s<>\"{}|\\\\^`]");

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("parameter name \"" + name + "\" is not a SPARQL variable name");
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("parameter " + name + ": unknown type \"" + type + "\"; use one of "
                    + String.join(", ", TYPES));
        }
    }

    /** Returns false for a parameter whose description starts with "Optional": the query runs without it. */
    public boolean required() {
        return !description.toLowerCase(Locale.ROOT).startsWith("optional");
    }

    /**
     * Returns the RDF term for {@code value} by this parameter's type: a typed literal, a plain string, or an IRI
     * (an entity kind's id becomes {@code {base}{kind}/{id}}; an {@code iri} may be relative to the base).
     *
     * @throws IllegalArgumentException when the value is not of the type, saying what was expected
     */
    public Node toNode(String value, String base) {
        Objects.requireNonNull(value, "value");
        switch (type) {
            case "xsd:string":
                return NodeFactory.createLiteralString(value);
            case "xsd:date":
                if (!DATE.matcher(value).matches()) {
                    throw invalid(value, "a date written YYYY-MM-DD");
                }
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw invalid(value, "a real calendar date");
                }
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            case "xsd:integer":
                if (!INTEGER.matcher(value).matches()) {
                    throw invalid(value, "a whole number");
                }
                return NodeFactory.createLiteralDT(new BigInteger(value).toString(), XSDDatatype.XSDinteger);
            case "iri":
                return NodeFactory.createURI(iri(value, base, true));
            default:
                // An entity kind: a catalog id under the base, or a full IRI.
                if (SCHEME.matcher(value).matches()) {
                    return NodeFactory.createURI(iri(value, base, false));
                }
                if (!ID.matcher(value).matches()) {
                    throw invalid(value, "an " + type + " id such as \"" + example
                            + "\" (letters, digits, '-', '.', '_', '~') or a full IRI");
                }
                return NodeFactory.createURI(base + type + "/" + value);
        }
    }

    private String iri(String value, String base, boolean relativeAllowed) {
        if (value.isEmpty() || NOT_IN_IRI.matcher(value).find()) {
            throw invalid(value, "an IRI (no spaces, quotes or any of <>{}|\\^`)");
        }
        try {
            IRIx iri = IRIx.create(value);
            if (!iri.isAbsolute()) {
                if (!relativeAllowed) {
                    throw invalid(value, "an absolute IRI");
                }
                iri = IRIx.create(base).resolve(iri);
            }
            return iri.str();
        } catch (IRIException e) {
            throw invalid(value, "a valid IRI (" + e.getMessage() + ")");
        }
    }

    private IllegalArgumentException invalid(String value, String expected) {
        return new IllegalArgumentException("parameter " + name + " must be " + expected + ", but is \""
                + value + "\"");
    }
}
