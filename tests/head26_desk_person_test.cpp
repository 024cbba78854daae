// "Por Redacción / Ana Ruiz", "Von der Redaktion / Anna Berg", "By Metro Desk / Jane Roe": a newsroom's desk and a
// person's name on one byline, parted by a slash: the person signs the text, the desk names nobody (bylines.cpp).
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {
using Names = std::optional<std::vector<std::string>>;

struct Row {
    const char* line;
    const char* lang;
    std::vector<std::string> names;
};
} // namespace

TEST_CASE("a desk and a person on one byline: the person is the author", "[classify][byline][desk][head26]") {
    const Row rows[] = {
        // the desk before the slash, with or without its article or its desk's name
        {"Por Redacción / Ana Ruiz", "es", {"Ana Ruiz"}},
        {"Por Redacción Nacional / Ana Ruiz", "es", {"Ana Ruiz"}},
        {"Von der Redaktion / Anna Berg", "de", {"Anna Berg"}},
        {"Von Redaktion Sport / Anna Berg", "de", {"Anna Berg"}},
        {"Par la rédaction / Claire Monnier", "fr", {"Claire Monnier"}},
        {"Di Redazione Cronaca / Marco Bianchi", "it", {"Marco Bianchi"}},
        {"Door de redactie / Anouk Verbeek", "nl", {"Anouk Verbeek"}},
        {"By Staff / Jane Roe", "en", {"Jane Roe"}},
        {"By Metro Desk / Jane Roe", "en", {"Jane Roe"}},
        // two persons after it, an agency after the person (kept as the source, as after a name)
        {"Por Redacción / Ana Ruiz y Luis Gil", "es", {"Ana Ruiz", "Luis Gil"}},
        {"Por Redacción / Ana Ruiz / EFE", "es", {"Ana Ruiz", "EFE"}},
        // the desk after the person's slash names nobody
        {"Por Ana Ruiz / Redacción Nacional", "es", {"Ana Ruiz"}},
        {"By Jane Roe / Metro Desk", "en", {"Jane Roe"}},
        {"Von Anna Berg / Redaktion Sport", "de", {"Anna Berg"}},
        // two persons: both sign it
        {"By Jane Roe / John Doe", "en", {"Jane Roe", "John Doe"}},
        // a desk alone still signs the text as printed (the gold bylines keep desks)
        {"Por Redacción", "es", {"Redacción"}},
        {"Von Redaktion Sport", "de", {"Redaktion Sport"}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.lang) == Names(r.names));
    }
    // A desk and an agency after its slash: no person; the agency is the text's source (probe98: the line was read as
    // a picture's credit before).
    CHECK(byline_authors("Por Redacción / EFE", "es") == Names({"EFE"}));
    CHECK(byline_authors("Von der Redaktion / dpa", "de") == Names({"dpa"}));
    CHECK(byline_authors("Di Redazione / ANSA", "it") == Names({"ANSA"}));
    // (near misses: an agency's word opening a longer name after the slash, a person before it)
    CHECK_FALSE(byline_authors("Por Redacción / EFE Salud y Bienestar", "es") == Names({"EFE Salud y Bienestar"}));
    CHECK(byline_authors("Por Ana Ruiz / EFE", "es") == Names({"Ana Ruiz", "EFE"}));
    // The desk's word and the agency's name after it, no slash: the agency too (probe98); a desk's name stays.
    CHECK(byline_authors("Por Redacción EFE", "es") == Names({"EFE"}));
    CHECK(byline_authors("Di Redazione ANSA", "it") == Names({"ANSA"}));
    CHECK(byline_authors("Door redactie ANP", "nl") == Names({"ANP"}));
    CHECK(byline_authors("Por Redacción Agencias", "es") == Names({"Redacción Agencias"}));
    CHECK(byline_authors("Di Redazione Cronaca", "it") == Names({"Redazione Cronaca"}));
}

