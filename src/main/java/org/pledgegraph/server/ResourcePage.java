package org.pledgegraph.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.pledgegraph.publish.JsonLdContext;
import org.pledgegraph.publish.RdfSyntax;
import org.pledgegraph.publish.Sparql;
import org.pledgegraph.vocab.Namespaces;
import org.pledgegraph.vocab.PG;

/**
 * Renders a resource's page: its label, types and IRI, the sections its kind calls for (an organization's or
 * person's events, an article's context, an event's actors, scope, dates, sources, relations and claims), every
 * property with links, the links pointing to it, where its facts came from, and its description as JSON-LD.
 */
final class ResourcePage {
    private static final String SCHEMA = Namespaces.SCHEMA;
    private static final String PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final int LONG_TEXT = 320;

    /** Properties shown first, in this order; the rest follow alphabetically. */
    private static final List<String> FIRST = List.of(RDF.type.getURI(), SCHEMA + "name", SCHEMA + "headline",
            Namespaces.SKOS + "prefLabel", SCHEMA + "description", SCHEMA + "abstract", SCHEMA + "datePublished",
            PG.NS + "date", SCHEMA + "startDate", SCHEMA + "endDate", SCHEMA + "publisher", PG.NS + "actor");

    private static final Query EVENTS_OF = Sparql.parse("""
            SELECT ?e ?role ?name ?date ?sortKey ?type ?src ?srcTitle ?srcDate ?srcPublisher {
              { ?e pg:actor ?r BIND("actor" AS ?role) } UNION { ?e pg:concerns ?r BIND("concerned" AS ?role) }
              ?e a pg:PolicyEvent .
              OPTIONAL { ?e schema:name ?name }
              OPTIONAL { ?e pg:date ?date }
              OPTIONAL { ?e pg:sortKey ?sortKey }
              OPTIONAL { ?e a ?type FILTER(?type != pg:PolicyEvent && STRSTARTS(STR(?type), STR(pg:))) }
              OPTIONAL { ?e pg:source ?src
                OPTIONAL { ?src schema:headline ?srcTitle }
                OPTIONAL { ?src schema:datePublished ?srcDate }
                OPTIONAL { ?src schema:publisher/schema:name ?srcPublisher } }
            } ORDER BY ?sortKey ?e ?src LIMIT 5000""");
    private static final Query EVENTS_FROM = Sparql.parse("""
            SELECT ?e ?name ?date ?sortKey ?type {
              ?e pg:source ?r ; a pg:PolicyEvent .
              OPTIONAL { ?e schema:name ?name }
              OPTIONAL { ?e pg:date ?date }
              OPTIONAL { ?e pg:sortKey ?sortKey }
              OPTIONAL { ?e a ?type FILTER(?type != pg:PolicyEvent && STRSTARTS(STR(?type), STR(pg:))) }
            } ORDER BY ?sortKey ?e LIMIT 1000""");
    private static final Query SOURCES = Sparql.parse("""
            SELECT ?src ?title ?date ?publisher ?publisherName {
              ?r pg:source ?src .
              OPTIONAL { ?src schema:headline ?title }
              OPTIONAL { ?src schema:datePublished ?date }
              OPTIONAL { ?src schema:publisher ?publisher OPTIONAL { ?publisher schema:name ?publisherName } }
            } ORDER BY ?date ?src LIMIT 1000""");
    private static final Query SCOPE = Sparql.parse("""
            SELECT ?p ?o ?label {
              ?r pg:scope ?scope . ?scope ?p ?o FILTER(?p != rdf:type)
              OPTIONAL { ?o schema:name|skos:prefLabel ?label }
            } ORDER BY ?p ?o LIMIT 500""");
    private static final Query AMOUNTS = Sparql.parse("""
            SELECT ?a ?value ?currency ?approximate {
              ?r pg:amount ?a . OPTIONAL { ?a schema:value ?value } OPTIONAL { ?a schema:currency ?currency }
              OPTIONAL { ?a pg:approximate ?approximate }
            } ORDER BY ?a LIMIT 100""");
    private static final Query CLAIMS = Sparql.parse("""
            SELECT ?claim ?disputes ?text ?subject ?object ?relation ?claimant ?claimantName ?appearance ?appearanceTitle {
              { ?claim pg:claimSubject ?r } UNION { ?claim pg:claimObject ?r }
              UNION { ?c0 pg:claimSubject|pg:claimObject ?r . ?claim pg:disputes ?c0 . BIND(?c0 AS ?disputes) }
              OPTIONAL { ?claim schema:text ?text }
              OPTIONAL { ?claim pg:claimSubject ?subject }
              OPTIONAL { ?claim pg:claimObject ?object }
              OPTIONAL { ?claim pg:claimRelation ?relation }
              OPTIONAL { ?claim pg:claimant ?claimant OPTIONAL { ?claimant schema:name ?claimantName } }
              OPTIONAL { ?claim schema:appearance ?appearance OPTIONAL { ?appearance schema:headline ?appearanceTitle } }
            } ORDER BY ?claim ?claimant ?appearance LIMIT 1000""");
    private static final Query CLAIMS_BY = Sparql.parse("""
            SELECT ?claim ?text ?subjectName ?objectName ?disputed {
              ?claim pg:claimant ?r .
              OPTIONAL { ?claim schema:text ?text }
              OPTIONAL { ?claim pg:disputes ?disputed }
              OPTIONAL { ?claim pg:claimSubject|(pg:disputes/pg:claimSubject) ?subject . ?subject schema:name ?subjectName }
              OPTIONAL { ?claim pg:claimObject|(pg:disputes/pg:claimObject) ?object . ?object schema:name ?objectName }
            } ORDER BY ?claim LIMIT 500""");
    private static final Query GRAPH_CONTENT = Sparql.parse("""
            SELECT ?s (COUNT(*) AS ?n) (SAMPLE(?l) AS ?label) {
              GRAPH ?r { ?s ?p ?o }
              OPTIONAL { GRAPH ?r { ?s schema:name|schema:headline|skos:prefLabel|dcterms:title ?l } }
            } GROUP BY ?s ORDER BY ?s LIMIT 1000""");

