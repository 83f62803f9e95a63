package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.store.QueryLibrary;

/** The query page's parameter forms: library queries bound on the server, as the query command binds them. */
class BoundQueryTest {
    private static PledgeServer server;
    private static String root;

    @BeforeAll
    static void start() {
        server = PledgeServer.builder().dataset(TestData.indexed()).port(0)
                .examples(QueryLibrary.load().all()).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> bind(String name, String param, String value) {
        return Http.get(root + "/queries/" + name + ".rq?" + param + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8), "text/plain");
    }

    @Test
    void bindsADateAsATypedLiteralInTheParsedQuery() {
        HttpResponse<String> r = bind("in-force-on", "date", "2021-01-01");
        assertEquals(200, r.statusCode(), r.body());
        Query bound = QueryFactory.create(r.body());
        assertTrue(r.body().contains("\"2021-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>"), r.body());
        assertFalse(bound.toString().contains("?date "), "the variable is replaced by the value: " + r.body());
    }

    @Test
    void rejectsAValueThatTriesToInjectSparql() {
        HttpResponse<String> r = bind("in-force-on", "date", "2021-01-01\" ) } UNION { ?s ?p ?o } #");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("date"), r.body());
    }

    @Test
    void saysWhichParameterIsMissingAndGivesItsExample() {
        HttpResponse<String> r = bind("in-force-on", "date", "  ");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("date=2021-01-01"), r.body());
    }

    @Test
    void answers404ForAnUnknownQuery() {
        assertEquals(404, bind("no-such-query", "x", "1").statusCode());
    }

    @Test
    void offersAFormWithTheExampleValuesOnThePage() {
        String page = Http.get(root + "/", "text/html").body();
        assertTrue(page.contains("<form class=\"bind\" method=\"get\" action=\"/queries/in-force-on.rq\">"), page);
        assertTrue(page.contains("<input name=\"date\" value=\"2021-01-01\">"), page);
    }
}
