package org.pledgegraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Prints SELECT results as a text table for people: IRIs shortened with prefixes, literals as their plain text
 * (no quotes or datatypes), white space runs folded to one space, long values cut with an ellipsis. The exact
 * values are what {@code --format csv|tsv|json|xml} are for.
 */
final class ResultTable {
    private ResultTable() {
    }

    /**
     * Prints {@code rs} as a table and returns the number of rows.
     *
     * @param maxWidth the most characters a cell shows, 0 for no limit
     */
    static int print(ResultSet rs, PrefixMapping prefixes, int maxWidth, PrintWriter out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = cell(s.get(vars.get(i)), prefixes, maxWidth);
            }
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = width(vars.get(i));
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        String rule = rule(widths, '-');
        out.println(rule);
        out.println(line(vars.toArray(String[]::new), widths));
        out.println(rule(widths, '='));
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule);
        out.flush();
        return rows.size();
    }

    /** Returns how a value shows in a cell; an unbound one is empty. */
    static String cell(RDFNode value, PrefixMapping prefixes, int maxWidth) {
        if (value == null) {
            return "";
        }
        Node n = value.asNode();
        String text;
        if (n.isURI()) {
            text = shorten(n.getURI(), prefixes);
        } else if (n.isLiteral()) {
            text = n.getLiteralLexicalForm();
        } else if (n.isBlank()) {
            text = "_:" + n.getBlankNodeLabel();
        } else {
            text = n.toString();
        }
        text = text.replaceAll("\\s+", " ").strip();
        if (maxWidth > 0 && width(text) > maxWidth) {
            text = text.substring(0, text.offsetByCodePoints(0, Math.max(1, maxWidth - 1))) + "…";
        }
        return text;
    }

    /** Returns {@code iri} as prefix:rest with the longest matching namespace, or in angle brackets. */
    static String shorten(String iri, PrefixMapping prefixes) {
        String prefix = null;
        String namespace = "";
        for (var e : prefixes.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && e.getValue().length() > namespace.length()) {
                prefix = e.getKey();
                namespace = e.getValue();
            }
        }
        return prefix == null ? "<" + iri + ">" : prefix + ":" + iri.substring(namespace.length());
    }

    private static String rule(int[] widths, char c) {
        int total = 1;
        for (int w : widths) {
            total += w + 3;
        }
        return String.valueOf(c).repeat(total);
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]).append(" ".repeat(widths[i] - width(cells[i]))).append(" |");
        }
        return sb.toString();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
