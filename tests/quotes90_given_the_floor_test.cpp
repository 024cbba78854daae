// A person first met after a phrase handing them the floor (session 52, probe74 Q8): "Poi è toccato a X. Il leader
// del partito ha accusato ...", "Then it was the turn of X. The party's leader said ...": the name is the one the
// next sentence's role describes, as a subject's would be. Invented pages.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a name after a phrase handing over the floor is the next sentence's described speaker",
          "[quotes][quotes90]") {
    struct Row {
        const char* lang;
        std::vector<std::string> paragraphs;
        const char* quote;
        const char* name;
    };
    const std::vector<Row> rows = {
        {"it",
         {"Il dibattito sul bilancio è durato tutto il pomeriggio nell'aula del consiglio regionale.",
          "Più tardi è toccato a Ada Neri Fabbri. La leader dei Verdi ha accusato la giunta di \u00ABaver tagliato "
          "i fondi alle scuole di montagna senza dirlo a nessuno\u00BB."},
         "aver tagliato i fondi alle scuole di montagna senza dirlo a nessuno",
         "Ada Neri Fabbri"},
        {"en",
         {"The budget debate lasted the whole afternoon in the council chamber.",
          "Later it was the turn of Tom Harper Vale. The Green leader said the cabinet had \u201Ccut the money for "
          "the mountain schools without telling anyone.\u201D"},
         "cut the money for the mountain schools without telling anyone.",
         "Tom Harper Vale"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* q = find_quote(qs, r.quote);
        REQUIRE(q != nullptr);
        CHECK(q->speaker.value_or("") == r.name);
    }
    // (a name after a preposition of no such phrase stays no subject: "a lettera a Ada Neri")
    const auto plain = extract_quotes(body(
        "it", {"Il dibattito sul bilancio è durato tutto il pomeriggio nell'aula del consiglio regionale.",
               "Più tardi è arrivata una lettera indirizzata a Ada Neri Fabbri. La leader dei Verdi ha accusato la "
               "giunta di \u00ABaver tagliato i fondi alle scuole di montagna senza dirlo a nessuno\u00BB."}));
    const Quote* q = find_quote(plain, "aver tagliato i fondi alle scuole di montagna senza dirlo a nessuno");
    REQUIRE(q != nullptr);
    CHECK(q->speaker.value_or("") != "Ada Neri Fabbri");
}
