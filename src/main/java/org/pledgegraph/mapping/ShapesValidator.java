package org.pledgegraph.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.vocab.Namespaces;

/**
 * Validates a built dataset against the shapes shipped in the jar ({@code ontology/shapes.ttl}) and words each
 * violation like an input error: the file whose graph holds the focus node, the node, the property and why.
 */
public final class ShapesValidator {
    static final String SHAPES = "/pledgegraph/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Returns a validator for the shapes in the jar. */
    public static ShapesValidator fromClasspath() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("the shapes " + SHAPES + " are missing from the jar");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapesValidator(Shapes.parse(g));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome: violations are errors; results of lesser severity are warnings. */
    public record Result(List<String> violations, List<String> warnings) {
    }

    /** Validates the union of {@code dsg}'s graphs, one line per result. */
    public Result validate(DatasetGraph dsg, Iris iris) {
        // The union view answers each lookup by asking every named graph (one per file) and removing duplicates;
        // validating a copy of it is ten to fifty times faster on the corpus.
        Graph union = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(union, dsg.getUnionGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        List<String> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        var prefixes = Namespaces.prefixes();
        Prologue prologue = new Prologue(prefixes);
        for (ReportEntry e : report.getEntries()) {
            String focus = shortName(e.focusNode(), iris, prefixes);
            String path = e.resultPath() == null ? "" : e.resultPath().toString(prologue) + ": ";
            String line = files(dsg, e.focusNode(), iris) + ": " + focus + ": " + path + e.message();
            (e.severity() == Severity.Violation ? violations : warnings).add(line);
        }
        violations.sort(null);
        warnings.sort(null);
        return new Result(violations, warnings);
    }

    private static String shortName(Node n, Iris iris, org.apache.jena.shared.PrefixMapping prefixes) {
        if (n.isURI()) {
            String p = iris.pathOf(n.getURI());
            return p != null ? "<" + p + ">" : prefixes.shortForm(n.getURI());
        }
        return n.toString();
    }

    /** Names the files whose graphs say something about {@code focus}. */
    private static String files(DatasetGraph dsg, Node focus, Iris iris) {
        TreeSet<String> files = new TreeSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, focus, Node.ANY, Node.ANY);
        while (it.hasNext() && files.size() < 3) {
            String p = iris.pathOf(it.next().getGraph().getURI());
            if (p != null && p.startsWith("graph/")) {
                files.add(p.substring("graph/".length()));
            }
        }
        return files.isEmpty() ? "(shapes)" : String.join(", ", files);
    }
}
