// The job title a byline prints after the name with no comma or dash (without_glued_job()): where a name in capitals
// ends ("By DANIEL OKAFOR Staff Writer") or, in title case, words that are all a job title's ("By Daniel Okafor
// Senior Reporter"). Every line is invented.
#include "byline_rows.hpp"

using namespace archive;
using archive::test::BylineRow;
using archive::test::check_byline_rows;

TEST_CASE("a job title glued after a name in capitals is no part of it", "[classify][byline][glued_jobs]") {
    check_byline_rows({
        {"By DANIEL OKAFOR Staff Writer", "en", {"DANIEL OKAFOR"}}, // en: the rule's case
        {"By MARTA KOWALCZYK Senior Reporter", "en", {"MARTA KOWALCZYK"}},
        {"By JANE ROE Correspondent in Rome", "en", {"JANE ROE"}},
        {"Por ANA SOUZA Repórter", "pt", {"ANA SOUZA"}},       // pt
        {"Por LUCÍA GÓMEZ Redactora", "es", {"LUCÍA GÓMEZ"}},   // es
        {"Von ANNA MUSTER Redakteurin", "de", {"ANNA MUSTER"}}, // de
        // a name in capitals alone, or a name of capitals then another in title case, stays whole
        {"By DANIEL OKAFOR", "en", {"DANIEL OKAFOR"}},
        {"By DANIEL OKAFOR and Jane Roe", "en", {"DANIEL OKAFOR", "Jane Roe"}},
    });
}

TEST_CASE("job title words after a name in title case are no part of it", "[classify][byline][glued_jobs]") {
    check_byline_rows({
        {"By Daniel Okafor Staff Writer", "en", {"Daniel Okafor"}}, // en
        {"By Daniel Okafor Senior Reporter", "en", {"Daniel Okafor"}},
        {"Von Anna Muster Redakteurin", "de", {"Anna Muster"}},     // de
        {"Par Jeanne Morel Journaliste", "fr", {"Jeanne Morel"}},   // fr
        {"Di Marco Rossi Corrispondente", "it", {"Marco Rossi"}},   // it
        // a word that is no job title's stays with the name
        {"By Daniel Okafor Walker", "en", {"Daniel Okafor Walker"}},
    });
}
