// "Sucesos - Un vecino ...", "Cronaca - Il sindaco ...": a news site's section label before a spaced dash opening the
// text is no place (small_place_dash(): rubric_words, glued_categories; classify_tail.cpp: a menu's entry before an
// indefinite article).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "press_datelines.hpp"

#include <string>
#include <string_view>

using namespace archive;

TEST_CASE("a section's label before a dash opening the text is no place", "[classify][dateline][head26]") {
    struct Row {
        const char* paragraph;
        const char* lang;
        const char* place; // "" for none
    };
    const Row rows[] = {
        // a town, then the article opening the sentence
        {"Olvera - El ayuntamiento ha aprobado la reforma de la plaza mayor con el apoyo de todos.", "es", "Olvera"},
        {"Sondrio - Il consiglio comunale ha approvato il nuovo piano per il traffico del centro.", "it", "Sondrio"},
        {"Amarante - A Câmara Municipal aprovou a requalificação da praça central com os votos de todos.", "pt",
         "Amarante"},
        {"Villach – Die Feuerwehr musste am Montag zu einem Brand in der Altstadt ausrücken.", "de", "Villach"},
        // a section's label: the language's rubric_words, any language's glued_categories
        {"Sucesos - Un vecino de la localidad ha sido detenido tras robar en cinco comercios.", "es", ""},
        {"Tribunales - La Audiencia ha condenado a dos años de prisión al acusado del robo.", "es", ""},
        {"Cronaca - Un uomo di quarant'anni è stato arrestato dopo una serie di furti.", "it", ""},
        {"Spettacoli - Il festival del cinema apre giovedì con un film di un regista locale.", "it", ""},
        {"Polícia - Um homem de 40 anos foi detido pela GNR depois de uma série de furtos.", "pt", ""},
        {"Desporto - O clube da cidade venceu no domingo o jogo decisivo do campeonato regional.", "pt", ""},
        {"Kultur – Die Oper zeigt im Herbst eine neue Inszenierung von Mozarts Zauberflöte.", "de", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        CHECK(small_place_dash(r.paragraph, r.lang).value_or("") == r.place);
    }
}

namespace {

// A local paper's page: its name, a menu of labels, the headline, a byline and a date, then `first` opening the text.
std::string local_page(const char* site, const char* menu, const char* headline, const char* byline,
                       const char* first, const char* second) {
    return std::string(site) + "\n" + menu + "\n\n" + headline + "\n\n" + byline + "\n12/03/2025 17:45\n\n" + first +
           "\n\n" + second + "\n";
}

} // namespace

TEST_CASE("a menu's entry before a dash and an indefinite article is a section's label, no dateline",
          "[classify][dateline][head26]") {
    struct Row {
        const char* lang;
        const char* menu;
        const char* first;
        const char* dateline; // "" for none
    };
    struct Paper {
        const char* site;
        const char* headline;
        const char* byline;
        const char* second;
    };
    const Paper es{"Diario del Guadalete", "Detenido un grupo de jubilados por robar en tiendas del centro",
                   "Por Ana Ruiz",
                   "Los agentes recuperaron parte de los objetos y los devolvieron a sus dueños. Los detenidos "
                   "pasarán mañana a disposición judicial."};
    const Paper it{"La Gazzetta della Valle", "Fermati quattro pensionati dopo una serie di furti nei negozi",
                   "di Marco Bianchi",
                   "I militari hanno recuperato parte della refurtiva e l'hanno restituita ai commercianti della "
                   "zona."};
    const Paper pt{"Jornal do Tâmega", "Reformados detidos depois de uma série de furtos em lojas do centro",
                   "Por Rui Costa",
                   "Os militares recuperaram parte dos objetos furtados e devolveram-nos aos comerciantes da cidade."};
    const Row rows[] = {
        // the menu's entry, an indefinite article: the site's label
        {"es", "Portada | Local | Vecinos | Deportes",
         "Vecinos - Un grupo de jubilados ha sido detenido por la Guardia Civil tras robar en cinco comercios.", ""},
        // a definite article after it: a regional paper's town, printed in its menu too
        {"es", "Portada | Olvera | Ronda | Deportes",
         "Olvera - El grupo de jubilados ha sido detenido por la Guardia Civil tras robar en cinco comercios.",
         "Olvera"},
        // an indefinite article after a town the menu does not print
        {"es", "Portada | Local | Vecinos | Deportes",
         "Olvera - Un grupo de jubilados ha sido detenido por la Guardia Civil tras robar en cinco comercios.",
         "Olvera"},
        {"it", "Home | Valle | Quartieri | Sport",
         "Quartieri - Un gruppo di pensionati è stato fermato dai carabinieri dopo una serie di furti.", ""},
        {"it", "Home | Sondrio | Morbegno | Sport",
         "Sondrio - Il gruppo di pensionati è stato fermato dai carabinieri dopo una serie di furti.", "Sondrio"},
        {"pt", "Início | Região | Freguesias | Desporto",
         "Freguesias - Um grupo de reformados foi detido pela GNR depois de uma série de furtos no centro.", ""},
        {"pt", "Início | Amarante | Marco | Desporto",
         "Amarante - O grupo de reformados foi detido pela GNR depois de uma série de furtos no centro.",
         "Amarante"},
    };
    for (const Row& r : rows) {
        INFO(r.first);
        const Paper& paper = std::string_view(r.lang) == "es" ? es : std::string_view(r.lang) == "it" ? it : pt;
        const Article a = parse(local_page(paper.site, r.menu, paper.headline, paper.byline, r.first, paper.second));
        CHECK(a.language == r.lang);
        CHECK(a.dateline.value_or("") == r.dateline);
    }
}
