package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static Dates.Period period(String lex, XSDDatatype dt) {
        return Dates.period(NodeFactory.createLiteralDT(lex, dt));
    }

    @Test
    void keepsThePrecisionOfEachDatatype() {
        Dates.Period year = period("2020", XSDDatatype.XSDgYear);
        assertEquals("2020", year.display());
        assertEquals(LocalDate.of(2021, 1, 1), year.until());
        Dates.Period month = period("2023-08", XSDDatatype.XSDgYearMonth);
        assertEquals("August 2023", month.display());
        assertEquals(LocalDate.of(2023, 8, 1), month.from());
        assertEquals(LocalDate.of(2023, 9, 1), month.until());
        assertEquals("8 June 2020", period("2020-06-08", XSDDatatype.XSDdate).display());
        assertEquals("9 June 2020, 18:02 UTC", period("2020-06-09T18:02:00Z", XSDDatatype.XSDdateTime).display());
        assertEquals("9 June 2020, 10:02 -08:00",
                period("2020-06-09T10:02:00-08:00", XSDDatatype.XSDdateTime).display());
    }

    @Test
    void showsOtherLiteralsAsWritten() {
        assertEquals("P1Y", Dates.display(NodeFactory.createLiteralDT("P1Y", XSDDatatype.XSDduration)));
        assertEquals("2020-13", Dates.display(NodeFactory.createLiteralDT("2020-13", XSDDatatype.XSDgYearMonth)));
    }
}