    private static final Query PARTITIONS = Sparql.parse("""
            PREFIX void: <http://rdfs.org/ns/void#>
            SELECT ?kind ?term ?n {
              { ?r void:classPartition ?part . ?part void:class ?term ; void:entities ?n . BIND("class" AS ?kind) }
              UNION
              { ?r void:propertyPartition ?part . ?part void:property ?term ; void:triples ?n .
                BIND("property" AS ?kind) }
            } ORDER BY ?kind DESC(?n) ?term LIMIT 2000""");

    private final Site site;
    private final Links links;
    private final Description d;
    private final Map<String, Node> r;

    private ResourcePage(Site site, Description d) {
        this.site = site;
        this.links = site.links();
        this.d = d;
        this.r = Map.of("r", d.resource());
    }

    /** Renders the page of {@code d}; call inside a read transaction. */
    static byte[] render(Site site, Description d) {
        return new ResourcePage(site, d).render().getBytes(StandardCharsets.UTF_8);
    }

    private String render() {
        String iri = d.resource().getURI();
        String label = labelOrPath(d.resource());
        Html h = Layout.page(label, iri, "resource");
        h.raw("<article class=\"resource\">\n<p class=\"kinds\">");
        boolean first = true;
        List<Node> types = d.types();
        for (Node t : types) {
            long sameName = types.stream().filter(o -> typeName(o).equals(typeName(t))).count();
            h.raw(first ? "" : " · ").element("span", sameName > 1 ? Links.compact(t.getURI()) : typeName(t),
                    "class", "kind", "title", t.getURI());
            first = false;
        }
        h.raw("</p>\n").element("h1", label).raw("\n");
        h.raw("<p class=\"iri\"><code>").text(iri).raw("</code></p>\n<p class=\"formats\">This description as ");
        first = true;
        for (RdfSyntax s : List.of(RdfSyntax.TURTLE, RdfSyntax.JSONLD, RdfSyntax.RDFXML, RdfSyntax.NTRIPLES,
                RdfSyntax.TRIG, RdfSyntax.NQUADS)) {
            h.raw(first ? "" : " · ").link("?format=" + s.shortName(), s.label(), "rel", "alternate", "type",
                    s.mediaType());
            first = false;
        }
        h.raw("</p>\n");
        String summary = firstLiteral(SCHEMA + "description", SCHEMA + "abstract");
        if (summary != null) {
            h.element("p", summary, "class", "lead");
        }
        if (d.hasType(PG.NS + "PolicyEvent")) {
            eventSections(h);
        }
        if (d.hasType(SCHEMA + "Organization") || d.hasType(SCHEMA + "Person")) {
            actorSections(h);
        }
        if (isArticle()) {
            articleSections(h);
        }
        if (d.hasType(VOID + "Dataset")) {
            datasetSection(h);
        }
        if (d.hasType(PG.NS + "SourceGraph") || iri.startsWith(site.base() + "graph/")) {
            graphSection(h);
        }
        factsSection(h);
        inboundSection(h);
        provenanceSection(h);
        h.raw("</article>\n");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        JsonLdContext.writeTriples(d.graph().find(), json);
        h.jsonLd(json.toString(StandardCharsets.UTF_8));
        return Layout.end(h);
    }

