package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.store.SeedGraph.column;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The answer of every library query on the seed data in {@code data/}, and on small graphs made for the edges. */
class LibraryAnswersTest {
    private static final QueryLibrary LIBRARY = QueryLibrary.load();

    private static List<Map<String, String>> run(String name, String... params) {
        return run(SeedGraph.dataset(), name, params);
    }

    private static List<Map<String, String>> run(Dataset ds, String name, String... params) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            values.put(params[i], params[i + 1]);
        }
        List<Map<String, String>> rows = SeedGraph.rows(ds, LIBRARY.get(name).orElseThrow().bind(values,
                SeedGraph.BASE));
        // GROUP_CONCAT of nothing is "" for some engines and unbound for others (Jena); both show as empty.
        rows.forEach(r -> r.values().removeIf(String::isEmpty));
        return rows;
    }

    /** Returns a row; keys with an empty value are left out, like unbound values. */
    private static Map<String, String> row(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (!keyValues[i + 1].isEmpty()) {
                m.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    /** Returns a small indexed dataset of TriG with the prefixes pg, schema, xsd and {@code :} for the base. */
    private static Dataset graph(String trig) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString("""
                PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                PREFIX schema: <https://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX : <https://w3id.org/pledgegraph/>
                """ + trig, Lang.TRIG).parse(dsg);
        return Datasets.indexedCopy(dsg);
    }

    @Test
    void pledgeTimelineListsEveryEventInDateOrderUndatedLast() {
        List<Map<String, String>> rows = run("pledge-timeline");
        assertEquals(16, rows.size());
        assertEquals(List.of("pgr:event/2020-06-08-ibm-exits-facial-recognition",
                "pgr:event/2020-06-08-justice-in-policing-act",
                "pgr:event/2020-06-10-amazon-rekognition-moratorium",
                "pgr:event/2020-06-11-microsoft-police-facial-recognition-pledge",
                "pgr:event/2020-06-17-aclu-releases-microsoft-dea-emails",
                "pgr:event/2020-08-court-of-appeal-south-wales-police-ruling",
                "pgr:event/2020-09-ibm-one-to-many-matching-statement",
                "pgr:event/2021-05-18-amazon-extends-rekognition-moratorium",
                "pgr:event/2023-08-ibm-home-office-biometrics-contract",
                "pgr:event/aclu-illinois-biometric-privacy-lawsuit",
                "pgr:event/aclu-public-records-lawsuit-dea-emails",
                "pgr:event/aclu-says-amazon-moratorium-falls-short",
                "pgr:event/ibm-calls-for-us-export-controls",
                "pgr:event/microsoft-azure-ai-face-police-policy",
                "pgr:event/south-wales-police-resumes-facial-recognition",
                "pgr:event/south-wales-police-suspends-facial-recognition"), column(rows, "event"));
        assertEquals(row("date", "2020-06-08", "precision", "day", "type", "Pledge",
                "event", "pgr:event/2020-06-08-ibm-exits-facial-recognition", "actors", "Arvind Krishna, IBM",
                "sources", "aicur.net, businessinsider.com, forbes.com, gq.com, kitv.com, mashable.com, "
                        + "seeds/002_b9fa2a5927193a27, zdnet.com"), rows.get(0));
        assertEquals(row("date", "2020-06-10", "precision", "day", "type", "Moratorium",
                "event", "pgr:event/2020-06-10-amazon-rekognition-moratorium", "actors", "Amazon",
                "sources", "aicur.net, businessinsider.com, buzzfeednews.com, forbes.com, inc.com, "
                        + "seeds/002_b9fa2a5927193a27, zdnet.com"), rows.get(2));
        assertEquals(row("date", "2023-08", "precision", "month", "type", "Contract",
                "event", "pgr:event/2023-08-ibm-home-office-biometrics-contract", "actors", "IBM, UK government",
                "sources", "aicur.net"), rows.get(8));
        assertEquals(row("type", "Lawsuit", "event", "pgr:event/aclu-illinois-biometric-privacy-lawsuit",
                "actors", "American Civil Liberties Union", "sources", "seeds/002_b9fa2a5927193a27"), rows.get(9));
        assertEquals(List.of("Pledge", "BillIntroduction", "Moratorium", "Pledge", "Statement", "CourtRuling",
                "Statement", "Moratorium", "Contract", "Lawsuit", "Lawsuit", "Statement", "Statement", "Policy",
                "Policy", "Policy"), column(rows, "type"));
    }

    @Test
    void pledgeTimelinePutsAMonthBeforeTheDaysInIt() {
        Dataset ds = graph("""
                :graph\\/e {
                  :event\\/day a pg:PolicyEvent, pg:Statement ; pg:date "2023-08-01"^^xsd:date ;
                      pg:datePrecision "day" ; pg:sortKey "2023-08-01" .
                  :event\\/month a pg:PolicyEvent, pg:Statement ; pg:date "2023-08"^^xsd:gYearMonth ;
                      pg:datePrecision "month" ; pg:sortKey "2023-08" .
                  :event\\/year a pg:PolicyEvent, pg:Statement ; pg:date "2023"^^xsd:gYear ;
                      pg:datePrecision "year" ; pg:sortKey "2023" .
                  :event\\/earlier a pg:PolicyEvent, pg:Statement ; pg:date "2022-12-31"^^xsd:date ;
                      pg:datePrecision "day" ; pg:sortKey "2022-12-31" .
                }
                """);
        assertEquals(List.of("pgr:event/earlier", "pgr:event/year", "pgr:event/month", "pgr:event/day"),
                column(run(ds, "pledge-timeline"), "event"));
    }

    @Test
    void companyTimelineGivesAnOrganizationsEventsAndHowItIsInvolved() {
        List<Map<String, String>> ibm = run("company-timeline", "company", "ibm");
        assertEquals(List.of("pgr:event/2020-06-08-ibm-exits-facial-recognition",
                "pgr:event/2020-09-ibm-one-to-many-matching-statement",
                "pgr:event/2023-08-ibm-home-office-biometrics-contract",
                "pgr:event/ibm-calls-for-us-export-controls"), column(ibm, "event"));
        assertEquals(List.of("actor; actor: Arvind Krishna; product: IBM general purpose facial recognition and"
                + " analysis software", "actor", "actor; product: Home Office Biometrics Matcher Platform", "actor"),
                column(ibm, "involvement"));
        assertEquals(List.of("Pledge", "Statement", "Contract", "Statement"), column(ibm, "type"));
        assertEquals("IBM's £54.7 million contract for the Home Office Biometrics Matcher Platform",
                ibm.get(2).get("name"));

        List<Map<String, String>> microsoft = run("company-timeline", "company",
                SeedGraph.BASE + "organization/microsoft");
        assertEquals(List.of("pgr:event/2020-06-11-microsoft-police-facial-recognition-pledge",
                "pgr:event/2020-06-17-aclu-releases-microsoft-dea-emails",
                "pgr:event/microsoft-azure-ai-face-police-policy"), column(microsoft, "event"));
        assertEquals(List.of("actor; actor: Brad Smith", "concerned", "actor; product: Azure AI Face"),
                column(microsoft, "involvement"));
        assertEquals(List.of(), run("company-timeline", "company", "no-such-company"));
    }

    @Test
    void inForceOnTheFirstOfJanuary2021AreTheThreeJune2020Pledges() {
        List<Map<String, String>> rows = run("in-force-on", "date", "2021-01-01");
        assertEquals(List.of(
                row("event", "pgr:event/2020-06-08-ibm-exits-facial-recognition", "type", "Pledge",
                        "actors", "Arvind Krishna, IBM", "from", "2020-06-08", "until", "open-ended",
                        "note", "claimed contradicted by 2023-08-ibm-home-office-biometrics-contract"),
                row("event", "pgr:event/2020-06-10-amazon-rekognition-moratorium", "type", "Moratorium",
                        "actors", "Amazon", "from", "2020-06-10", "until", "2021-06-10",
                        "note", "extended by 2021-05-18-amazon-extends-rekognition-moratorium"),
                row("event", "pgr:event/2020-06-11-microsoft-police-facial-recognition-pledge", "type", "Pledge",
                        "actors", "Brad Smith, Microsoft", "from", "2020-06-11", "until", "open-ended", "note", "")),
                rows);
    }

    private static List<String> inForce(String date) {
        return column(run("in-force-on", "date", date), "event").stream()
                .map(e -> e.substring("pgr:event/".length())).toList();
    }

    @Test
    void inForceOnFollowsStartsEndsAndExtensions() {
        assertEquals(List.of(), inForce("2020-06-07"));
        assertEquals(List.of("2020-06-08-ibm-exits-facial-recognition"), inForce("2020-06-08"));
        assertEquals(List.of("2020-06-08-ibm-exits-facial-recognition", "2020-06-10-amazon-rekognition-moratorium"),
                inForce("2020-06-10"));
        // Between the extension and the original's end both are in force; the original's end day is included.
        assertEquals(List.of("2020-06-08-ibm-exits-facial-recognition", "2020-06-10-amazon-rekognition-moratorium",
                "2020-06-11-microsoft-police-facial-recognition-pledge",
                "2021-05-18-amazon-extends-rekognition-moratorium"), inForce("2021-06-10"));
        List<String> after = List.of("2020-06-08-ibm-exits-facial-recognition",
                "2020-06-11-microsoft-police-facial-recognition-pledge",
                "2021-05-18-amazon-extends-rekognition-moratorium");
        assertEquals(after, inForce("2021-06-11"));
        // Never the 2023 contract, the statements or the undated policies.
        assertEquals(after, inForce("2022-01-01"));
        assertEquals(after, inForce("2024-01-01"));
    }

    @Test
    void inForceOnReadsAMonthStartFromItsFirstDayAndAMonthEndToItsLastDay() {
        Dataset ds = graph("""
                :graph\\/e {
                  :event\\/june a pg:PolicyEvent, pg:Pledge ; schema:startDate "2021-06"^^xsd:gYearMonth ;
                      schema:endDate "2021-06"^^xsd:gYearMonth .
                  :event\\/year a pg:PolicyEvent, pg:Policy ; pg:date "2020"^^xsd:gYear ;
                      schema:endDate "2021"^^xsd:gYear .
                  :event\\/instant a pg:PolicyEvent, pg:Pledge, pg:Moratorium ;
                      pg:date "2021-06-15T23:30:00Z"^^xsd:dateTime ; pg:openEnded true .
                  :event\\/statement a pg:PolicyEvent, pg:Statement ; pg:date "2021-01-01"^^xsd:date .
                  :event\\/undated a pg:PolicyEvent, pg:Policy .
                }
                """);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("2019-12-31", List.of());
        expected.put("2020-01-01", List.of("pgr:event/year"));
        expected.put("2021-05-31", List.of("pgr:event/year"));
        expected.put("2021-06-01", List.of("pgr:event/year", "pgr:event/june"));
        expected.put("2021-06-15", List.of("pgr:event/year", "pgr:event/june", "pgr:event/instant"));
        expected.put("2021-06-30", List.of("pgr:event/year", "pgr:event/june", "pgr:event/instant"));
        expected.put("2021-07-01", List.of("pgr:event/year", "pgr:event/instant"));
        expected.put("2021-12-31", List.of("pgr:event/year", "pgr:event/instant"));
        expected.put("2022-01-01", List.of("pgr:event/instant"));
        expected.forEach((day, events) -> assertEquals(events,
                column(run(ds, "in-force-on", "date", day), "event"), day));
        Map<String, String> june = run(ds, "in-force-on", "date", "2021-06-01").get(1);
        assertEquals(row("event", "pgr:event/june", "type", "Pledge", "actors", "", "from", "2021-06",
                "until", "2021-06", "note", ""), june);
        assertEquals("Moratorium", run(ds, "in-force-on", "date", "2021-06-15").get(2).get("type"));
    }

    @Test
    void contradictedPledgesGiveBothSidesAndTheDaysBetween() {
        List<Map<String, String>> rows = run("contradicted-pledges");
        assertEquals(2, rows.size());
        Map<String, String> ibm = rows.get(0);
        assertEquals("pgr:event/2020-06-08-ibm-exits-facial-recognition", ibm.get("pledge"));
        assertEquals("2020-06-08", ibm.get("pledgeDate"));
        assertEquals("pgr:event/2023-08-ibm-home-office-biometrics-contract", ibm.get("contradictedBy"));
        assertEquals("2023-08", ibm.get("eventDate"));
        assertEquals(String.valueOf(ChronoUnit.DAYS.between(LocalDate.parse("2020-06-08"),
                LocalDate.parse("2023-08-01"))), ibm.get("days"));
        assertEquals("1149", ibm.get("days"));
        assertEquals("from the first day of the month", ibm.get("daysBasis"));
        assertEquals("Liberty Investigates, The Verge", ibm.get("claimants"));
        assertTrue(ibm.get("claimText").startsWith("In 2020, during the surge of the Black Lives Matter movement,"));
        assertEquals("aicur.net", ibm.get("claimSources"));
        assertEquals("IBM, Imtiaz Mufti", ibm.get("counterClaimants"));
        assertTrue(ibm.get("counterText").startsWith("In line with our commitments in 2020, IBM no longer offers"));
        assertEquals("aicur.net", ibm.get("counterSources"));

        Map<String, String> statement = rows.get(1);
        assertEquals("pgr:event/2020-09-ibm-one-to-many-matching-statement", statement.get("pledge"));
        assertEquals("1064", statement.get("days"));
        assertEquals("Carson Masterson", statement.get("claimants"));
        assertEquals("IBM, Imtiaz Mufti", statement.get("counterClaimants"));
    }

    @Test
    void contradictedPledgesCountDaysExactlyForDaysAndFromTheFirstOtherwise() {
        Dataset ds = graph("""
                :graph\\/e {
                  :event\\/a pg:date "2019-12-31"^^xsd:date . :event\\/b pg:date "2024-03-01"^^xsd:date .
                  :event\\/b pg:contradicts :event\\/a .
                  :event\\/c pg:date "2000-02-29"^^xsd:date . :event\\/d pg:date "2100-03-01T08:00:00Z"^^xsd:dateTime .
                  :event\\/d pg:contradicts :event\\/c .
                  :event\\/e pg:date "2020"^^xsd:gYear . :event\\/f pg:date "2021-06-15"^^xsd:date .
                  :event\\/f pg:contradicts :event\\/e .
                }
                """);
        List<Map<String, String>> rows = run(ds, "contradicted-pledges");
        assertEquals(List.of("pgr:event/c", "pgr:event/a", "pgr:event/e"), column(rows, "pledge"));
        assertEquals(List.of(
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.parse("2000-02-29"), LocalDate.parse("2100-03-01"))),
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.parse("2019-12-31"), LocalDate.parse("2024-03-01"))),
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.parse("2020-01-01"), LocalDate.parse("2021-06-15")))),
                column(rows, "days"));
        assertEquals(List.of("both dates are days", "both dates are days", "from the first day of the year"),
                column(rows, "daysBasis"));
    }

    @Test
    void articlesByProviderCountsEachProvidersArticlesPerMonth() {
        List<Map<String, String>> rows = run("articles-by-provider");
        assertEquals(24, rows.size());
        assertEquals(31, rows.stream().mapToInt(r -> Integer.parseInt(r.get("articles"))).sum());
        assertTrue(rows.contains(row("provider", "Mashable", "providerDomain", "mashable.com", "month", "2020-06",
                "articles", "3")));
        assertTrue(rows.contains(row("provider", "Report on Supply Chain Compliance", "month", "2020-06",
                "articles", "1")));
        // 004 has neither date nor provider; it is counted, under empty provider and month.
        assertEquals(row("articles", "1"), rows.get(rows.size() - 1));
        assertEquals(List.of(row("provider", "Business Insider", "providerDomain", "businessinsider.com",
                "month", "2020-06", "articles", "2")), run("articles-by-provider", "domain", "businessinsider.com"));
        assertEquals(List.of(), run("articles-by-provider", "domain", "example.com"));
    }

    @Test
    void mentionsListsTheArticlesNamingAnEntityNewestFirst() {
        List<Map<String, String>> amazon = run("mentions", "entity", "organization/amazon");
        assertEquals(14, amazon.size());
        assertEquals(row("published", "2020-06-25",
                "headline", "IBM, Microsoft and Amazon suspend sales of facial recognition technology",
                "provider", "Report on Supply Chain Compliance",
                "article", "pgr:article/document/seeds/002_b9fa2a5927193a27"), amazon.get(0));
        assertEquals("2020-06-17T14:10:00Z", amazon.get(1).get("published"));
        assertEquals("2020-06-10T16:07:00Z", amazon.get(12).get("published"));
        assertEquals("pgr:article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems-strikes"
                + "-70-million-deal", amazon.get(13).get("article"));
        List<String> published = column(amazon, "published").subList(0, 13);
        assertEquals(published.stream().sorted(java.util.Comparator.reverseOrder()).toList(), published);

        assertEquals(List.of("pgr:article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems"
                + "-strikes-70-million-deal"), column(run("mentions", "entity", "person/imtiaz-mufti"), "article"));
        assertEquals(List.of(), run("mentions", "entity", "person/nobody"));
    }

    @Test
    void searchFindsArticlesByTheirWords() {
        assertEquals(List.of("pgr:article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems"
                + "-strikes-70-million-deal"), column(run("search", "text", "moratorium"), "article"));
        assertEquals(Set.of("pgr:article/businessinsider.com/aclu-calles-amazon-blanket-ban-rekognition-sales-2020-6",
                "pgr:article/document/seeds/002_b9fa2a5927193a27",
                "pgr:article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems-strikes-70-"
                        + "million-deal"), Set.copyOf(column(run("search", "text", "Rekognition"), "article")));
        List<Map<String, String>> dea = run("search", "text", "\"Drug Enforcement Administration\"");
        assertEquals(Set.of("pgr:article/thehill.com/policy/technology/503164-microsoft-tried-to-sell-facial-"
                        + "recognition-technology-to-the-dea-emails",
                "pgr:article/techcrunch.com/2020/06/17/microsoft-dea-facial-recognition"),
                Set.copyOf(column(dea, "article")));
        // Names and descriptions of entities are indexed too, but only articles are answers.
        assertEquals(List.of(), run("search", "text", "Nadella AND Q7426870"));
    }

    @Test
    void provenanceGivesTheEventsFileAndEachSourcesFiles() {
        List<Map<String, String>> rows = run("provenance", "event", "2020-06-10-amazon-rekognition-moratorium");
        assertEquals(row("what", "event", "resource", "pgr:event/2020-06-10-amazon-rekognition-moratorium",
                "title", "Amazon's one-year moratorium on police use of Rekognition", "file", "events/events.yaml"),
                without(rows.get(0), "sha256"));
        assertTrue(rows.get(0).get("sha256").matches("[0-9a-f]{64}"));
        Map<String, Set<String>> files = new LinkedHashMap<>();
        for (Map<String, String> r : rows.subList(1, rows.size())) {
            assertEquals("source", r.get("what"));
            files.computeIfAbsent(r.get("resource"), k -> new TreeSet<>()).add(r.getOrDefault("file", ""));
        }
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("pgr:article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems-strikes-"
                + "70-million-deal", Set.of("seeds/004_533119cc18372630.txt", "seeds/004_533119cc18372630.yaml"));
        expected.put("pgr:article/businessinsider.com/aclu-calles-amazon-blanket-ban-rekognition-sales-2020-6",
                Set.of("seeds/000_f59e8f0e05a165bf.txt", "seeds/003_e56a5ad6e7ac456c.txt"));
        // An outside source: no file of the corpus describes it.
        expected.put("pgr:article/buzzfeednews.com/article/carolinehaskins1/amazon-suspending-facial-recognition-"
                + "police", Set.of(""));
        expected.put("pgr:article/document/seeds/002_b9fa2a5927193a27",
                Set.of("seeds/002_b9fa2a5927193a27.txt", "seeds/002_b9fa2a5927193a27.yaml"));
        expected.put("pgr:article/forbes.com/sites/larrymagid/2020/06/12/ibm-microsoft-and-amazon-not-letting-police-"
                + "use-their-facial-recognition-technology", Set.of("seeds/001_fce6074d693a150c.txt"));
        expected.put("pgr:article/inc.com/jason-aten/why-it-matters-that-microsoft-amazon-will-no-longer-sell-"
                + "facial-recognition-to-police.html", Set.of("seeds/001_fce6074d693a150c.txt"));
        expected.put("pgr:article/zdnet.com/video/ibm-amazon-and-microsoft-halt-sale-of-facial-recognition-tech-to-"
                + "us-law-enforcement", Set.of("seeds/001_fce6074d693a150c.txt"));
        assertEquals(expected, files);
        assertEquals(List.of(), run("provenance", "event", "no-such-event"));
    }

    private static Map<String, String> without(Map<String, String> row, String key) {
        Map<String, String> m = new LinkedHashMap<>(row);
        m.remove(key);
        return m;
    }

    @Test
    void eventsByTypeCountsEachTypeWithItsDatedRange() {
        assertEquals(List.of(
                row("type", "Statement", "events", "4", "withDate", "2", "first", "2020-06-17", "last", "2020-09"),
                row("type", "Policy", "events", "3", "withDate", "0"),
                row("type", "Lawsuit", "events", "2", "withDate", "0"),
                row("type", "Moratorium", "events", "2", "withDate", "2", "first", "2020-06-10", "last", "2021-05-18"),
                row("type", "Pledge", "events", "2", "withDate", "2", "first", "2020-06-08", "last", "2020-06-11"),
                row("type", "BillIntroduction", "events", "1", "withDate", "1", "first", "2020-06-08",
                        "last", "2020-06-08"),
                row("type", "Contract", "events", "1", "withDate", "1", "first", "2023-08", "last", "2023-08"),
                row("type", "CourtRuling", "events", "1", "withDate", "1", "first", "2020-08", "last", "2020-08")),
                run("events-by-type"));
    }

    @Test
    void sourcesByEventCountRanksTheMostCitedArticlesFirst() {
        List<Map<String, String>> rows = run("sources-by-event-count");
        assertEquals(24, rows.size());
        assertEquals("pgr:article/aicur.net/ibm-contradicts-pledge-not-to-develop-facial-recognition-systems-strikes-"
                + "70-million-deal", rows.get(0).get("source"));
        assertEquals("11", rows.get(0).get("events"));
        assertEquals(row("source", "pgr:article/document/seeds/002_b9fa2a5927193a27",
                "headline", "IBM, Microsoft and Amazon suspend sales of facial recognition technology",
                "provider", "Report on Supply Chain Compliance", "published", "2020-06-25", "events", "5",
                "eventIds", "2020-06-08-ibm-exits-facial-recognition, 2020-06-10-amazon-rekognition-moratorium, "
                        + "2020-06-11-microsoft-police-facial-recognition-pledge, "
                        + "aclu-illinois-biometric-privacy-lawsuit, aclu-says-amazon-moratorium-falls-short"),
                rows.get(1));
        assertEquals(row("source", "pgr:article/theverge.com/2021/5/18/22442580/amazon-law-enforcement-police-"
                + "facial-recognition-software-ban", "events", "1",
                "eventIds", "2021-05-18-amazon-extends-rekognition-moratorium"), rows.get(23));
        List<Integer> counts = column(rows, "events").stream().map(Integer::parseInt).toList();
        assertEquals(counts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), counts);
    }

    @Test
    void peopleAndRolesShowsWhoSpokeForWhom() {
        assertEquals(List.of(
                row("person", "pgr:person/arvind-krishna", "name", "Arvind Krishna",
                        "roles", "Chief Executive Officer, IBM", "events", "2020-06-08-ibm-exits-facial-recognition",
                        "claims", ""),
                row("person", "pgr:person/brad-smith", "name", "Brad Smith", "roles", "President, Microsoft",
                        "events", "2020-06-11-microsoft-police-facial-recognition-pledge", "claims", ""),
                row("person", "pgr:person/carson-masterson", "name", "Carson Masterson", "roles", "", "events", "",
                        "claims", "ibm-home-office-contract-contradicts-one-to-many-statement"),
                row("person", "pgr:person/hanna-ziady", "name", "Hanna Ziady", "roles", "", "events", "",
                        "claims", ""),
                row("person", "pgr:person/imtiaz-mufti", "name", "Imtiaz Mufti", "roles", "Spokesperson, IBM",
                        "events", "", "claims", "ibm-denies-home-office-contract-contradicts-2020-pledge, "
                                + "ibm-denies-home-office-contract-contradicts-one-to-many-statement"),
                row("person", "pgr:person/isobel-asher-hamilton", "name", "Isobel Asher Hamilton", "roles", "",
                        "events", "", "claims", ""),
                row("person", "pgr:person/sascha-matuszak", "name", "Sascha Matuszak", "roles", "", "events", "",
                        "claims", ""),
                row("person", "pgr:person/satya-nadella", "name", "Satya Nadella",
                        "roles", "Chief Executive Officer, Microsoft", "events", "", "claims", "")),
                run("people-and-roles"));
    }

    @Test
    void claimsAndCounterclaimsPairEachClaimWithWhatDisputesIt() {
        List<Map<String, String>> rows = run("claims-and-counterclaims");
        assertEquals(List.of("pgr:claim/ibm-home-office-contract-contradicts-2020-pledge",
                "pgr:claim/ibm-home-office-contract-contradicts-one-to-many-statement",
                "pgr:claim/ibm-denies-home-office-contract-contradicts-2020-pledge",
                "pgr:claim/ibm-denies-home-office-contract-contradicts-one-to-many-statement"), column(rows, "claim"));
        assertEquals(List.of("ContradictionClaim", "ContradictionClaim", "CounterClaim", "CounterClaim"),
                column(rows, "kind"));
        assertEquals(List.of("pgr:event/2020-06-08-ibm-exits-facial-recognition",
                "pgr:event/2020-09-ibm-one-to-many-matching-statement", "", ""), column(rows, "object"));
        assertEquals(List.of("contradicts", "contradicts", "", ""), column(rows, "relation"));
        assertEquals(List.of("", "", "pgr:claim/ibm-home-office-contract-contradicts-2020-pledge",
                "pgr:claim/ibm-home-office-contract-contradicts-one-to-many-statement"), column(rows, "disputes"));
        assertEquals(List.of("Liberty Investigates, The Verge", "Carson Masterson", "IBM, Imtiaz Mufti",
                "IBM, Imtiaz Mufti"), column(rows, "claimants"));
        assertEquals(List.of("aicur.net", "aicur.net", "aicur.net", "aicur.net"), column(rows, "appearances"));
    }

    @Test
    void pledgeScopesCanBeNarrowedToATechnology() {
        List<Map<String, String>> rows = run("pledges-by-technology-and-customer");
        assertEquals(List.of("pgr:event/2020-06-08-ibm-exits-facial-recognition",
                "pgr:event/2020-06-10-amazon-rekognition-moratorium",
                "pgr:event/2020-06-11-microsoft-police-facial-recognition-pledge",
                "pgr:event/2021-05-18-amazon-extends-rekognition-moratorium",
                "pgr:event/microsoft-azure-ai-face-police-policy"), column(rows, "event"));
        assertEquals(row("event", "pgr:event/2020-06-10-amazon-rekognition-moratorium", "date", "2020-06-10",
                "actors", "Amazon", "action", "suspend sales of Amazon Rekognition to police for one year",
                "technologies", "Facial recognition", "customers", "US police departments",
                "jurisdictions", "United States"), rows.get(1));
        assertEquals("Facial analysis, Facial recognition", rows.get(0).get("technologies"));
        assertEquals("until the U.S. creates a legal framework for the technology", rows.get(0).get("condition"));
        List<Map<String, String>> analysis = run("pledges-by-technology-and-customer", "technology",
                "facial-analysis");
        assertEquals(List.of("pgr:event/2020-06-08-ibm-exits-facial-recognition"), column(analysis, "event"));
        assertEquals("Facial analysis, Facial recognition", analysis.get(0).get("technologies"));
        assertEquals(List.of(), run("pledges-by-technology-and-customer", "technology", "fingerprint-matching"));
    }

    @Test
    void wikidataLinksListTheVerifiedIdsFirst() {
        List<Map<String, String>> rows = run("wikidata-links");
        Map<String, String> linked = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            if (r.containsKey("wikidataId")) {
                linked.put(r.get("entity"), r.get("wikidataId"));
            }
        }
        assertEquals(Map.ofEntries(Map.entry("pgr:organization/amazon", "Q3884"),
                Map.entry("pgr:organization/aclu", "Q21637"), Map.entry("pgr:organization/dea", "Q622899"),
                Map.entry("pgr:organization/ibm", "Q37156"), Map.entry("pgr:organization/microsoft", "Q2283"),
                Map.entry("pgr:organization/washington-post", "Q166032"),
                Map.entry("pgr:organization/us-congress", "Q11268"), Map.entry("pgr:person/satya-nadella", "Q7426870"),
                Map.entry("pgr:place/illinois", "Q1204"), Map.entry("pgr:place/united-kingdom", "Q145"),
                Map.entry("pgr:place/united-states", "Q30")), linked);
        // Linked entities come first; then every other catalog entity (18 organizations + 8 people + 5 products
        // + 3 places + 4 laws + 5 technologies = 43 in all), never a news provider.
        assertEquals(43, rows.size());
        assertTrue(rows.subList(0, 11).stream().allMatch(r -> r.containsKey("wikidataId")));
        assertEquals(row("kind", "organization", "name", "IBM", "wikidataId", "Q37156",
                "entity", "pgr:organization/ibm"), rows.get(3));
        assertTrue(rows.stream().noneMatch(r -> r.get("entity").startsWith("pgr:provider/")));
    }

    @Test
    void undatedEventsAreTheGapsOfTheTimeline() {
        List<Map<String, String>> rows = run("undated-events");
        assertEquals(List.of("pgr:event/aclu-illinois-biometric-privacy-lawsuit",
                "pgr:event/aclu-public-records-lawsuit-dea-emails",
                "pgr:event/microsoft-azure-ai-face-police-policy",
                "pgr:event/south-wales-police-resumes-facial-recognition",
                "pgr:event/south-wales-police-suspends-facial-recognition",
                "pgr:event/aclu-says-amazon-moratorium-falls-short",
                "pgr:event/ibm-calls-for-us-export-controls"), column(rows, "event"));
        assertEquals(List.of("1", "1", "1", "1", "1", "2", "1"), column(rows, "sources"));
        assertTrue(rows.get(2).get("note").contains("No date: the seeds give none for the policy"));
    }

    @Test
    void eventRelationsListExtensionsResponsesAndContradictions() {
        List<Map<String, String>> rows = run("event-relations");
        List<String> edges = rows.stream().map(r -> r.get("event").substring(10) + " " + r.get("relation") + " "
                + r.get("target").substring(10)).toList();
        assertEquals(List.of(
                "2021-05-18-amazon-extends-rekognition-moratorium extends 2020-06-10-amazon-rekognition-moratorium",
                "2023-08-ibm-home-office-biometrics-contract contradicts 2020-06-08-ibm-exits-facial-recognition",
                "2023-08-ibm-home-office-biometrics-contract contradicts 2020-09-ibm-one-to-many-matching-statement",
                "aclu-says-amazon-moratorium-falls-short respondsTo 2020-06-10-amazon-rekognition-moratorium",
                "south-wales-police-suspends-facial-recognition respondsTo 2020-08-court-of-appeal-south-wales-police-"
                        + "ruling"), edges);
        assertEquals(List.of("2021-05-18", "2023-08", "2023-08", "", ""), column(rows, "date"));
        assertEquals(List.of("2020-06-10", "2020-06-08", "2020-09", "2020-06-10", "2020-08"),
                column(rows, "targetDate"));
    }

    @Test
    void everyLibraryQueryHasATestHere() {
        Set<String> tested = Set.of("pledge-timeline", "company-timeline", "in-force-on", "contradicted-pledges",
                "articles-by-provider", "mentions", "search", "provenance", "events-by-type", "sources-by-event-count",
                "people-and-roles", "claims-and-counterclaims", "pledges-by-technology-and-customer",
                "wikidata-links", "undated-events", "event-relations");
        assertEquals(new TreeSet<>(tested), new TreeSet<>(LIBRARY.all().stream().map(LibraryQuery::name).toList()));
    }
}
