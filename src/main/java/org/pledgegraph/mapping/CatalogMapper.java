package org.pledgegraph.mapping;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.pledgegraph.model.Entity;
import org.pledgegraph.model.EntityKind;
import org.pledgegraph.model.Role;
import org.pledgegraph.vocab.Namespaces;
import org.pledgegraph.vocab.PG;

/** Maps curated catalog entities (organizations, people, products, technologies, laws, places) to triples. */
final class CatalogMapper {
    private static final Map<String, Node> ORGANIZATION_TYPES = Map.of(
            "Corporation", SchemaDO.Corporation.asNode(),
            "GovernmentOrganization", SchemaDO.GovernmentOrganization.asNode(),
            "PoliceForce", PG.PoliceForce,
            "Court", PG.Court,
            "NGO", SchemaDO.NGO.asNode(),
            "NewsMediaOrganization", SchemaDO.NewsMediaOrganization.asNode(),
            "Legislature", PG.Legislature,
            "CustomerGroup", PG.CustomerGroup);
    private static final Map<String, Node> PLACE_TYPES = Map.of(
            "Country", SchemaDO.Country.asNode(),
            "State", SchemaDO.State.asNode(),
            "City", SchemaDO.City.asNode(),
            "AdministrativeArea", SchemaDO.AdministrativeArea.asNode());

    private final Iris iris;
    private final Registry registry;

    CatalogMapper(Iris iris, Registry registry) {
        this.iris = iris;
        this.registry = registry;
    }

    /**
     * Maps {@code e} into {@code em}.
     *
     * @throws IllegalArgumentException when it refers to an entity the catalog does not hold
     */
    void map(Entity e, Emitter em) {
        Node s = iris.entity(e.kind(), e.id());
        Node name = SchemaDO.name.asNode();
        switch (e.kind()) {
            case ORGANIZATION -> {
                em.type(s, SchemaDO.Organization.asNode());
                if (e.type() != null) {
                    em.type(s, ORGANIZATION_TYPES.get(e.type()));
                }
                link(e, "country", s, SchemaDO.location.asNode(), em, EntityKind.PLACE);
                link(e, "parent", s, SchemaDO.parentOrganization.asNode(), em, EntityKind.ORGANIZATION);
            }
            case PERSON -> {
                em.type(s, SchemaDO.Person.asNode());
                for (Role r : e.roles()) {
                    Node org = registry.entity(iris, "roles.organization", r.organization(), EntityKind.ORGANIZATION);
                    Node role = iris.role(e.id(), r.organization(), r.title());
                    em.add(s, SchemaDO.worksFor.asNode(), org);
                    em.add(s, PG.hasRole, role);
                    em.type(role, SchemaDO.OrganizationRole.asNode());
                    em.string(role, SchemaDO.roleName.asNode(), r.title());
                    em.add(role, PG.roleIn, org);
                    em.add(role, PG.roleHolder, s);
                    em.date(role, SchemaDO.startDate.asNode(), r.start());
                    em.date(role, SchemaDO.endDate.asNode(), r.end());
                }
            }
            case PRODUCT -> {
                em.type(s, SchemaDO.Product.asNode());
                link(e, "manufacturer", s, SchemaDO.manufacturer.asNode(), em, EntityKind.ORGANIZATION);
                link(e, "technology", s, SchemaDO.category.asNode(), em, EntityKind.TECHNOLOGY);
            }
            case TECHNOLOGY -> {
                em.type(s, SKOS.Concept.asNode());
                em.english(s, SKOS.prefLabel.asNode(), e.name());
                em.add(s, SKOS.inScheme.asNode(), iris.technologyScheme());
                em.type(iris.technologyScheme(), SKOS.ConceptScheme.asNode());
                em.english(iris.technologyScheme(), SKOS.prefLabel.asNode(), "Technologies");
                for (String a : e.aliases()) {
                    em.english(s, SKOS.altLabel.asNode(), a);
                }
                link(e, "broader", s, SKOS.broader.asNode(), em, EntityKind.TECHNOLOGY);
            }
            case LAW -> {
                em.type(s, SchemaDO.Legislation.asNode());
                if ("Bill".equals(e.type())) {
                    em.type(s, PG.Bill);
                }
                em.string(s, SchemaDO.legislationType.asNode(), e.type());
                link(e, "jurisdiction", s, SchemaDO.legislationJurisdiction.asNode(), em, EntityKind.PLACE);
                em.date(s, SchemaDO.legislationDate.asNode(), e.date());
            }
            case PLACE -> {
                em.type(s, SchemaDO.Place.asNode());
                if (e.type() != null) {
                    em.type(s, PLACE_TYPES.get(e.type()));
                }
                link(e, "containedIn", s, SchemaDO.containedInPlace.asNode(), em, EntityKind.PLACE);
            }
        }
        em.string(s, name, e.name());
        for (String a : e.aliases()) {
            em.string(s, SchemaDO.alternateName.asNode(), a);
        }
        em.string(s, SchemaDO.description.asNode(), e.description());
        em.uri(s, SchemaDO.url.asNode(), e.url());
        if (e.wikidata() != null) {
            em.add(s, OWL.sameAs.asNode(), NodeFactory.createURI(Namespaces.WIKIDATA + e.wikidata()));
        }
        em.string(s, SKOS.editorialNote.asNode(), e.note());
    }

    private void link(Entity e, String field, Node s, Node p, Emitter em, EntityKind kind) {
        String id = e.links().get(field);
        if (id != null) {
            em.add(s, p, registry.entity(iris, field, id, kind));
        }
    }

}
