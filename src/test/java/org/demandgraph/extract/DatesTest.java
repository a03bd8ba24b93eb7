package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static List<String> dates(String text) {
        return Dates.in(new Sentence(0, text.length(), text, 0)).stream()
                .map(d -> (d.since() ? "since " : "") + d.when().lexical() + " " + d.when().precision()
                        + (d.until() == null ? "" : " to " + d.until().lexical() + " " + d.until().precision())).toList();
    }

    @Test
    void everyPrecision() {
        assertEquals(List.of("2014-02 YEAR_MONTH"), dates("In February 2014, police arrested 11 men."));
        assertEquals(List.of("2014-02 YEAR_MONTH"), dates("in February, 2014, a coach resigned."));
        assertEquals(List.of("2016-03 YEAR_MONTH"), dates("In March of 2016, a sting."));
        assertEquals(List.of("2015-03-14 DAY"), dates("On March 14, 2015, a sting."));
        assertEquals(List.of("2015-09-03 DAY"), dates("On Sept. 3rd, 2015, a sting."));
        assertEquals(List.of("2008 YEAR"), dates("In 2008, NPD detectives implemented a web sting."));
        assertEquals(List.of("2010 YEAR"), dates("During Summer 2010, a sweep."));
        assertEquals(List.of("2010 YEAR"), dates("In the summer of 2010, a sweep."));
    }

    @Test
    void sinceDeadlinesRangesAndNonYears() {
        assertEquals(List.of("since 1978 YEAR"), dates("Officers have conducted stings since 1978."));
        assertEquals(List.of("since 2003 YEAR"), dates("reverse stings since at least 2003"));
        assertEquals(List.of(), dates("Officers aim to expand to 12 cameras by June 2013."));
        assertEquals(List.of(), dates("The program ran until 2012."));
        assertEquals(List.of("2012 YEAR"), dates("a 2012 sting of men aged 17 to 57"));
    }

    @Test
    void rangesKeepBothEndsAtTheirOwnPrecision() {
        assertEquals(List.of("2010 YEAR to 2012 YEAR"), dates("between 2010 and 2012"));
        assertEquals(List.of("2010 YEAR to 2012 YEAR"), dates("from 2010 to 2012"));
        assertEquals(List.of("2006 YEAR to 2009 YEAR"), dates("a diversion class ran from about 2006-2009"));
        assertEquals(List.of("2018-05-02 DAY to 2018-06-20 DAY"), dates("From May 2 to June 20, 2018, deputies ran Operation Lantern."));
        assertEquals(List.of("2011-08 YEAR_MONTH to 2012-04 YEAR_MONTH"), dates("between August 2011 and April 2012"));
        assertEquals(List.of("2004 YEAR to 2005 YEAR"), dates("Between 2004 and 2005, officers ran a class."));
        assertEquals(List.of(), dates("from 2012 to 2010"), "an end before the start is no range");
        assertEquals(List.of(), dates("using part of the $150,000 grant at Motel 6 on Route 75"));
        assertEquals(List.of(), dates("a 2000-year-old law"));
        assertEquals(List.of("2012 YEAR"), dates("a 2012 sting of men aged 17 to 57"));
    }
}
