// boiler21: lines that are not the article's kept in the body (a paywall's count of what is left to read), and
// bylines. Invented lines and pages, several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {
// The block of a line alone, as segment() makes it.
Block block_of(const std::string& line) {
    auto blocks = segment(line + "\n");
    REQUIRE(blocks.size() == 1);
    return blocks.front();
}
} // namespace

TEST_CASE("a paywall's count of what the reader has left to read is a paywall's cut", "[boiler21][paywall]") {
    struct Row {
        const char* line;
        bool cut;
    };
    const Row rows[] = {
        {"Il vous reste 48 % de cet article à lire.", true},
        {"Sie haben 35 % des Artikels gelesen", true},
        {"You have 2 free articles left this month", true},
        {"Te queda el 65 % de este artículo", true},
        {"Ti resta da leggere il 55%", true},
        {"Você ainda tem 3 artigos gratuitos restantes", true},
        // The reader addressed, a figure and what is left: money, a law's article, days, not the article's text.
        {"Si l'assurance rembourse 70 %, il vous reste 30 % à payer.", false},
        {"You can read Article 50 of the treaty here.", false},
        {"Il vous reste 3 jours pour lire le rapport et répondre.", false},
        {"Sie haben noch 2 Wochen Zeit, um den Antrag zu stellen.", false},
        {"Turnout was 40 %, with 60 % of the ballots left to count.", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(paywall_cut(block_of(r.line)) == r.cut);
    }
}

TEST_CASE("a paywall's count of what is left to read is boilerplate, not the body's last paragraph",
          "[boiler21][paywall]") {
    const test::PageRow rows[] = {
        {"fr", R"(La piscine municipale rouvre après deux ans de travaux

La piscine municipale a rouvert samedi matin après deux ans de travaux sur son bassin et ses vestiaires.

Les nageurs du club ont été les premiers à plonger, sous les applaudissements des parents venus nombreux.

Selon l'adjointe aux sports, le chantier a coûté six millions d'euros, dont un tiers payé par le département.

Il vous reste 57 % de cet article à lire.

Vous êtes abonné ? Connectez-vous
)",
         "Il vous reste 57 %"},
        {"de", R"(Das Hallenbad öffnet nach zwei Jahren Umbau wieder

Das städtische Hallenbad hat am Samstagmorgen nach zwei Jahren Umbau an Becken und Umkleiden wieder geöffnet.

Die Schwimmer des Vereins sprangen als Erste ins Wasser, begleitet vom Beifall zahlreicher Eltern am Beckenrand.

Laut der Sportdezernentin kostete der Umbau sechs Millionen Euro, ein Drittel davon zahlte der Landkreis.

Sie haben 43 % des Artikels gelesen

Schon registriert? Hier anmelden
)",
         "Sie haben 43 %"},
        {"es", R"(La piscina municipal reabre tras dos años de obras

La piscina municipal reabrió el sábado por la mañana tras dos años de obras en el vaso y en los vestuarios.

Los nadadores del club fueron los primeros en lanzarse al agua, entre los aplausos de los padres presentes.

Según la concejala de Deportes, la obra costó seis millones de euros, un tercio de ellos pagado por la diputación.

Te queda el 66 % de este artículo

¿Ya eres suscriptor? Inicia sesión
)",
         "Te queda el 66 %"},
        {"en", R"(Town pool reopens after two years of building work

The town's swimming pool reopened on Saturday morning after two years of work on its main pool and changing rooms.

Swimmers from the local club were the first to dive in, cheered on by the many parents who had come to watch.

The councillor for sport said the work had cost six million pounds, a third of it paid for by the county.

You have 1 free article left this month

Already a subscriber? Sign in
)",
         "You have 1 free article"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(paragraphs.size() == 3);
        CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                           [&](const std::string& p) { return p.starts_with(r.line); }));
        CHECK(std::any_of(a.boilerplate.begin(), a.boilerplate.end(),
                          [&](const std::string& p) { return p.starts_with(r.line); }));
    }
}
