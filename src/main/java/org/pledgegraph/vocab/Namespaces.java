package org.pledgegraph.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes every output, page and query of pledgegraph uses. */
public final class Namespaces {
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private Namespaces() {
    }

    /** Returns a new, frozen prefix mapping with pg, schema, skos, prov, dcterms, owl, rdf, rdfs, xsd and wd. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("pg", PG.NS);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("prov", PROV.NS);
        pm.setNsPrefix("dcterms", DCTERMS);
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("wd", WIKIDATA);
        return pm.lock();
    }

}
