package org.pledgegraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The pledge timeline: every policy event on a shared time axis, one row per organization, drawn from the rows of
 * the SPARQL query in {@code pledgegraph/timeline.rq}. Periods are spans (a moratorium from its start to its end, an
 * open-ended pledge to the end of the axis), month- and year-precision dates are month- and year-wide blocks, days
 * are dots, undated events sit in their own lane; "extends", "contradicts" and "responds to" are drawn between
 * events by the page's script. Every event element carries {@code data-event-iri}.
 */
final class Timeline {
    static final String QUERY_RESOURCE = "/pledgegraph/timeline.rq";
    static final String QUERY = readQuery();

    /** Plot width in pixels, lane height, and the width of a character of a label (12px sans-serif, generously). */
    private static final int PLOT_W = 1100;
    private static final int LANE_H = 40;
    private static final double CHAR_W = 6.6;
    private static final int GAP = 14;
    private static final int MAX_NAME = 52;

    /** Known event types in the order the legend lists them; other types follow, by name. */
    private static final List<String> TYPE_ORDER = List.of("Pledge", "Moratorium", "Policy", "Contract",
            "CourtRuling", "Lawsuit", "BillIntroduction", "Statement");
    /** The order in which an event's type is picked when it has several: the more specific first. */
    private static final List<String> SPECIFIC_FIRST = List.of("Moratorium", "Pledge", "Policy", "Contract",
            "CourtRuling", "Lawsuit", "BillIntroduction", "Statement");

    /** The relations drawn between events: the key in the query's rows, the data attribute, the legend label. */
    private static final String[][] RELATIONS = {{"extends", "extends", "extends"},
        {"contradicts", "contradicts", "contradicts"}, {"respondsTo", "responds-to", "responds to"}};

    record Actor(String iri, String name) {
    }

    /** One event as the query's rows describe it. */
    static final class Event {
        final String iri;
        String name;
        final Set<String> types = new LinkedHashSet<>();
        Dates.Period date;
        Dates.Period start;
        Dates.Period end;
        boolean openEnded;
        final Map<String, Actor> actors = new LinkedHashMap<>();
        final Set<String> persons = new LinkedHashSet<>();
        final Map<String, String> sources = new LinkedHashMap<>();
        final Map<String, Set<String>> relations = new LinkedHashMap<>();

        Event(String iri) {
            this.iri = iri;
        }

        /** Returns the event's type: its most specific known type (a moratorium is also a pledge), else another. */
        String type() {
            for (String t : SPECIFIC_FIRST) {
                if (types.contains(t)) {
                    return t;
                }
            }
            return types.stream().sorted().findFirst().orElse("Event");
        }

        boolean isDated() {
            return date != null || start != null;
        }

        LocalDate from() {
            return start != null ? start.from() : date.from();
        }
    }

    private final List<Event> events;
    /** How many events each actor acts in: the busiest actor of an event gets it in its row. */
    private final Map<String, Integer> eventCounts = new HashMap<>();

    private Timeline(List<Event> events) {
        this.events = events;
        for (Event e : events) {
            for (String a : e.actors.keySet()) {
                eventCounts.merge(a, 1, Integer::sum);
            }
        }
    }