TEST_CASE("a page signed by a desk and a person names the person only", "[classify][byline][desk][head26]") {
    const Article es = parse("Diario del Guadalete\n\nCierra el mercado de abastos por obras durante un mes\n\n"
                             "Por Redacción / Ana Ruiz\n12/03/2025 17:45\n\n"
                             "El mercado de abastos cerrará el lunes para renovar su cubierta y sus instalaciones "
                             "eléctricas, según ha informado el ayuntamiento.\n\n"
                             "Los comerciantes se trasladarán a una carpa instalada en la plaza durante las obras.\n");
    CHECK(es.language == "es");
    CHECK(es.authors == std::vector<std::string>{"Ana Ruiz"});
    const Article de = parse("Der Talbote\n\nMarkthalle schließt für einen Monat wegen Bauarbeiten\n\n"
                             "Von der Redaktion / Anna Berg\n12.03.2025, 17:45 Uhr\n\n"
                             "Die Markthalle schließt am Montag, damit das Dach und die Leitungen erneuert werden "
                             "können, wie die Stadt mitteilte.\n\n"
                             "Die Händler ziehen während der Arbeiten in ein Zelt auf dem Marktplatz um.\n");
    CHECK(de.language == "de");
    CHECK(de.authors == std::vector<std::string>{"Anna Berg"});
}

TEST_CASE("a desk and a person's name on a line beside the date, no label: the person is the author",
          "[classify][byline][desk][head26]") {
    struct PageRow {
        const char* signature;
        const char* lang;
        const char* head;
        const char* date;
        const char* first;
        const char* second;
        std::vector<std::string> authors;
    };
    const char* es_head = "Cierra el mercado de abastos por obras durante un mes";
    const char* es_first = "El mercado de abastos cerrará el lunes para renovar su cubierta y sus instalaciones "
                           "eléctricas, según ha informado el ayuntamiento.";
    const char* es_second = "Los comerciantes se trasladarán a una carpa instalada en la plaza durante las obras.";
    const char* de_head = "Markthalle schließt für einen Monat wegen Bauarbeiten";
    const char* de_first = "Die Markthalle schließt am Montag, damit das Dach und die Leitungen erneuert werden "
                           "können, wie die Stadt mitteilte.";
    const char* de_second = "Die Händler ziehen während der Arbeiten in ein Zelt auf dem Marktplatz um.";
    const char* fr_head = "Le marché couvert ferme un mois pour travaux";
    const char* fr_first = "Le marché couvert fermera lundi pour rénover sa toiture et ses installations "
                           "électriques, a annoncé la commune.";
    const char* fr_second = "Les commerçants s'installeront sous une tente sur la place pendant les travaux.";
    const PageRow rows[] = {
        {"Redacción / Ana Ruiz", "es", es_head, "12/03/2025 17:45", es_first, es_second, {"Ana Ruiz"}},
        {"Ana Ruiz | Redacción Nacional", "es", es_head, "12/03/2025 17:45", es_first, es_second, {"Ana Ruiz"}},
        {"Redaktion Lokales / Anna Berg", "de", de_head, "12.03.2025, 17:45 Uhr", de_first, de_second, {"Anna Berg"}},
        {"Claire Monnier - Rédaction Web", "fr", fr_head, "12 mars 2025", fr_first, fr_second, {"Claire Monnier"}},
        // a section's label beside the name, two persons: no desk, left as before
        {"Deportes / Ana Ruiz", "es", es_head, "12/03/2025 17:45", es_first, es_second, {}},
    };
    for (const PageRow& r : rows) {
        INFO(r.signature);
        const Article a = parse(std::string("Diario del Guadalete\n\n") + r.head + "\n\n" + r.signature + "\n" +
                                r.date + "\n\n" + r.first + "\n\n" + r.second + "\n");
        CHECK(a.language == r.lang);
        CHECK(a.authors == r.authors);
    }
}
