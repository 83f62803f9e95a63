package org.pledgegraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The pledgegraph ontology's own terms; see ontology/pledgegraph.ttl for their definitions. */
public final class PG {
    /** The ontology IRI. */
    public static final String ONTOLOGY = "https://w3id.org/pledgegraph/ontology";
    /** The namespace of every own term. */
    public static final String NS = ONTOLOGY + "#";
    /** The default base of instance IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/pledgegraph/";

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Classes
    public static final Node PolicyEvent = term("PolicyEvent");
    public static final Node Pledge = term("Pledge");
    public static final Node PledgeScope = term("PledgeScope");
    public static final Node ContradictionClaim = term("ContradictionClaim");
    public static final Node CounterClaim = term("CounterClaim");
    public static final Node NewsProvider = term("NewsProvider");
    public static final Node PoliceForce = term("PoliceForce");
    public static final Node Court = term("Court");
    public static final Node Legislature = term("Legislature");
    public static final Node CustomerGroup = term("CustomerGroup");
    public static final Node Bill = term("Bill");
    public static final Node Citation = term("Citation");
    public static final Node SourceGraph = term("SourceGraph");
    public static final Node SourceFile = term("SourceFile");
    public static final Node Build = term("Build");
    /** The software agent that runs builds. */
    public static final Node pledgegraph = term("pledgegraph");

    // Article properties
    public static final Node itemType = term("itemType");
    public static final Node category = term("category");
    public static final Node originalUrl = term("originalUrl");
    public static final Node ampUrl = term("ampUrl");
    public static final Node cdnAmpUrl = term("cdnAmpUrl");
    public static final Node quality = term("quality");
    public static final Node heat = term("heat");
    public static final Node published = term("published");
    public static final Node featuredContent = term("featuredContent");
    public static final Node relatedArticle = term("relatedArticle");
    public static final Node domain = term("domain");
    public static final Node cached = term("cached");
    public static final Node volumeNumber = term("volumeNumber");
    public static final Node issueNumber = term("issueNumber");
    public static final Node citationNumber = term("citationNumber");
    public static final Node publisherName = term("publisherName");
    public static final Node citationText = term("citationText");

    // Catalog properties
    public static final Node roleIn = term("roleIn");
    public static final Node roleHolder = term("roleHolder");
    public static final Node hasRole = term("hasRole");

    // Event properties
    public static final Node actor = term("actor");
    public static final Node concerns = term("concerns");
    public static final Node product = term("product");
    public static final Node technology = term("technology");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node law = term("law");
    public static final Node date = term("date");
    public static final Node datePrecision = term("datePrecision");
    public static final Node sortKey = term("sortKey");
    public static final Node endDerivation = term("endDerivation");
    public static final Node openEnded = term("openEnded");
    public static final Node amount = term("amount");
    public static final Node approximate = term("approximate");
    public static final Node scope = term("scope");
    public static final Node action = term("action");
    public static final Node customer = term("customer");
    public static final Node condition = term("condition");
    public static final Node source = term("source");
    public static final Node claimSubject = term("claimSubject");
    public static final Node claimObject = term("claimObject");
    public static final Node claimRelation = term("claimRelation");
    public static final Node claimant = term("claimant");
    public static final Node disputes = term("disputes");

    // Provenance properties
    public static final Node path = term("path");
    public static final Node sha256 = term("sha256");

    /** Returns the own term with local name {@code local}, e.g. a policy event class or an event relation. */
    public static Node of(String local) {
        return term(local);
    }

    private PG() {
    }
}