    /** Builds the timeline from the query's rows. */
    static Timeline of(List<Binding> rows) {
        Map<String, Event> byIri = new LinkedHashMap<>();
        for (Binding b : rows) {
            String iri = b.get("event").getURI();
            Event e = byIri.computeIfAbsent(iri, Event::new);
            String key = b.get("key").getLiteralLexicalForm();
            Node value = b.get("value");
            Node label = b.get("label");
            switch (key) {
                case "type" -> e.types.add(Links.localName(value.getURI()));
                case "name" -> e.name = e.name == null ? value.getLiteralLexicalForm() : e.name;
                case "date" -> e.date = e.date == null ? Dates.period(value) : e.date;
                case "start" -> e.start = e.start == null ? Dates.period(value) : e.start;
                case "end" -> e.end = e.end == null ? Dates.period(value) : e.end;
                case "openEnded" -> e.openEnded |= "true".equals(value.getLiteralLexicalForm());
                case "actor" -> e.actors.putIfAbsent(value.getURI(), new Actor(value.getURI(),
                        label == null ? Links.localName(value.getURI()) : label.getLiteralLexicalForm()));
                case "person" -> e.persons.add(value.getURI());
                case "source" -> e.sources.putIfAbsent(value.getURI(),
                        label == null ? null : label.getLiteralLexicalForm());
                default -> e.relations.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value.getURI());
            }
        }
        return new Timeline(new ArrayList<>(byIri.values()));
    }

    List<Event> events() {
        return events;
    }

    // ---- layout ----

    /** An event placed on the axis: its element's box, its mark inside it, and its label's offset. */
    private record Placed(Event event, String markKind, int left, int width, int markLeft, int markWidth,
            int labelLeft, String label, String when, int lane) {
    }

    /** Renders the page; {@code sparqlPath} is where the query can be run, e.g. {@code /pledgegraph/sparql}. */
    byte[] render(Links links, String sparqlPath) {
        List<Event> dated = events.stream().filter(Event::isDated).toList();
        List<Event> undated = events.stream().filter(e -> !e.isDated())
                .sorted(Comparator.comparing((Event e) -> primary(e) == null ? "" : primary(e).name())
                        .thenComparing(e -> e.name == null ? e.iri : e.name)).toList();

        LocalDate axisStart = null;
        LocalDate axisEnd = null;
        for (Event e : dated) {
            for (Dates.Period p : new Dates.Period[] {e.date, e.start, e.end}) {
                if (p == null) {
                    continue;
                }
                axisStart = axisStart == null || p.from().isBefore(axisStart) ? p.from() : axisStart;
                LocalDate until = e.openEnded ? p.until().plusMonths(6) : p.until();
                axisEnd = axisEnd == null || until.isAfter(axisEnd) ? until : axisEnd;
            }
        }
        Html h = Layout.page("Timeline", null, "timeline");
        h.raw("<h1>Pledges on a timeline</h1>\n<p class=\"lead\">Every pledge, moratorium, policy, contract, ruling, "
                + "lawsuit, bill and statement in the data, one row per organization. Hover or focus an event for "
                + "its sources; click it for its page.</p>\n");
        filters(h);
        legend(h);
        h.raw("<div id=\"chart\" class=\"chart\">\n");
        h.raw("<svg class=\"links\" aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\"><defs>");
        for (String[] r : RELATIONS) {
            h.raw("<marker id=\"arrow-" + r[1] + "\" class=\"rel-" + r[1] + "\" viewBox=\"0 0 10 10\" refX=\"9\" "
                    + "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                    + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker>");
        }
        h.raw("</defs></svg>\n");
        if (axisStart != null) {
            LocalDate start = LocalDate.of(axisStart.getYear(), 1, 1);
            LocalDate end = axisEnd.getDayOfYear() == 1 ? axisEnd : LocalDate.of(axisEnd.getYear() + 1, 1, 1);
            // The year lines span the dated rows only, not the undated lane.
            h.raw("<div class=\"dated\">\n");
            axis(h, start, end);
            rows(h, links, dated, start, end);
            h.raw("</div>\n");
        }
        undatedLane(h, links, undated);
        h.raw("</div>\n");
        h.raw("<details class=\"query\"><summary>How this page is made</summary>\n<p>The timeline is drawn from the "
                + "rows of this SPARQL query, run over the same data as the ")
                .link(sparqlPath, "SPARQL endpoint").raw(" (")
                .link(sparqlPath + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8), "run it there")
                .raw("), so new events appear without code changes.</p>\n<pre>").text(QUERY).raw("</pre>\n</details>\n");
        h.raw("<script src=\"/timeline.js\"></script>\n");
        return Layout.end(h).getBytes(StandardCharsets.UTF_8);
    }

    private void filters(Html h) {
        Map<String, Actor> actors = new TreeMap<>();
        for (Event e : events) {
            for (Actor a : e.actors.values()) {
                actors.putIfAbsent(a.name().toLowerCase(Locale.ROOT) + " " + a.iri(), a);
            }
        }
        h.raw("<form class=\"filters\" id=\"filters\" action=\"#\">\n<label>Organization or person "
                + "<select id=\"filter-actor\">\n<option value=\"\">all</option>\n");
        for (Actor a : actors.values()) {
            h.element("option", a.name() + " (" + eventCounts.get(a.iri()) + ")", "value", a.iri()).raw("\n");
        }
        h.raw("</select></label>\n<fieldset><legend>Event types</legend>\n");
        Map<String, Integer> types = new LinkedHashMap<>();
        for (String t : TYPE_ORDER) {
            types.put(t, 0);
        }
        for (Event e : events) {
            types.merge(e.type(), 1, Integer::sum);
        }
        for (var t : types.entrySet()) {
            if (t.getValue() == 0) {
                continue;
            }
            h.raw("<label class=\"type\">").open("input", "type", "checkbox", "name", "type", "value", t.getKey(),
                    "checked", "checked").open("span", "class", "swatch " + typeClass(t.getKey())).close("span")
                    .text(typeLabel(t.getKey()) + " (" + t.getValue() + ")").raw("</label>\n");
        }
        h.raw("</fieldset>\n</form>\n");
    }

    private static void legend(Html h) {
        h.raw("<ul class=\"legend\">\n<li><span class=\"key-span\"></span> in force from start to end</li>\n"
                + "<li><span class=\"key-open\"></span> open-ended (no end stated)</li>\n"
                + "<li><span class=\"key-month\"></span> a month (or year) when that is all the sources say</li>\n"
                + "<li><span class=\"key-day\"></span> a day</li>\n");
        for (String[] r : RELATIONS) {
            h.raw("<li><svg width=\"34\" height=\"10\" aria-hidden=\"true\"><line class=\"rel-" + r[1]
                    + "\" x1=\"1\" y1=\"5\" x2=\"33\" y2=\"5\"/></svg> ").text(r[2]).raw("</li>\n");
        }
        h.raw("</ul>\n");
    }

    private static void axis(Html h, LocalDate start, LocalDate end) {
        h.raw("<div class=\"row axis\"><div class=\"row-label\"></div><div class=\"lanes\" style=\"height:28px\">");
        for (LocalDate y = start; !y.isAfter(end); y = y.plusYears(1)) {
            int x = x(y, start, end);
            h.raw("<span class=\"year\" style=\"left:" + x + "px\">").text(Integer.toString(y.getYear()))
                    .raw("</span>");
            if (y.isBefore(end)) {
                for (int m = 3; m < 12; m += 3) {
                    h.raw("<span class=\"quarter\" style=\"left:" + x(y.plusMonths(m), start, end) + "px\"></span>");
                }
            }
        }
        h.raw("</div></div>\n<div class=\"grid\" aria-hidden=\"true\">");
        for (LocalDate y = start; !y.isAfter(end); y = y.plusYears(1)) {
            h.raw("<span style=\"left:" + x(y, start, end) + "px\"></span>");
        }
        h.raw("</div>\n");
    }

    private void rows(Html h, Links links, List<Event> dated, LocalDate start, LocalDate end) {
        Map<String, List<Event>> rows = new LinkedHashMap<>();
        Map<String, Actor> rowActors = new HashMap<>();
        List<Event> ordered = new ArrayList<>(dated);
        ordered.sort(Comparator.comparing(Event::from).thenComparing(e -> e.iri));
        for (Event e : ordered) {
            Actor a = primary(e);
            String key = a == null ? "" : a.iri();
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            if (a != null) {
                rowActors.put(key, a);
            }
        }
        for (var row : rows.entrySet()) {
            List<Placed> placed = place(row.getValue(), start, end);
            int lanes = placed.stream().mapToInt(Placed::lane).max().orElse(0) + 1;
            Actor a = rowActors.get(row.getKey());
            h.raw("<div class=\"row\" data-row=\"\">").raw("<div class=\"row-label\">");
            if (a != null) {
                h.link(links.href(a.iri()), a.name(), "title", a.iri());
            } else {
                h.text("no actor stated");
            }
            h.raw("</div><div class=\"lanes\" style=\"height:" + (lanes * LANE_H + 4) + "px\">\n");
            for (Placed p : placed) {
                event(h, links, p);
            }
            h.raw("</div></div>\n");
        }
    }

    private List<Placed> place(List<Event> rowEvents, LocalDate start, LocalDate end) {
        List<Placed> out = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        for (Event e : rowEvents) {
            String kind;
            int x1;
            int x2;
            String when;
            if (e.start != null || e.end != null || (e.openEnded && e.date != null)) {
                Dates.Period from = e.start != null ? e.start : e.date;
                x1 = x(from.from(), start, end);
                if (e.end != null) {
                    kind = "span";
                    x2 = x(e.end.until(), start, end);
                    when = from.display() + " – " + e.end.display();
                } else if (e.openEnded) {
                    kind = "open";
                    x2 = PLOT_W;
                    when = "from " + from.display() + ", open-ended";
                } else {
                    kind = from.isCoarse() ? "month" : "day";
                    x2 = kind.equals("day") ? x1 : x(from.until(), start, end);
                    when = from.display();
                }
                if (e.date != null && e.start != null && !e.date.from().equals(e.start.from())) {
                    when = e.date.display() + "; " + when;
                }
            } else {
                Dates.Period d = e.date;
                x1 = x(d.from(), start, end);
                kind = d.isCoarse() ? "month" : "day";
                x2 = kind.equals("day") ? x1 : x(d.until(), start, end);
                when = d.display();
            }
            int markLeft = kind.equals("day") ? x1 - 6 : x1;
            int markWidth = kind.equals("day") ? 12 : Math.max(6, x2 - x1);
            String name = e.name == null ? Links.localName(e.iri) : e.name;
            String shortName = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1).strip() + "…" : name;
            String label = shortName + " · " + when;
            int labelWidth = (int) Math.ceil(label.length() * CHAR_W);
            int labelLeft = Math.max(0, Math.min(markLeft, PLOT_W - labelWidth));
            int left = Math.min(markLeft, labelLeft);
            int right = Math.max(markLeft + markWidth, labelLeft + labelWidth);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) + GAP > left) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(right);
            } else {
                laneEnds.set(lane, right);
            }
            out.add(new Placed(e, kind, left, right - left, markLeft - left, markWidth, labelLeft - left, label,
                    when, lane));
        }
        return out;
    }

    private void event(Html h, Links links, Placed p) {
        Event e = p.event();
        String href = links.href(e.iri);
        openEvent(h, e, "ev " + typeClass(e.type()), "left:" + p.left() + "px;top:" + (p.lane() * LANE_H + 4)
                + "px;width:" + p.width() + "px");
        h.open("a", "class", "mark " + p.markKind(), "href", href, "tabindex", "-1", "aria-hidden", "true", "style",
                "left:" + p.markLeft() + "px;width:" + p.markWidth() + "px").close("a");
        h.link(href, p.label(), "class", "label", "style", "left:" + p.labelLeft() + "px", "title",
                (e.name == null ? e.iri : e.name) + " — " + p.when());
        card(h, links, e, p.when());
        h.raw("</div>\n");
    }

    private void undatedLane(Html h, Links links, List<Event> undated) {
        if (undated.isEmpty()) {
            return;
        }
        h.raw("<div class=\"row undated\" data-row=\"\"><div class=\"row-label\">Undated<br><small>the sources give "
                + "no date</small></div><div class=\"chips\">\n");
        for (Event e : undated) {
            String href = links.href(e.iri);
            openEvent(h, e, "ev chip " + typeClass(e.type()), null);
            h.open("a", "class", "mark chip-mark", "href", href, "tabindex", "-1", "aria-hidden", "true").close("a");
            Actor a = primary(e);
            String name = e.name == null ? Links.localName(e.iri) : e.name;
            h.link(href, (a == null ? "" : a.name() + ": ") + name, "class", "label");
            card(h, links, e, "undated");
            h.raw("</div>\n");
        }
        h.raw("</div></div>\n");
    }

    private void openEvent(Html h, Event e, String cssClass, String style) {
        List<String> attrs = new ArrayList<>(List.of("class", cssClass, "data-event-iri", e.iri, "data-type",
                e.type(), "data-actors", String.join(" ", e.actors.keySet())));
        for (String[] r : RELATIONS) {
            Set<String> targets = e.relations.get(r[0]);
            if (targets != null && !targets.isEmpty()) {
                attrs.add("data-" + r[1]);
                attrs.add(String.join(" ", targets));
            }
        }
        if (style != null) {
            attrs.add("style");
            attrs.add(style);
        }
        h.open("div", attrs.toArray(new String[0]));
    }

    private void card(Html h, Links links, Event e, String when) {
        h.raw("<div class=\"card\">");
        h.raw("<p class=\"card-title\">").link(links.href(e.iri), e.name == null ? e.iri : e.name).raw("</p>");
        h.raw("<p class=\"meta\">").text(typeLabel(e.type()) + " · " + when).raw("</p>");
        if (!e.actors.isEmpty()) {
            h.raw("<p>");
            boolean first = true;
            for (Actor a : e.actors.values()) {
                h.raw(first ? "" : ", ");
                first = false;
                h.link(links.href(a.iri()), a.name());
            }
            h.raw("</p>");
        }
        for (String[] r : RELATIONS) {
            Set<String> targets = e.relations.get(r[0]);
            if (targets == null) {
                continue;
            }
            for (String t : targets) {
                h.raw("<p class=\"rel\"><span class=\"rel-" + r[1] + "\">").text(r[2]).raw("</span> ");
                h.link(links.href(t), nameOf(t)).raw("</p>");
            }
        }
        if (!e.sources.isEmpty()) {
            h.raw("<p class=\"meta\">Sources</p><ol class=\"card-sources\">");
            for (var s : e.sources.entrySet()) {
                h.raw("<li>").link(links.href(s.getKey()), s.getValue() == null ? Links.localName(s.getKey())
                        : s.getValue()).raw("</li>");
            }
            h.raw("</ol>");
        }
        h.raw("</div>");
    }

    private String nameOf(String iri) {
        for (Event e : events) {
            if (e.iri.equals(iri) && e.name != null) {
                return e.name;
            }
        }
        return Links.localName(iri);
    }

    /** Returns the actor whose row an event is drawn in: an organization before a person, the busiest first. */
    private Actor primary(Event e) {
        return e.actors.values().stream()
                .min(Comparator.comparing((Actor a) -> e.persons.contains(a.iri()) ? 1 : 0)
                        .thenComparing(a -> -eventCounts.getOrDefault(a.iri(), 0))
                        .thenComparing(a -> a.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Actor::iri))
                .orElse(null);
    }

    private static int x(LocalDate d, LocalDate start, LocalDate end) {
        long total = ChronoUnit.DAYS.between(start, end);
        long at = ChronoUnit.DAYS.between(start, d);
        return (int) Math.round(Math.max(0, Math.min(total, at)) * (double) PLOT_W / total);
    }

    static String typeClass(String type) {
        return "t-" + type.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static String typeLabel(String type) {
        return Links.title(type);
    }

    private static String readQuery() {
        try (InputStream in = Timeline.class.getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the timeline query " + QUERY_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + QUERY_RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
