// A broadcast piece's or a podcast's maker signs it with a label of its own: "Il servizio di Anna Rossi, immagini di
// Luca Bianchi", "Hosted by Jane Roe", "Un sujet de Anne Roux", "Moderiert von Anna Berg". Over a video page's
// transcript that line is the byline, not the headline. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a broadcast's label names the piece's reporter or host", "[classify][byline][broadcast_labels]") {
    for (const auto& [line, lang, name] :
         {std::tuple{"Il servizio di Martina Zennaro, immagini di Luca Boscolo", "it", "Martina Zennaro"},
          std::tuple{"Un servizio di Martina Zennaro", "it", "Martina Zennaro"},
          std::tuple{"Hosted by Priya Ramanathan", "en", "Priya Ramanathan"},
          std::tuple{"Un sujet de Anne Roux", "fr", "Anne Roux"},
          std::tuple{"Animé par Anne Roux", "fr", "Anne Roux"},
          std::tuple{"Moderiert von Anna Berg", "de", "Anna Berg"},
          std::tuple{"Conducido por Ana Ruiz", "es", "Ana Ruiz"},
          std::tuple{"Apresentado por Ana Souza", "pt", "Ana Souza"},
          std::tuple{"Gepresenteerd door Piet Jansen", "nl", "Piet Jansen"}}) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
}

TEST_CASE("a video page's reporter line under the headline is its byline", "[classify][byline][broadcast_labels]") {
    const Article a = parse("Video > Cronaca\n"
                            "Acqua alta, le paratoie restano ferme: protesta dei commercianti a Chioggia\n"
                            "Guarda il video\n"
                            "02:48\n"
                            "Il servizio di Martina Zennaro, immagini di Luca Boscolo\n"
                            "Pubblicato il 3 dicembre 2026 alle 13:05\n"
                            "La marea è arrivata a 118 centimetri poco dopo le nove. In calle San Giacomo l'acqua è "
                            "entrata nei negozi per la terza volta in una settimana.\n"
                            "I commercianti si sono riuniti davanti al municipio con striscioni e stivali di gomma. "
                            "Chiedono perché le paratoie mobili non siano state alzate.\n"
                            "Il sindaco ha convocato per venerdì un tavolo con le categorie.\n");
    REQUIRE(a.headline);
    CHECK(*a.headline == "Acqua alta, le paratoie restano ferme: protesta dei commercianti a Chioggia");
    CHECK(a.authors == std::vector<std::string>{"Martina Zennaro"});
}
