// The gates of the metadata phase (classify_meta.cpp): may_hold_credit() (credit_signs.cpp), the words and marks a
// credit, a caption's label or an agency's label needs, and may_be_byline_word(), the first word of a byline word
// alone on its line, which spare most lines the tests that read them.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "credits_parts.hpp"
#include "meta_parts.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// The block that segment() makes of one line.
Block block_of(const std::string& line) {
    std::vector<Block> blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    return std::move(blocks.front());
}

// Some test of the metadata phase reads the block as a credit, a caption's label or an agency's label.
bool read_as_credit(const Block& b) {
    return is_credit_line(b) || split_trailing_credit(b).has_value() || labelled_caption(b.text).has_value() ||
           labelled_agency(b.text).has_value();
}

} // namespace

TEST_CASE("a line read as a credit, a caption's label or an agency's label holds a sign of one",
          "[classify][credit][speed]") {
    for (const char* line : {
             // credits: a prefix, a credit word, an agency, a mark
             "Photo: Jane Roe", "Foto: Anna Muster/Hafenblatt", "Crédit photo : Jeanne Morel", "Fuente: EFE",
             "Foto: Marco Bellini",
             "Photo by Jane Roe", "Foto von Anna Muster", "Photo de Jeanne Morel",
             "Courtesy of the Wendle Museum", "Mit freundlicher Genehmigung des Stadtarchivs", "Getty Images",
             "KEYSTONE/Peter Lindner", "Archives, Reuters", "© Jane Roe", "(c) Hafenblatt", "(Photo: Jane Roe)",
             "Photo Ouest-Lorval / Marc Vidal", "Fot. PAP/Anna Sowa",
             // captions closed by a credit
             "The ferry leaves the old pier at dawn. Jane Roe/AFP", "Die neue Fähre am Kai. Bild: Keystone",
             "Le bac quitte la jetée au matin. Photo : Jeanne Morel",
             "El transbordador sale del muelle viejo. Foto: Lucía Gómez",
             "Il traghetto lascia il molo vecchio. (Foto: Marco Bellini)",
             "The pier after the storm (file photo)", "Der Kai nach dem Sturm (Symbolbild).",
             "The ferry leaves the old pier at dawn.Photograph: Jane Roe",
             // caption labels, agencies' labels
             "Media caption The mayor opens the new pier", "Bildunterschrift: Der neue Kai am Abend",
             "Légende : le nouveau quai au soir", "Quelle: dpa", "Source : AFP/Reuters",
             // a name alone after a slash or a bar and the caption's stop, a slashed name with no stop, the
             // picture's own word, a prefix inside the closing parenthesis
             "Vista del muelle viejo al amanecer. / Rober Solsona", "Der Steg im Winter am Seeufer. | Anna Muster",
             "A ponte velha sobre o rio, em 2019 Rui Costa/Lusa", "The ferry at the wharf on Tuesday. Picture by Jane Roe",
             "The ferry at the old pier. (Express Photo by Jane Roe)"}) {
        INFO(line);
        const Block b = block_of(line);
        CHECK(read_as_credit(b));
        CHECK(may_hold_credit(b));
    }
}

TEST_CASE("a line holding no sign of a credit is turned away before the credit tests", "[classify][credit][speed]") {
    for (const char* line : {
             // headings, menus, sentences
             "The ferry returns to the old pier", "Die Fähre kehrt an den alten Kai zurück",
             "Le bac revient à la jetée",
             "El transbordador vuelve al muelle", "Il traghetto torna al molo", "Read more", "Weiterlesen",
             "Lire la suite", "Sign in", "Newsletter",
             "The council voted on Thursday to move the ferry's stop to the old pier.",
             "Der Gemeinderat hat am Donnerstag beschlossen, die Haltestelle der Fähre zu verlegen.",
             "Le conseil a voté jeudi le déplacement de l'arrêt du bac vers la vieille jetée.",
             "El consejo votó el jueves trasladar la parada del transbordador.",
             "Il consiglio ha votato giovedì lo spostamento della fermata del traghetto.",
             // a colon, a slash or a parenthesis inside a line without a credit's word
             "Harbour news: the ferry returns", "Kai/Hafen am Abend", "The mayor (a sailor herself) spoke first.",
             "Update: 3 ferries a day"}) {
        INFO(line);
        const Block b = block_of(line);
        CHECK_FALSE(read_as_credit(b));
        CHECK_FALSE(may_hold_credit(b));
    }
}

TEST_CASE("a byline word alone on its line opens with a byline word's first word", "[classify][byline][speed]") {
    for (const char* line : {"By", "By:", "Written by", "Von", "Von:", "Geschrieben von", "Par", "Texte :",
                             "Rédigé par", "Por", "Escrito por", "Di", "Scritto da", "Autor:", "Text"}) {
        INFO(line);
        const Block b = block_of(line);
        CHECK(byline_word(b.text));
        CHECK(may_be_byline_word(b));
    }
}

TEST_CASE("a short line opening with another word is turned away before byline_word()",
          "[classify][byline][speed]") {
    for (const char* line : {"Menu", "Share", "Related stories", "Teilen", "Mehr zum Thema", "Partager",
                             "Lire aussi", "Compartir", "Condividi", "Sign in", "Newsletter:"}) {
        INFO(line);
        const Block b = block_of(line);
        CHECK_FALSE(byline_word(b.text));
        CHECK_FALSE(may_be_byline_word(b));
    }
}
