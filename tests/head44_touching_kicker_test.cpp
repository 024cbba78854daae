// "Logement à Genève–Le Conseil d’Etat veut ...", "Wohnungsnot in ZürichDie Stadt will ...": a kicker of several
// words printed beside the title, copied touching it (a small letter, then an en dash without spaces or the title's
// capital at once), the title opening with an article of the page's language (lexicon section articles): the kicker
// is cut off the headline. Names that join two capitals ("YouTube", "McDonald", "Paris–Berlin") are left whole.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

std::string page_with(const char* menu, const char* line, const char* body) {
    return std::string(menu) + "\n\n" + line + "\n\n" + body;
}

} // namespace

TEST_CASE("a kicker touching the headline is cut off it", "[headline][kicker][glued][head44]") {
    struct Row {
        const char* lang;
        const char* line;
        const char* kicker;
        const char* headline;
        const char* body;
    };
    const char* de_body = "Die Stadt will bei Hausverkäufen ein Vorkaufsrecht erhalten, teilte der Stadtrat am Dienstag "
                          "mit.\n\nDer Entscheid fiel nach langer Debatte im Gemeinderat, der das Geschäft mit 70 zu 45 "
                          "Stimmen annahm.\n";
    const char* fr_body = "Le gouvernement veut construire des logements sur les toits de la ville, a-t-il annoncé "
                          "mardi.\n\nLe projet doit encore passer devant le Grand Conseil, qui en débattra au "
                          "printemps prochain.\n";
    const char* it_body = "Il Municipio vuole costruire nuovi alloggi sui tetti della città, ha annunciato martedì il "
                          "sindaco.\n\nIl progetto deve ancora essere approvato dal Consiglio comunale in primavera.\n";
    const char* nl_body = "De gemeente wil woningen bouwen op de daken van de stad, maakte het college dinsdag "
                          "bekend.\n\nHet plan moet nog langs de gemeenteraad, die er in het voorjaar over beslist.\n";
    const Row rows[] = {
        {"de", "Wohnungsnot in ZürichDie Stadt will bei Hausverkäufen zuerst zugreifen", "Wohnungsnot in Zürich",
         "Die Stadt will bei Hausverkäufen zuerst zugreifen", de_body},
        {"de", "Wohnungsnot in Zürich–Die Stadt will bei Hausverkäufen zuerst zugreifen", "Wohnungsnot in Zürich",
         "Die Stadt will bei Hausverkäufen zuerst zugreifen", de_body},
        {"fr", "Logement à Genève–Le gouvernement veut surélever 400 immeubles", "Logement à Genève",
         "Le gouvernement veut surélever 400 immeubles", fr_body},
        {"fr", "Logement à GenèveL’Etat veut surélever 400 immeubles d’ici 2030", "Logement à Genève",
         "L’Etat veut surélever 400 immeubles d’ici 2030", fr_body},
        {"it", "Alloggi a LuganoIl Municipio vuole costruire sui tetti", "Alloggi a Lugano",
         "Il Municipio vuole costruire sui tetti", it_body},
        {"nl", "Woningnood in Utrecht–De gemeente wil bouwen op daken", "Woningnood in Utrecht",
         "De gemeente wil bouwen op daken", nl_body},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.line);
        const Article a = parse(page_with("Menu\nSuche\nRecherche", r.line, r.body));
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

TEST_CASE("names joining two capitals stay in the headline", "[headline][kicker][glued][head44]") {
    // Guard: the second piece is no article ("Tube", "Donald", "Berlin"), or the glued word is too short ("LaLiga").
    const char* de_body = "Die Stadt will bei Hausverkäufen ein Vorkaufsrecht erhalten, teilte der Stadtrat am Dienstag "
                          "mit.\n\nDer Entscheid fiel nach langer Debatte im Gemeinderat, der das Geschäft mit 70 zu 45 "
                          "Stimmen annahm.\n";
    const char* es_body = "El club anunció el martes que el estadio será renovado antes de la próxima temporada.\n\n"
                          "Las obras costarán unos 40 millones de euros, según la directiva del equipo.\n";
    for (const char* line : {"Neues Video auf YouTube zeigt den Präsidenten beim Joggen",
                             "Bahnstrecke Paris–Berlin wird ab Montag wieder befahren",
                             "Streit um McDonald in der Innenstadt geht weiter"}) {
        INFO(line);
        const Article a = parse(page_with("Menü\nSuche", line, de_body));
        CHECK(a.headline.value_or("") == line);
        CHECK(!a.kicker.has_value());
    }
    const Article a = parse(page_with("Menú\nBuscar", "El estadio de LaLiga será renovado este verano", es_body));
    CHECK(a.headline.value_or("") == "El estadio de LaLiga será renovado este verano");
}
