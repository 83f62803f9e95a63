package org.pledgegraph.mapping;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;
import org.pledgegraph.model.Claim;
import org.pledgegraph.model.EntityKind;
import org.pledgegraph.model.EventRelation;
import org.pledgegraph.model.Money;
import org.pledgegraph.model.PartialDate;
import org.pledgegraph.model.PolicyEvent;
import org.pledgegraph.model.Scope;
import org.pledgegraph.model.SourceRef;
import org.pledgegraph.source.Diagnostics;
import org.pledgegraph.vocab.PG;
import org.pledgegraph.vocab.PROV;

/** Maps policy events, with their scope, money, relations, claims and sources, to triples. */
final class EventMapper {
    private static final EntityKind[] AGENTS = {EntityKind.ORGANIZATION, EntityKind.PERSON};

    private final Iris iris;
    private final Registry registry;

    EventMapper(Iris iris, Registry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    /**
     * Maps {@code ev} into {@code em}; sources that are not articles in the data are linked all the same and
     * reported as warnings.
     *
     * @throws IllegalArgumentException when it refers to an unknown entity, event or document
     */
    void map(PolicyEvent ev, Emitter em, Diagnostics diagnostics, String file, int line) {
        Node s = iris.event(ev.id());
        em.type(s, PG.PolicyEvent);
        em.type(s, PG.of(ev.type().className()));
        if (ev.type() == PolicyEvent.Type.MORATORIUM) {
            em.type(s, PG.Pledge);
        }
        em.type(s, SchemaDO.Event.asNode());
        em.string(s, SchemaDO.name.asNode(), ev.name());
        em.string(s, SchemaDO.description.asNode(), ev.description());
        refs(s, PG.actor, "actors", ev.actors(), em, AGENTS);
        refs(s, PG.concerns, "concerns", ev.concerns(), em, EntityKind.ORGANIZATION);
        refs(s, PG.product, "products", ev.products(), em, EntityKind.PRODUCT);
        refs(s, PG.technology, "technologies", ev.technologies(), em, EntityKind.TECHNOLOGY);
        refs(s, PG.jurisdiction, "jurisdictions", ev.jurisdictions(), em, EntityKind.PLACE);
        refs(s, PG.law, "laws", ev.laws(), em, EntityKind.LAW);
        PartialDate when = ev.date();
        if (when != null) {
            em.date(s, PG.date, when);
            em.string(s, PG.datePrecision, when.precision().label());
        }
        PartialDate sortDate = when != null ? when : ev.start();
        if (sortDate != null) {
            em.string(s, PG.sortKey, sortDate.sortKey());
        }
        em.date(s, SchemaDO.startDate.asNode(), ev.start());
        em.date(s, SchemaDO.endDate.asNode(), ev.end());
        if (ev.start() != null && ev.end() != null && ev.end().sortKey().compareTo(ev.start().sortKey()) < 0) {
            throw new IllegalArgumentException("end: " + ev.end() + " is before start " + ev.start());
        }
        em.string(s, PG.endDerivation, ev.endDerivation());
        em.typed(s, SchemaDO.duration.asNode(), ev.duration(), XSDDatatype.XSDduration);
        em.bool(s, PG.openEnded, ev.openEnded());
        int n = 0;
        for (Money m : ev.money()) {
            Node a = iris.amount(ev.id(), ++n);
            em.add(s, PG.amount, a);
            em.type(a, SchemaDO.MonetaryAmount.asNode());
            em.decimal(a, SchemaDO.value.asNode(), m.value());
            em.string(a, SchemaDO.currency.asNode(), m.currency());
            em.bool(a, PG.approximate, m.approximate());
        }
        if (ev.scope() != null) {
            scope(ev, ev.scope(), em);
        }
        for (EventRelation r : ev.relations()) {
            if (!registry.hasEvent(r.target())) {
                throw new IllegalArgumentException("relations.target: unknown event \"" + r.target() + "\"");
            }
            Node target = iris.event(r.target());
            Node relation = PG.of(r.type().localName());
            em.add(s, relation, target);
            if (r.claim() != null) {
                claim(r.claim(), s, target, relation, r.type() == EventRelation.Type.CONTRADICTS, em, diagnostics,
                        file, line);
            }
        }
        for (Node src : sources(ev.sources(), "sources", diagnostics, file, line)) {
            em.add(s, PG.source, src);
            em.add(s, PROV.wasDerivedFrom, src);
        }
        em.string(s, org.apache.jena.vocabulary.SKOS.editorialNote.asNode(), ev.note());
    }

    private void scope(PolicyEvent ev, Scope sc, Emitter em) {
        Node s = iris.event(ev.id());
        Node n = iris.scope(ev.id());
        em.add(s, PG.scope, n);
        em.type(n, PG.PledgeScope);
        em.string(n, PG.action, sc.action());
        refs(n, PG.technology, "scope.technologies", sc.technologies(), em, EntityKind.TECHNOLOGY,
                EntityKind.PRODUCT);
        refs(n, PG.customer, "scope.customers", sc.customers(), em, EntityKind.ORGANIZATION);
        refs(n, PG.jurisdiction, "scope.jurisdictions", sc.jurisdictions(), em, EntityKind.PLACE);
        em.string(n, PG.condition, sc.condition());
    }

    private void claim(Claim c, Node subject, Node object, Node relation, boolean contradiction, Emitter em,
            Diagnostics diagnostics, String file, int line) {
        Node n = iris.claim(c.id());
        em.type(n, contradiction ? PG.ContradictionClaim : SchemaDO.Claim.asNode());
        em.type(n, SchemaDO.Claim.asNode());
        em.add(n, PG.claimSubject, subject);
        em.add(n, PG.claimObject, object);
        em.add(n, PG.claimRelation, relation);
        claimBody(c, n, em, diagnostics, file, line);
        for (Claim cc : c.counterClaims()) {
            Node m = iris.claim(cc.id());
            em.type(m, PG.CounterClaim);
            em.type(m, SchemaDO.Claim.asNode());
            em.add(m, PG.disputes, n);
            claimBody(cc, m, em, diagnostics, file, line);
        }
    }

    private void claimBody(Claim c, Node n, Emitter em, Diagnostics diagnostics, String file, int line) {
        em.string(n, SchemaDO.text.asNode(), c.text());
        refs(n, PG.claimant, "claim.claimants", c.claimants(), em, AGENTS);
        for (Node src : sources(c.sources(), "claim.sources", diagnostics, file, line)) {
            em.add(n, SchemaDO.appearance.asNode(), src);
            em.add(n, PROV.wasDerivedFrom, src);
        }
    }

    private List<Node> sources(List<SourceRef> refs, String field, Diagnostics diagnostics, String file, int line) {
        return refs.stream().map(r -> {
            if (r.document() != null) {
                Node doc = registry.document(r.document());
                if (doc == null) {
                    throw new IllegalArgumentException(field + ".document: no plain-text article at \""
                            + r.document() + "\" in the data folders");
                }
                return doc;
            }
            Node a = iris.article(r.url());
            if (!r.external() && !registry.hasArticle(a.getURI())) {
                diagnostics.warn(file, line, field + ".url",
                        "no article with this URL in the data (mark it external: true if that is meant);"
                                + " linked all the same: " + r.url());
            }
            return a;
        }).toList();
    }

    private void refs(Node s, Node p, String field, List<String> ids, Emitter em, EntityKind... kinds) {
        for (int i = 0; i < ids.size(); i++) {
            em.add(s, p, registry.entity(iris, field + "[" + i + "]", ids.get(i), kinds));
        }
    }
}
