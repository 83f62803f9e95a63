package org.pledgegraph.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgegraph.model.Claim;
import org.pledgegraph.model.Entity;
import org.pledgegraph.model.EventRelation;
import org.pledgegraph.model.Money;
import org.pledgegraph.model.PolicyEvent;
import org.pledgegraph.model.Scope;
import org.pledgegraph.model.SourceRef;

/** Reads a policy events file ({@code kind: events}). A bad event is reported and left out; the others are kept. */
public final class EventReader {
    private static final Set<String> FIELDS = Set.of("id", "type", "name", "description", "actors", "concerns",
            "products", "technologies", "jurisdictions", "laws", "date", "start", "end", "endDerivation",
            "duration", "openEnded", "money", "scope", "relations", "sources", "note");
    private static final Pattern DURATION = Pattern.compile("-?P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

    private EventReader() {
    }

    /** The events of one file and the errors of the events left out. */
    public record Result(List<Located<PolicyEvent>> events, List<InputException> errors) {
    }

    static boolean isEvents(YamlNode root) {
        return root.isMapping() && "events".equals(root.string("kind"));
    }

    static Result read(YamlNode root, Diagnostics diagnostics) {
        root.warnUnknown(diagnostics, Set.of("kind", "events"));
        List<Located<PolicyEvent>> out = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode e : root.list("events")) {
            try {
                PolicyEvent event = event(e, diagnostics);
                if (!ids.add(event.id())) {
                    throw e.get("id").error("duplicate id \"" + event.id() + "\"");
                }
                out.add(new Located<>(event, e.file(), e.line()));
            } catch (InputException ex) {
                errors.add(ex);
            }
        }
        return new Result(out, errors);
    }

    private static PolicyEvent event(YamlNode e, Diagnostics diagnostics) {
        e.warnUnknown(diagnostics, FIELDS);
        String id = e.requiredString("id");
        if (!Entity.isSlug(id)) {
            throw e.get("id").error("\"" + id + "\" is not a slug (lower-case letters, digits, single hyphens)");
        }
        String typeName = e.requiredString("type");
        PolicyEvent.Type type = PolicyEvent.Type.of(typeName);
        if (type == null) {
            throw e.get("type").error("unknown event type \"" + typeName + "\", expected one of Pledge, Moratorium,"
                    + " Policy, Contract, CourtRuling, Lawsuit, Bill, Statement");
        }
        String duration = e.string("duration");
        if (duration != null && !DURATION.matcher(duration).matches()) {
            throw e.get("duration").error("not an xsd:duration such as P1Y: \"" + duration + "\"");
        }
        List<Money> money = new ArrayList<>();
        for (YamlNode m : e.list("money")) {
            money.add(money(m, diagnostics));
        }
        Scope scope = null;
        YamlNode s = e.get("scope");
        if (s != null) {
            s.warnUnknown(diagnostics, Set.of("action", "technologies", "customers", "jurisdictions", "condition"));
            scope = new Scope(s.string("action"), s.strings("technologies"), s.strings("customers"),
                    s.strings("jurisdictions"), s.string("condition"));
        }
        List<EventRelation> relations = new ArrayList<>();
        for (YamlNode r : e.list("relations")) {
            r.warnUnknown(diagnostics, Set.of("type", "target", "claim"));
            String rt = r.requiredString("type");
            EventRelation.Type relType = EventRelation.Type.of(rt);
            if (relType == null) {
                throw r.get("type").error("unknown relation \"" + rt + "\", expected extends, contradicts or respondsTo");
            }
            YamlNode c = r.get("claim");
            relations.add(new EventRelation(relType, r.requiredString("target"),
                    c == null ? null : claim(c, diagnostics, true)));
        }
        List<SourceRef> sources = sources(e, diagnostics);
        if (sources.isEmpty()) {
            throw new InputException(e.file(), e.line(), e.path() + ".sources", "missing: an event needs a source");
        }
        List<String> actors = e.strings("actors");
        if (actors.isEmpty()) {
            throw new InputException(e.file(), e.line(), e.path() + ".actors", "missing: an event needs an actor");
        }
        return new PolicyEvent(id, type, e.requiredString("name"), e.string("description"), actors,
                e.strings("concerns"), e.strings("products"), e.strings("technologies"), e.strings("jurisdictions"),
                e.strings("laws"), CatalogReader.date(e, "date"), CatalogReader.date(e, "start"),
                CatalogReader.date(e, "end"), e.string("endDerivation"), duration, e.bool("openEnded"), money, scope,
                relations, sources, e.string("note"));
    }

    private static Money money(YamlNode m, Diagnostics diagnostics) {
        m.warnUnknown(diagnostics, Set.of("amount", "multiplier", "currency", "approximate"));
        BigDecimal amount = decimal(m, "amount");
        if (amount == null) {
            throw m.error("an amount needs a value at amount");
        }
        BigDecimal multiplier = decimal(m, "multiplier");
        if (multiplier != null) {
            amount = amount.multiply(multiplier);
        }
        try {
            return new Money(amount.stripTrailingZeros(), m.requiredString("currency"),
                    Boolean.TRUE.equals(m.bool("approximate")));
        } catch (IllegalArgumentException ex) {
            throw m.error(ex.getMessage());
        }
    }

    private static BigDecimal decimal(YamlNode n, String key) {
        String s = n.string(key);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException ex) {
            throw n.get(key).error("not a number: \"" + s + "\"");
        }
    }

    private static Claim claim(YamlNode c, Diagnostics diagnostics, boolean allowCounter) {
        c.warnUnknown(diagnostics, allowCounter ? Set.of("id", "text", "claimants", "sources", "counterClaims")
                : Set.of("id", "text", "claimants", "sources"));
        String id = c.requiredString("id");
        if (!Entity.isSlug(id)) {
            throw c.get("id").error("\"" + id + "\" is not a slug");
        }
        List<String> claimants = c.strings("claimants");
        if (claimants.isEmpty()) {
            throw new InputException(c.file(), c.line(), c.path() + ".claimants", "missing: a claim needs a claimant");
        }
        List<SourceRef> sources = sources(c, diagnostics);
        if (sources.isEmpty()) {
            throw new InputException(c.file(), c.line(), c.path() + ".sources", "missing: a claim needs a source");
        }
        List<Claim> counters = new ArrayList<>();
        for (YamlNode cc : c.list("counterClaims")) {
            counters.add(claim(cc, diagnostics, false));
        }
        return new Claim(id, c.string("text"), claimants, sources, counters);
    }

    private static List<SourceRef> sources(YamlNode n, Diagnostics diagnostics) {
        List<SourceRef> out = new ArrayList<>();
        for (YamlNode s : n.list("sources")) {
            s.warnUnknown(diagnostics, Set.of("url", "document", "external"));
            String url = Urls.optional(s, "url");
            String doc = s.string("document");
            if ((url == null) == (doc == null)) {
                throw s.error("a source names exactly one of url or document");
            }
            boolean external = Boolean.TRUE.equals(s.bool("external"));
            if (external && url == null) {
                throw s.error("only a url source can be external");
            }
            out.add(url == null ? SourceRef.document(doc) : external ? SourceRef.external(url) : SourceRef.url(url));
        }
        return out;
    }
}