    // ---- kind-specific sections ----

    private void actorSections(Html h) {
        record Source(Node iri, String title, Node date, String publisher) { }
        record Event(Node iri, Set<String> roles, String name, Node date, String sortKey, Set<String> types,
                Map<Node, Source> sources) { }
        Map<Node, Event> events = new LinkedHashMap<>();
        for (Binding b : Sparql.select(site.dsg(), EVENTS_OF, r, site.timeout())) {
            Node e = b.get("e");
            Event ev = events.computeIfAbsent(e, k -> new Event(k, new LinkedHashSet<>(), lex(b.get("name")),
                    b.get("date"), lex(b.get("sortKey")), new LinkedHashSet<>(), new LinkedHashMap<>()));
            ev.roles().add(lex(b.get("role")));
            if (b.get("type") != null) {
                ev.types().add(typeName(b.get("type")));
            }
            Node src = b.get("src");
            if (src != null) {
                ev.sources().putIfAbsent(src, new Source(src, lex(b.get("srcTitle")), b.get("srcDate"),
                        lex(b.get("srcPublisher"))));
            }
        }
        List<Event> sorted = new ArrayList<>(events.values());
        sorted.sort(Comparator.comparing((Event e) -> e.sortKey() == null ? "\uffff" : e.sortKey())
                .thenComparing(e -> e.name() == null ? "" : e.name()));
        if (!sorted.isEmpty()) {
            h.raw("<section class=\"events\">\n<h2>Events, in date order</h2>\n<ol class=\"events\">\n");
            for (Event e : sorted) {
                h.raw("<li>").element("span", e.date() == null ? "undated" : Dates.display(e.date()), "class",
                        "when");
                h.raw(" ").element("span", String.join(", ", e.types()), "class", "kind");
                h.raw(" ").link(links.href(e.iri()), e.name() == null ? pathOf(e.iri()) : e.name());
                if (e.roles().contains("concerned") && !e.roles().contains("actor")) {
                    h.raw(" <span class=\"role\">(concerns ").text(labelOrPath(d.resource())).raw(")</span>");
                }
                if (!e.sources().isEmpty()) {
                    h.raw("\n<ul class=\"sources\">");
                    List<Source> byDate = new ArrayList<>(e.sources().values());
                    byDate.sort(Comparator.comparing((Source s) -> s.date() == null ? "\uffff"
                            : s.date().getLiteralLexicalForm()).thenComparing(s -> s.iri().getURI()));
                    for (Source s : byDate) {
                        h.raw("<li>").link(links.href(s.iri()), s.title() == null ? pathOf(s.iri()) : s.title());
                        String meta = join(s.publisher(), s.date() == null ? null : Dates.display(s.date()));
                        if (meta != null) {
                            h.raw(" <span class=\"meta\">").text(meta).raw("</span>");
                        }
                        h.raw("</li>");
                    }
                    h.raw("</ul>");
                }
                h.raw("</li>\n");
            }
            h.raw("</ol>\n</section>\n");
        }
        List<Binding> claims = Sparql.select(site.dsg(), CLAIMS_BY, r, site.timeout());
        if (!claims.isEmpty()) {
            h.raw("<section>\n<h2>Claims made</h2>\n<ul class=\"claims\">\n");
            Set<Node> seen = new LinkedHashSet<>();
            for (Binding b : claims) {
                if (!seen.add(b.get("claim"))) {
                    continue;
                }
                h.raw("<li>").link(links.href(b.get("claim")), typeLabelOfClaim(b)).raw(" ");
                quote(h, lex(b.get("text")));
                h.raw("</li>\n");
            }
            h.raw("</ul>\n</section>\n");
        }
    }

    private static String typeLabelOfClaim(Binding b) {
        String subject = lex(b.get("subjectName"));
        String object = lex(b.get("objectName"));
        boolean counter = b.get("disputed") != null;
        if (subject != null && object != null) {
            return (counter ? "Disputes that “" : "That “") + subject + "” contradicts “" + object + "”";
        }
        return counter ? "Counter-claim" : "Claim";
    }

