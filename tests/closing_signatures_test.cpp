// The ways Swiss broadcasters and papers sign a text written from an agency's wire under its last paragraph (probe73
// R2): the agency with the paper that wrote the text in the parenthesis ("(ats/Le Temps)"), the writer's name and
// the agency's tag in small letters joined by a slash ("Delphine Gendre/ats"), and the broadcaster's credit line
// closed by the tag after a semicolon under a picture's and a video's lines. Invented lines.
#include <catch2/catch.hpp>

#include "agency_signatures.hpp"
#include "archive/archive.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

namespace {

// A page whose text is two paragraphs, then `closing` (the lines under the text, one a line), then the related
// links and the footer.
std::string page_closed_by(const std::string& headline, const std::string& closing) {
    return "Accueil\nInfo\nSport\n\n" + headline +
           "\n\nLe Conseil communal a présenté mardi son plan pour la rénovation des trois ponts sur la rivière, "
           "un chantier estimé à douze millions de francs sur six ans.\n\nLes travaux commenceront au printemps "
           "par le pont du Moulin, le plus ancien, dont les piles montrent des fissures depuis l'hiver dernier.\n\n" +
           closing + "\n\nPlus d'actualité\nVaud: un motard blessé à Aigle\nContact\nImpressum\n";
}

} // namespace

TEST_CASE("an agency's tag with the paper that wrote the text from it is a closing tag", "[tail][agencies][probe73]") {
    // The paper's name opens with an article ("Le Temps", "Die Zeit", "La Liberté"): no agency, and no stop to the
    // tag. A photographer's name has none ("(AFP/Jean Roux)"), so it stays no tag.
    const struct {
        const char* line;
        const char* agency; // "" for no tag
    } rows[] = {
        {"(ats/Le Temps)", "ats"},
        {"(sda/Die Zeit)", "sda"},
        {"(ATS/La Liberté)", "ats"},
        {"(AFP/Jean Roux)", ""},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const Article a = parse(page_closed_by("Trois ponts à rénover d'ici 2032", r.line));
        if (*r.agency == '\0') {
            CHECK_FALSE((a.source_tag && a.source_tag->raw == r.line));
            continue;
        }
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.line);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}

TEST_CASE("a writer's name and the agency's small tag joined by a slash sign the text", "[tail][agencies][probe73]") {
    const struct {
        const char* line;
        const char* name; // "" for no signature
        const char* tag;
    } rows[] = {
        {"Delphine Gendre/ats", "Delphine Gendre", "ats"},
        {"ats/Delphine Gendre", "Delphine Gendre", "ats"},
        {"Reto Gasser/sda", "Reto Gasser", "sda"},
        {"Anna Maria Bertoli/ats", "Anna Maria Bertoli", "ats"},
        // A picture's credit prints its agency capitalised; a desk's initials are one word; a sentence is none.
        {"Jean Roux/Keystone", "", ""},
        {"ats/vajo", "", ""},
        {"Le pont du Moulin/ats", "", ""},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto s = slashed_signature(r.line);
        if (*r.name == '\0') {
            CHECK_FALSE(s);
            continue;
        }
        REQUIRE(s);
        CHECK(s->name == r.name);
        CHECK(s->tag == r.tag);
    }
    // Under the text: the tag is the source tag, the writer the author the head did not name.
    const Article a = parse(page_closed_by("Trois ponts à rénover d'ici 2032", "Delphine Gendre/ats"));
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "ats");
    CHECK(a.authors == std::vector<std::string>{"Delphine Gendre"});
    CHECK(test::contains(a.boilerplate, "Delphine Gendre/ats"));
}

TEST_CASE("a broadcaster's credit line closed by the tag is read under a picture's and a video's lines",
          "[tail][agencies][probe73]") {
    // "Legende: / <caption> / <credit> / Video / <title> / 02:45 min / <programme line> / <credit line>; sda/tri":
    // the credit line stands eight lines under the text, the picture's lines among them.
    const std::string de = std::string("News\nSport\nMeteo\n\nDer FC Seeblick gewinnt das Derby in Unterwil\n\n") +
                           "Der FC Seeblick hat das Derby gegen Unterwil mit 2:0 gewonnen. Beide Tore fielen in der "
                           "zweiten Halbzeit nach Standardsituationen.\n\n"
                           "Mit dem Sieg rückt Seeblick bis auf einen Punkt an die Spitze heran. Unterwil fällt auf "
                           "den sechsten Rang zurück.\n\n"
                           "Legende:\nJubel nach dem zweiten Tor im Seefeld.\nKeystone/Anna Meier\nVideo\n"
                           "Zusammenfassung Seeblick – Unterwil\n02:45 min\nSportpanorama, 06.12.2026, 22:20 Uhr\n"
                           "SRF Sport, 06.12.2026, 22:05 Uhr; sda/tri\nMehr zum Thema\nDie Tabelle\nImpressum\n";
    const std::string fr = std::string("Info\nSport\nMétéo\n\nLe FC Lac-Bleu s'impose dans le derby\n\n") +
                           "Le FC Lac-Bleu a battu Montvert 2-0 samedi soir. Les deux buts sont tombés en seconde "
                           "période sur des balles arrêtées.\n\n"
                           "Grâce à cette victoire, Lac-Bleu revient à un point du leader. Montvert recule au "
                           "sixième rang.\n\n"
                           "Légende:\nLa joie des joueurs après le deuxième but.\nKeystone/Jean Roux\nVidéo\n"
                           "Le résumé du match\n02:45 min\nSport dernière, 06.12.2026, 22:20\n"
                           "RTS Sport, 06.12.2026, 22:05 ; ats/jbm\nA lire aussi\nLe classement\nImpressum\n";
    for (const std::string& page : {de, fr}) {
        const Article a = parse(page);
        INFO(page.substr(0, 60));
        REQUIRE(a.source_tag);
        CHECK((a.source_tag->raw == "sda/tri" || a.source_tag->raw == "ats/jbm"));
    }
}
