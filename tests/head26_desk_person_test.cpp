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
    // A desk and an agency after its slash: no person; the line is left to the agency rules as before.
    CHECK_FALSE(byline_authors("Por Redacción / EFE", "es").has_value());
    CHECK_FALSE(byline_authors("Von der Redaktion / dpa", "de").has_value());
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
