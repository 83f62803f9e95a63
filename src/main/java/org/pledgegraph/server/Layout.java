package org.pledgegraph.server;

/** The frame every HTML page shares: head, stylesheet, navigation and footer. */
final class Layout {
    private Layout() {
    }

    /**
     * Starts a page titled {@code title}; {@code canonical} is the IRI the page is about (or null), {@code bodyClass}
     * a class for the body (or null). Finish it with {@link #end}.
     */
    static Html page(String title, String canonical, String bodyClass) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .element("title", title + " · pledgegraph").raw("\n")
                .open("link", "rel", "stylesheet", "href", "/style.css").raw("\n");
        if (canonical != null) {
            h.open("link", "rel", "canonical", "href", canonical).raw("\n");
        }
        h.raw("</head>\n").open("body", "class", bodyClass).raw("\n");
        h.raw("<header class=\"site\"><a class=\"brand\" href=\"/timeline\">pledgegraph</a>\n<nav>")
                .raw("<a href=\"/timeline\">Timeline</a>")
                .raw("<a href=\"/dumps/\">Downloads</a>")
                .raw("<a href=\"/dataset\">About the data</a>")
                .raw("<a href=\"/ontology\">Ontology</a>")
                .raw("<a href=\"/\">SPARQL</a>")
                .raw("</nav></header>\n<main>\n");
        return h;
    }

    /** Closes a page started with {@link #page} and returns its text. */
    static String end(Html h) {
        h.raw("</main>\n<footer class=\"site\">The data is published under ")
                .raw("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>; ")
                .raw("the articles' text belongs to their publishers. ")
                .raw("<a href=\"/.well-known/void\">VoID</a> · <a href=\"/context.jsonld\">JSON-LD context</a>")
                .raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }
}
