// Tests of the agency a byline joins to its authors' names ("Por Ana Silva com Lusa", "Von Anna Muster mit dpa"):
// the names are the authors, the agency is the text's source tag.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_found;

TEST_CASE("an agency joined after a byline's names is kept after them, in small letters too", "[classify][byline]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> names;
    };
    const Row rows[] = {
        {"Por Ana Silva com Lusa", "pt", {"Ana Silva", "Lusa"}},
        {"Door Jan de Vries met ANP", "nl", {"Jan de Vries", "ANP"}},
        {"Von Anna Muster mit dpa", "de", {"Anna Muster", "dpa"}},
        {"Von Anna Muster und Ben Roth mit dpa", "de", {"Anna Muster", "Ben Roth", "dpa"}},
        {"di Marco Bianchi con ansa", "it", {"Marco Bianchi", "ansa"}},
        {"Por Lucía Gómez con efe", "es", {"Lucía Gómez", "efe"}},
        {"Par Jeanne Morel avec afp", "fr", {"Jeanne Morel", "afp"}},
        {"Por Ana Silva e João Costa", "pt", {"Ana Silva", "João Costa"}},
    };
    for (const auto& r : rows)
        check_found(r.line, byline_authors(r.line, r.lang), r.names);
    // ("si" is a word too: an agency's id of two small letters is not taken so.)
    check_found("Por Lucía Gómez y si", byline_authors("Por Lucía Gómez y si", "es"),
                std::vector<std::string>{"Lucía Gómez"});
}

TEST_CASE("a byline joining an agency to its author gives both the author and the source tag", "[classify][byline]") {
    struct Row {
        const char* page;
        const char* author;
        const char* agency;
    };
    const Row rows[] = {
        {"Gazeta do Vale\nA linha de balsa volta depois de dois anos de obras\nPor Ana Silva com Lusa\n"
         "A linha de balsa que liga as duas margens do rio voltará a funcionar na segunda-feira depois de longas "
         "obras, disse na quinta-feira o seu operador.\n"
         "O operador disse que gastou mais do que o previsto nos novos motores e que as tarifas vão subir um décimo a "
         "partir do verão.\n",
         "Ana Silva", "lusa"},
        {"Hafenblatt\nFährlinie fährt nach zwei Jahren Reparatur wieder\nVon Anna Muster mit dpa\n"
         "Die Fährlinie, die die beiden Ufer des Flusses verbindet, fährt ab Montag nach einer langen Reparatur "
         "wieder, wie der Betreiber am Donnerstag mitteilte.\n"
         "Der Betreiber sagte, er habe für die neuen Motoren mehr ausgegeben als geplant und die Preise würden ab "
         "dem Sommer um ein Zehntel steigen.\n",
         "Anna Muster", "dpa"},
        {"Havenblad\nVeerdienst vaart weer na twee jaar herstel\nDoor Jan de Vries met ANP\n"
         "De veerdienst tussen de twee oevers van de rivier vaart maandag weer na een lange reparatie, meldde de "
         "exploitant donderdag.\n"
         "De exploitant zei dat hij meer dan gepland aan de nieuwe motoren had uitgegeven en dat de tarieven vanaf "
         "de zomer met een tiende stijgen.\n",
         "Jan de Vries", "anp"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page, "page.txt");
        CHECK(a.authors == std::vector<std::string>{r.author});
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}