    private void articleSections(Html h) {
        h.raw("<section class=\"article\">\n<h2>About this article</h2>\n<dl class=\"facts\">\n");
        List<Node> publishers = d.values(SCHEMA + "publisher");
        if (!publishers.isEmpty()) {
            h.raw("<dt>Provider</dt><dd>");
            nodeListInto(h, publishers);
            h.raw("</dd>\n");
        }
        List<Node> dates = d.values(SCHEMA + "datePublished");
        if (!dates.isEmpty()) {
            h.raw("<dt>Published</dt><dd>").text(Dates.display(dates.get(0))).raw("</dd>\n");
        }
        List<Node> authors = d.values(SCHEMA + "author");
        if (!authors.isEmpty()) {
            h.raw("<dt>Author</dt><dd>");
            nodeListInto(h, authors);
            h.raw("</dd>\n");
        }
        List<Node> urls = d.values(SCHEMA + "url");
        if (!urls.isEmpty()) {
            h.raw("<dt>Original</dt><dd>");
            nodeListInto(h, urls);
            h.raw("</dd>\n");
        }
        listFact(h, "Topics", d.values(SCHEMA + "about"));
        listFact(h, "Mentions", d.values(SCHEMA + "mentions"));
        Set<Node> related = new LinkedHashSet<>(d.values(PG.NS + "relatedArticle"));
        related.addAll(d.inboundValues(PG.NS + "relatedArticle"));
        listFact(h, "Related articles", new ArrayList<>(related));
        listFact(h, "Part of", d.values(SCHEMA + "isPartOf"));
        listFact(h, "Citations", d.values(SCHEMA + "citation"));
        h.raw("</dl>\n");
        List<Binding> events = Sparql.select(site.dsg(), EVENTS_FROM, r, site.timeout());
        if (!events.isEmpty()) {
            h.raw("<h3>Events this article is a source for</h3>\n<ul class=\"events\">\n");
            Set<Node> seen = new LinkedHashSet<>();
            for (Binding b : events) {
                if (!seen.add(b.get("e"))) {
                    continue;
                }
                h.raw("<li>").element("span", b.get("date") == null ? "undated" : Dates.display(b.get("date")),
                        "class", "when").raw(" ");
                if (b.get("type") != null) {
                    h.element("span", typeName(b.get("type")), "class", "kind").raw(" ");
                }
                h.link(links.href(b.get("e")), lex(b.get("name")) == null ? pathOf(b.get("e")) : lex(b.get("name")))
                        .raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        List<Node> claims = d.inboundValues(SCHEMA + "appearance");
        if (!claims.isEmpty()) {
            h.raw("<h3>Claims reported in this article</h3>\n<ul>");
            for (Node c : claims) {
                h.raw("<li>").link(links.href(c), labelOrPath(c)).raw("</li>");
            }
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    private void eventSections(Html h) {
        h.raw("<section class=\"event\">\n<h2>The event</h2>\n<dl class=\"facts\">\n");
        listFact(h, "Actors", d.values(PG.NS + "actor"));
        listFact(h, "Concerns", d.values(PG.NS + "concerns"));
        dateFact(h, "Date", d.values(PG.NS + "date"));
        dateFact(h, "Starts", d.values(SCHEMA + "startDate"));
        dateFact(h, "Ends", d.values(SCHEMA + "endDate"));
        List<Node> derivation = d.values(PG.NS + "endDerivation");
        if (!derivation.isEmpty()) {
            h.raw("<dt>End derived as</dt><dd>").text(lex(derivation.get(0))).raw("</dd>\n");
        }
        List<Node> duration = d.values(SCHEMA + "duration");
        if (!duration.isEmpty()) {
            h.raw("<dt>Duration</dt><dd>").text(lex(duration.get(0))).raw("</dd>\n");
        }
        if (d.values(PG.NS + "openEnded").stream().anyMatch(n -> "true".equals(lex(n)))) {
            h.raw("<dt>Ends</dt><dd>open-ended (no end stated)</dd>\n");
        }
        List<Binding> amounts = Sparql.select(site.dsg(), AMOUNTS, r, site.timeout());
        if (!amounts.isEmpty()) {
            h.raw("<dt>Amount</dt><dd>");
            boolean first = true;
            for (Binding b : amounts) {
                h.raw(first ? "" : " · ");
                first = false;
                boolean approx = "true".equals(lex(b.get("approximate")));
                h.link(links.href(b.get("a")), (approx ? "≈ " : "") + money(b.get("value")) + " "
                        + nz(lex(b.get("currency"))));
            }
            h.raw("</dd>\n");
        }
        listFact(h, "Products", d.values(PG.NS + "product"));
        listFact(h, "Technologies", d.values(PG.NS + "technology"));
        listFact(h, "Jurisdictions", d.values(PG.NS + "jurisdiction"));
        listFact(h, "Laws", d.values(PG.NS + "law"));
        h.raw("</dl>\n");

        List<Binding> scope = Sparql.select(site.dsg(), SCOPE, r, site.timeout());
        if (!scope.isEmpty()) {
            h.raw("<h3>Scope</h3>\n<dl class=\"facts scope\">\n");
            Map<String, List<Binding>> byProperty = new TreeMap<>();
            for (Binding b : scope) {
                byProperty.computeIfAbsent(b.get("p").getURI(), k -> new ArrayList<>()).add(b);
            }
            for (var e : byProperty.entrySet()) {
                h.element("dt", Links.words(Links.localName(e.getKey())), "title", Links.compact(e.getKey()))
                        .raw("<dd>");
                boolean first = true;
                for (Binding b : e.getValue()) {
                    h.raw(first ? "" : ", ");
                    first = false;
                    Node o = b.get("o");
                    if (o.isURI()) {
                        linkTo(h, o, lex(b.get("label")));
                    } else {
                        h.text(lex(o));
                    }
                }
                h.raw("</dd>\n");
            }
            h.raw("</dl>\n");
        }

        List<Binding> sources = Sparql.select(site.dsg(), SOURCES, r, site.timeout());
        if (!sources.isEmpty()) {
            h.raw("<h3>Sources</h3>\n<ol class=\"sources\">\n");
            Set<Node> seen = new LinkedHashSet<>();
            for (Binding b : sources) {
                if (!seen.add(b.get("src"))) {
                    continue;
                }
                h.raw("<li>").link(links.href(b.get("src")),
                        lex(b.get("title")) == null ? pathOf(b.get("src")) : lex(b.get("title")));
                String meta = join(lex(b.get("publisherName")),
                        b.get("date") == null ? null : Dates.display(b.get("date")));
                if (meta != null) {
                    h.raw(" <span class=\"meta\">").text(meta).raw("</span>");
                }
                h.raw("</li>\n");
            }
            h.raw("</ol>\n");
        }

        relations(h);
        claims(h);
    }

    private void relations(Html h) {
        String[][] kinds = {{"extends", "Extends", "Extended by"}, {"contradicts", "Contradicts", "Contradicted by"},
            {"respondsTo", "Responds to", "Responded to by"}};
        boolean any = false;
        Html part = new Html();
        for (String[] k : kinds) {
            List<Node> out = d.values(PG.NS + k[0]);
            List<Node> in = d.inboundValues(PG.NS + k[0]);
            if (!out.isEmpty()) {
                part.raw("<dt class=\"rel-" + k[0] + "\">").text(k[1]).raw("</dt><dd>");
                nodeListInto(part, out);
                part.raw("</dd>\n");
                any = true;
            }
            if (!in.isEmpty()) {
                part.raw("<dt class=\"rel-" + k[0] + "\">").text(k[2]).raw("</dt><dd>");
                nodeListInto(part, in);
                part.raw("</dd>\n");
                any = true;
            }
        }
        if (any) {
            h.raw("<h3>Related events</h3>\n<dl class=\"facts relations\">\n").raw(part.toString()).raw("</dl>\n");
        }
    }

    private void claims(Html h) {
        record Claim(Node iri, Node disputes, String text, Node subject, Node object, Map<Node, String> claimants,
                Map<Node, String> appearances) { }
        Map<Node, Claim> claims = new LinkedHashMap<>();
        for (Binding b : Sparql.select(site.dsg(), CLAIMS, r, site.timeout())) {
            Claim c = claims.computeIfAbsent(b.get("claim"), k -> new Claim(k, b.get("disputes"), lex(b.get("text")),
                    b.get("subject"), b.get("object"), new LinkedHashMap<>(), new LinkedHashMap<>()));
            if (b.get("claimant") != null) {
                c.claimants().putIfAbsent(b.get("claimant"), lex(b.get("claimantName")));
            }
            if (b.get("appearance") != null) {
                c.appearances().putIfAbsent(b.get("appearance"), lex(b.get("appearanceTitle")));
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        h.raw("<h3>Claims and counter-claims</h3>\n");
        for (Claim c : claims.values()) {
            if (c.disputes() != null) {
                continue;
            }
            h.raw("<div class=\"claim\">\n<p class=\"claim-head\">");
            h.link(links.href(c.iri()), "Claim").raw(": ");
            linkTo(h, c.subject(), null);
            h.raw(" <strong class=\"rel-contradicts\">contradicts</strong> ");
            linkTo(h, c.object(), null);
            h.raw("</p>\n");
            quote(h, c.text());
            attribution(h, c.claimants(), c.appearances());
            for (Claim cc : claims.values()) {
                if (c.iri().equals(cc.disputes())) {
                    h.raw("<div class=\"counter\">\n<p class=\"claim-head\">");
                    h.link(links.href(cc.iri()), "Counter-claim").raw("</p>\n");
                    quote(h, cc.text());
                    attribution(h, cc.claimants(), cc.appearances());
                    h.raw("</div>\n");
                }
            }
            h.raw("</div>\n");
        }
    }

    private void attribution(Html h, Map<Node, String> claimants, Map<Node, String> appearances) {
        h.raw("<p class=\"meta\">");
        if (!claimants.isEmpty()) {
            h.raw("— ");
            boolean first = true;
            for (var e : claimants.entrySet()) {
                h.raw(first ? "" : ", ");
                first = false;
                linkTo(h, e.getKey(), e.getValue());
            }
        }
        if (!appearances.isEmpty()) {
            h.raw(", in ");
            boolean first = true;
            for (var e : appearances.entrySet()) {
                h.raw(first ? "" : ", ");
                first = false;
                linkTo(h, e.getKey(), e.getValue());
            }
        }
        h.raw("</p>\n");
    }

    private void datasetSection(Html h) {
        h.raw("<section class=\"dataset\">\n<h2>What the dataset holds</h2>\n<dl class=\"facts\">\n");
        for (String[] f : new String[][] {{"triples", "Statements (in the union of the graphs)"},
            {"entities", "Resources described"}, {"classes", "Classes"}, {"properties", "Properties"}}) {
            List<Node> v = d.values(VOID + f[0]);
            if (!v.isEmpty()) {
                h.element("dt", f[1]).raw("<dd>").text(String.format(java.util.Locale.ROOT, "%,d",
                        Long.parseLong(lex(v.get(0))))).raw("</dd>\n");
            }
        }
        dateFact(h, "Last modified", d.values("http://purl.org/dc/terms/modified"));
        listFact(h, "License", d.values("http://purl.org/dc/terms/license"));
        List<Node> rights = d.values("http://purl.org/dc/terms/rights");
        if (!rights.isEmpty()) {
            h.element("dt", "Rights").raw("<dd>").text(lex(rights.get(0))).raw("</dd>\n");
        }
        h.element("dt", "SPARQL endpoint").raw("<dd>").link(site.context().sparqlPath(),
                site.base() + site.context().sparqlPath().substring(1)).raw("</dd>\n");
        h.element("dt", "Downloads").raw("<dd>").link("/dumps/", "six RDF syntaxes").raw("</dd>\n");
        listFact(h, "Examples", d.values(VOID + "exampleResource"));
        h.raw("</dl>\n");
        List<Binding> rows = Sparql.select(site.dsg(), PARTITIONS, r, site.timeout());
        for (String kind : List.of("class", "property")) {
            h.element("h3", kind.equals("class") ? "Classes, by number of resources"
                    : "Properties, by number of statements").raw("\n<ul class=\"columns\">\n");
            for (Binding b : rows) {
                if (!kind.equals(lex(b.get("kind")))) {
                    continue;
                }
                h.raw("<li>");
                String href = links.href(b.get("term"));
                String name = Links.compact(b.get("term").getURI());
                if (href != null) {
                    h.link(href, name, "title", b.get("term").getURI());
                } else {
                    h.text(name);
                }
                h.raw(" ").element("span", String.format(java.util.Locale.ROOT, "%,d",
                        Long.parseLong(lex(b.get("n")))), "class", "meta").raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    private void graphSection(Html h) {
        List<Binding> rows = Sparql.select(site.dsg(), GRAPH_CONTENT, r, site.timeout());
        if (rows.isEmpty()) {
            return;
        }
        long triples = rows.stream().mapToLong(b -> ((Number) b.get("n").getLiteralValue()).longValue()).sum();
        h.raw("<section>\n<h2>What this graph states</h2>\n<p>").text(String.format("%,d statements about %,d "
                + "resources%s.", triples, rows.size(), rows.size() >= 1000 ? " (the first 1,000 are listed)" : ""))
                .raw("</p>\n<ul class=\"columns\">\n");
        for (Binding b : rows) {
            h.raw("<li>");
            linkTo(h, b.get("s"), lex(b.get("label")));
            h.raw("</li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    // ---- generic sections ----

    private void factsSection(Html h) {
        Map<String, Map<Node, Set<Node>>> byProperty = new LinkedHashMap<>();
        List<Quad> own = new ArrayList<>(d.own());
        own.sort(Comparator.comparing((Quad q) -> propertyRank(q.getPredicate().getURI()))
                .thenComparing(q -> Links.words(Links.localName(q.getPredicate().getURI())))
                .thenComparing(q -> q.getPredicate().getURI()));
        for (Quad q : own) {
            byProperty.computeIfAbsent(q.getPredicate().getURI(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(q.getObject(), k -> new LinkedHashSet<>()).add(q.getGraph());
        }
        h.raw("<section>\n<h2>All facts</h2>\n<table class=\"facts\">\n")
                .raw("<thead><tr><th>property</th><th>value</th><th>stated in</th></tr></thead>\n<tbody>\n");
        for (var e : byProperty.entrySet()) {
            String p = e.getKey();
            h.raw("<tr><th>");
            String href = links.href(p);
            if (href != null) {
                h.link(href, Links.words(Links.localName(p)), "title", Links.compact(p));
            } else {
                h.text(Links.compact(p));
            }
            h.raw("</th><td><ul class=\"values\">");
            Set<Node> graphs = new LinkedHashSet<>();
            for (var v : e.getValue().entrySet()) {
                h.raw("<li>");
                value(h, p, v.getKey());
                h.raw("</li>");
                graphs.addAll(v.getValue());
            }
            h.raw("</ul></td><td class=\"src\">");
            boolean first = true;
            for (Node g : graphs) {
                h.raw(first ? "" : "<br>");
                first = false;
                h.link(links.href(g), graphName(g));
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void inboundSection(Html h) {
        if (d.inbound().isEmpty()) {
            return;
        }
        Map<String, Set<Node>> byProperty = new TreeMap<>(Comparator.comparing(
                (String p) -> Links.words(Links.localName(p))).thenComparing(p -> p));
        for (Quad q : d.inbound()) {
            byProperty.computeIfAbsent(q.getPredicate().getURI(), k -> new LinkedHashSet<>()).add(q.getSubject());
        }
        h.raw("<section>\n<h2>Links to this</h2>\n");
        if (d.inboundTruncated()) {
            h.element("p", "Only the first " + Description.MAX_INBOUND + " links are shown.", "class", "meta");
        }
        h.raw("<table class=\"facts\">\n<thead><tr><th>from</th><th>by</th></tr></thead>\n<tbody>\n");
        for (var e : byProperty.entrySet()) {
            h.raw("<tr><td><ul class=\"values\">");
            for (Node s : e.getValue()) {
                h.raw("<li>");
                linkTo(h, s, null);
                h.raw("</li>");
            }
            String p = e.getKey();
            h.raw("</ul></td><th>");
            String href = links.href(p);
            if (href != null) {
                h.link(href, Links.words(Links.localName(p)), "title", Links.compact(p));
            } else {
                h.text(Links.compact(p));
            }
            h.raw("</th></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private void provenanceSection(Html h) {
        Set<Node> graphs = d.sourceGraphs();
        if (graphs.isEmpty()) {
            return;
        }
        Map<Node, Map<String, List<Node>>> facts = new LinkedHashMap<>();
        for (Quad q : d.provenance()) {
            facts.computeIfAbsent(q.getSubject(), k -> new TreeMap<>())
                    .computeIfAbsent(q.getPredicate().getURI(), k -> new ArrayList<>()).add(q.getObject());
        }
        h.raw("<section>\n<h2>Where these facts come from</h2>\n<ul class=\"provenance\">\n");
        for (Node g : graphs) {
            h.raw("<li>");
            h.link(links.href(g), graphName(g));
            Map<String, List<Node>> gf = facts.getOrDefault(g, Map.of());
            for (Node file : gf.getOrDefault(PROV_DERIVED, List.of())) {
                Map<String, List<Node>> ff = facts.getOrDefault(file, Map.of());
                h.raw(" <span class=\"meta\">from ");
                List<Node> path = ff.getOrDefault(PG.NS + "path", List.of());
                h.link(links.href(file), path.isEmpty() ? pathOf(file) : lex(path.get(0)));
                List<Node> sha = ff.getOrDefault(PG.NS + "sha256", List.of());
                if (!sha.isEmpty()) {
                    h.raw(" (sha-256 ").element("code", lex(sha.get(0)).substring(0, 12)).raw("…)");
                }
                h.raw("</span>");
            }
            for (Node build : gf.getOrDefault("http://www.w3.org/ns/prov#wasGeneratedBy", List.of())) {
                h.raw(" <span class=\"meta\">by ").link(links.href(build), pathOf(build)).raw("</span>");
            }
            h.raw("</li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    // ---- values and labels ----

    private void value(Html h, String property, Node o) {
        if (o.isURI()) {
            if (property.equals(RDF.type.getURI())) {
                String href = links.href(o);
                if (href != null) {
                    h.link(href, typeName(o), "title", o.getURI());
                } else {
                    h.text(Links.compact(o.getURI()));
                }
            } else {
                linkTo(h, o, null);
            }
        } else if (o.isLiteral()) {
            String text = Dates.isDate(o) ? Dates.display(o) : o.getLiteralLexicalForm();
            String title = Dates.isDate(o) ? o.getLiteralLexicalForm() + " (" + Links.compact(o
                    .getLiteralDatatypeURI()) + ")" : null;
            if (text.length() > LONG_TEXT) {
                h.raw("<details><summary>").text(text.substring(0, LONG_TEXT - 40).strip() + " …").raw("</summary>")
                        .element("p", text, "class", "long").raw("</details>");
            } else if (title != null) {
                h.element("span", text, "title", title);
            } else {
                h.text(text);
            }
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                h.raw(" ").element("span", lang, "class", "lang");
            }
        } else {
            h.text(o.toString());
        }
    }

    /** Links to {@code n} with its label (or {@code label}), showing the IRI for other sites' resources. */
    private void linkTo(Html h, Node n, String label) {
        if (n == null) {
            return;
        }
        if (!n.isURI()) {
            h.text(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            return;
        }
        String href = links.href(n);
        String text = label != null ? label : links.isLocal(n.getURI()) ? labelOrPath(n) : n.getURI();
        if (href == null) {
            h.text(text);
        } else if (links.isLocal(n.getURI())) {
            h.link(href, text, "title", n.getURI());
        } else {
            h.link(href, text, "class", "ext", "rel", "nofollow noopener");
        }
    }

    private void nodeListInto(Html h, List<Node> nodes) {
        boolean first = true;
        for (Node n : nodes) {
            h.raw(first ? "" : ", ");
            first = false;
            if (n.isLiteral()) {
                h.text(n.getLiteralLexicalForm());
            } else {
                linkTo(h, n, null);
            }
        }
    }

    private void listFact(Html h, String title, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        h.element("dt", title).raw("<dd>");
        nodeListInto(h, nodes);
        h.raw("</dd>\n");
    }

    private void dateFact(Html h, String title, List<Node> dates) {
        if (dates.isEmpty()) {
            return;
        }
        h.element("dt", title).raw("<dd>");
        boolean first = true;
        for (Node n : dates) {
            h.raw(first ? "" : ", ");
            first = false;
            h.element("span", Dates.display(n), "title", n.getLiteralLexicalForm());
        }
        h.raw("</dd>\n");
    }

    private void quote(Html h, String text) {
        if (text != null) {
            h.element("blockquote", text);
        }
    }

    private boolean isArticle() {
        return d.hasType(SCHEMA + "NewsArticle") || d.hasType(SCHEMA + "VideoObject")
                || (d.hasType(SCHEMA + "CreativeWork") && !d.hasType(PG.NS + "Citation"));
    }

    private String firstLiteral(String... properties) {
        for (String p : properties) {
            for (Node n : d.values(p)) {
                if (n.isLiteral() && n.getLiteralLexicalForm().length() <= 600) {
                    return n.getLiteralLexicalForm();
                }
            }
        }
        return null;
    }

    private String labelOrPath(Node n) {
        String label = d.labelOf(n);
        return label != null ? label : pathOf(n);
    }

    private String pathOf(Node n) {
        String p = links.pathOf(n.getURI());
        return p != null ? p : n.getURI();
    }

    private String graphName(Node g) {
        String p = links.pathOf(g.getURI());
        return p != null && p.startsWith("graph/") ? p.substring("graph/".length()) : Links.compact(g.getURI());
    }

    private static String typeName(Node t) {
        return Links.title(Links.localName(t.getURI()));
    }

    private static int propertyRank(String p) {
        int i = FIRST.indexOf(p);
        return i < 0 ? FIRST.size() : i;
    }

    private static String lex(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }

    private static String money(Node value) {
        if (value == null || !value.isLiteral()) {
            return "?";
        }
        try {
            java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            return f.format(new java.math.BigDecimal(value.getLiteralLexicalForm()));
        } catch (NumberFormatException e) {
            return value.getLiteralLexicalForm();
        }
    }
}
