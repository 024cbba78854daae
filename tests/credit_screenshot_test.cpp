// A screenshot's credit closing a caption names where the picture was captured: "Capture d'écran Facebook",
// "Screenshot: X/@stadtwerke", "Captura de pantalla: Instagram" (lexicon section credit_prefixes). A sentence opening
// with the words is the text's. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A page with `line` between its standfirst and its text.
Article page_with(const std::string& line) {
    return parse("Une rumeur de fermeture d'école démentie par la mairie de Kerbrenn\n\n"
                 "Un message partagé des milliers de fois annonçait la fermeture de l'école. La mairie dément.\n\n" +
                 line +
                 "\n\nLe message est apparu lundi soir sur un groupe de discussion du quartier, selon plusieurs "
                 "habitants qui l'ont reçu.\n\nLa mairie a publié mercredi un démenti sur son site et sur ses "
                 "comptes officiels.\n");
}

} // namespace

TEST_CASE("a screenshot's credit closes a caption", "[classify][credit]") {
    struct Row {
        const char* line;
        const char* caption;
        const char* credit;
    };
    const std::vector<Row> rows = {
        {"La publication virale, partagée le 28 novembre sur un groupe local. Capture d'écran Facebook",
         "La publication virale, partagée le 28 novembre sur un groupe local.", "Capture d'écran Facebook"}, // fr
        {"Der Beitrag der Stadtwerke vom Montag. Screenshot: X/@stadtwerke", "Der Beitrag der Stadtwerke vom Montag.",
         "Screenshot: X/@stadtwerke"}, // de
        {"El mensaje publicado el lunes por la alcaldía. Captura de pantalla: Instagram",
         "El mensaje publicado el lunes por la alcaldía.", "Captura de pantalla: Instagram"}, // es
        {"A publicação feita na segunda-feira pela prefeitura. Captura de tela/Facebook",
         "A publicação feita na segunda-feira pela prefeitura.", "Captura de tela/Facebook"}, // pt-BR
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const Article a = page_with(r.line);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == r.caption);
        CHECK(a.media[0].credit == r.credit);
    }
    // A sentence of the text opening with the words credits no picture.
    const Article a = page_with("Capture d'écran réalisée mardi soir par nos soins sur le site de la mairie, avant "
                                "sa suppression.");
    CHECK(a.media.empty());
}
