// The agencies an article's credit line names together: joined by a word ("Fuente: Télam y NA", "(AFP y EFE)") and
// framed by a phrase before or after them ("The Associated Press contributed to this report.", "Mit Material von dpa
// und AFP"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "credit_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

TEST_CASE("agencies joined by a word in a labelled tag are all credited", "[classify][agency][agency_credits]") {
    check_tags({
        {"Fuente: Télam y NA", {"telam", "na"}}, // es: the rule's case
        {"Fuente: EFE y Europa Press", {"efe", "europa-press"}},
        {"Quelle: dpa und AFP", {"dpa", "afp"}},    // de
        {"Source : AFP et Reuters", {"afp", "reuters"}}, // fr
        {"Fonte: ANSA e AGI", {"ansa", "agi"}},       // it
        {"Źródło: PAP i Reuters", {"pap", "reuters"}}, // pl
        {"(AFP y EFE)", {"afp", "efe"}},
        {"Fuente: Télam", {"telam"}},
        {"Fuente: Ministerio de Salud y EFE", {}}, // a piece that is no agency
        {"Quelle: Polizei und dpa", {}},
    });
}

TEST_CASE("agencies framed by a credit's phrase are the text's source", "[classify][agency][agency_credits]") {
    check_tags({
        {"The Associated Press contributed to this report.", {"ap"}}, // en: the rule's case
        {"Reuters and AFP contributed reporting.", {"reuters", "afp"}},
        {"Reuters, AFP and The Canadian Press contributed to this story.", {"reuters", "afp", "cp"}},
        {"Additional reporting by Reuters", {"reuters"}},
        {"Mit Material von dpa und AFP", {"dpa", "afp"}}, // de
        {"Mit Material der dpa", {"dpa"}},
        {"Avec AFP et Reuters", {"afp", "reuters"}}, // fr
        {"L'AFP a contribué à cet article.", {"afp"}},
        {"Con información de EFE y Europa Press", {"efe", "europa-press"}}, // es
        {"L'ANSA ha contribuito a questo articolo.", {"ansa"}},             // it
        {"Com informações da Lusa e da AFP", {"lusa", "afp"}},             // pt
        {"Com Lusa e AFP", {"lusa", "afp"}},
        {"Met ANP en Belga", {"anp", "belga"}}, // nl
        // no agency between the phrases: a sentence of the text
        {"The mayor and the harbour master contributed to this report.", {}},
        {"Mit Material von der Stadtverwaltung", {}},
        {"Avec ses voisins et ses amis", {}},
        {"Reuters contributed", {"reuters"}},
        {"Reuters contributed to the harbour's new survey of the bay.", {}},
    });
}

TEST_CASE("a closing agency credit leaves the body for the source tag", "[classify][agency][agency_credits]") {
    for (const TagRow& r : {TagRow{"The Associated Press contributed to this report.", {"ap"}},
                            TagRow{"Reuters and AFP contributed reporting.", {"reuters", "afp"}},
                            TagRow{"Mit Material von dpa und AFP", {"dpa", "afp"}}}) {
        INFO(r.line);
        const std::string page = std::string("Harbour ferry line to reopen after repairs\n"
                                             "The ferry line between the two harbours will reopen on Monday after "
                                             "four months of repairs, the port said on Friday.\n"
                                             "The repairs cost more than the port had planned and took two months "
                                             "longer than the contract allowed.\n") +
                                 r.line + "\n";
        const Article a = parse(page, "page.txt");
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.line);
        CHECK(a.source_tag->agencies == r.agencies);
        for (const auto& s : a.sections)
            for (const auto& paragraph : s.paragraphs)
                CHECK(paragraph != r.line);
    }
}

TEST_CASE("an Italian closing credit naming the agencies' reports or material is the text's source",
          "[classify][agency][agency_credits][probe100]") {
    check_tags({
        {"Con informazioni di ATS e ANSA", {"ats", "ansa"}}, // it: the rule's case
        {"Con materiale di Reuters", {"reuters"}},
        {"Con fonti ANSA", {"ansa"}},
        {"Con información de EFE y Télam", {"efe", "telam"}}, // es, as before
        // no agency after the phrase: a sentence of the text
        {"Con informazioni di prima mano dei residenti", {}},
        {"Con materiale di recupero del cantiere", {}},
    });
}
