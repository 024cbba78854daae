// A box of a few short lines between two of the article's paragraphs (a newsletter's sign-up form, a teaser of one
// other article with its age, a cookie banner and its buttons) ends the region no longer: the paragraphs under it are
// the article's text going on, and the box's lines stay with the boilerplate (boiler22 kind 6). A box of several
// titles, a card's summary glued under its title or a comment thread under the text still end it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* head;   // menu, headline, standfirst, byline, date
    const char* before; // the article's paragraphs over the box, blank lines between them
    const char* box;    // the box's lines, glued together
    const char* after;  // the paragraph under the box
    const char* foot;   // the page's lines under the article
};

// The en page's head and the paragraphs over its box.
const char* const en_head =
    "Home\nNews\nTravel\n\nCanal boats return to the old basin after dredging\n\nThe basin was closed for eight "
    "months while the silt was removed.\n\nBy Laura Pemberton\nMarch 12, 2026 8:15 am";
const char* const en_before =
    "Narrowboats were moored in the old basin again on Wednesday for the first time since the dredging works "
    "began last summer.\n\nThe trust that runs the canal said the water is now deep enough for the heaviest boats "
    "on the network.";

// The es page's head and the paragraphs over its box.
const char* const es_head =
    "Inicio\nCiudad\nCultura\n\nLa biblioteca municipal amplía su horario de tarde\n\nLas salas de estudio "
    "abrirán hasta las once de la noche durante los exámenes.\n\nPor Lucía Herrero\n12/03/2026 09:30";
const char* const es_before =
    "La biblioteca municipal abrirá sus salas de estudio hasta las once de la noche a partir del lunes, según "
    "anunció este miércoles la concejalía de Cultura.\n\nLa medida responde a una petición firmada por más de "
    "mil estudiantes de la ciudad durante el invierno.";

// The de page's head and the paragraphs over its box.
const char* const de_head =
    "Startseite\nRegion\nKultur\n\nStadtbücherei verlängert die Öffnungszeiten\n\nDie Lesesäle bleiben in der "
    "Prüfungszeit bis 23 Uhr geöffnet.\n\nVon Jonas Reinholz\n12.03.2026";
const char* const de_before =
    "Die Stadtbücherei öffnet ihre Lesesäle ab Montag bis 23 Uhr, wie die Stadtverwaltung am Mittwoch mitteilte. "
    "Bisher war um 19 Uhr Schluss.\n\nMehr als tausend Studierende hatten im Winter eine Unterschriftenliste "
    "für längere Öffnungszeiten eingereicht.";

std::string page_of(const Row& r) {
    return std::string(r.head) + "\n\n" + r.before + "\n\n" + r.box + "\n\n" + r.after + "\n\n" + r.foot + "\n";
}

std::vector<std::string> lines_of(const char* text) {
    std::vector<std::string> lines;
    std::string s(text);
    for (std::size_t at = 0; at < s.size();) {
        std::size_t end = s.find('\n', at);
        if (end == std::string::npos)
            end = s.size();
        if (end > at)
            lines.push_back(s.substr(at, end - at));
        at = end + 1;
    }
    return lines;
}

} // namespace

TEST_CASE("the paragraphs under a box of a few short lines between the article's paragraphs stay in the body",
          "[region][text_past_box]") {
    const std::vector<Row> rows = {
        {"en",
         en_head,
         en_before,
         "Sign up for the canal newsletter\nTowpath news in your inbox every Friday.\nSign up",
         "Moorings in the basin can be booked for up to fourteen nights from the start of April, the trust added in "
         "its statement.",
         "12 comments\nMost read\nPrivacy notice"},
        {"es",
         es_head,
         es_before,
         "Te puede interesar\nEl ayuntamiento renueva los bancos del paseo marítimo\nHace 5 horas",
         "El horario ampliado se mantendrá hasta finales de junio y costará unos cuarenta mil euros a las arcas "
         "municipales.",
         "Comentarios (8)\nAviso legal"},
        {"de",
         de_head,
         de_before,
         "Lesen Sie auch\nNeue Bänke für die Uferpromenade",
         "Die längeren Öffnungszeiten gelten zunächst bis Ende Juni und kosten die Stadt rund 40.000 Euro, wie eine "
         "Sprecherin sagte.",
         "3 Kommentare\nImpressum"},
        {"it",
         "Home\nCronaca\nCultura\n\nLa biblioteca civica allunga l'orario serale\n\nLe sale studio resteranno "
         "aperte fino alle 23 durante la sessione d'esami.\n\ndi Marta Ferraris\n12 marzo 2026",
         "La biblioteca civica terrà aperte le sale studio fino alle 23 a partire da lunedì, ha annunciato "
         "mercoledì l'assessore alla cultura.\n\nLa decisione arriva dopo una petizione firmata da oltre mille studenti della "
         "città durante l'inverno.",
         "Iscriviti alla newsletter\nLe notizie della città ogni mattina nella tua casella.\nIscriviti",
         "Il nuovo orario resterà in vigore fino alla fine di giugno e costerà al comune circa quarantamila euro, ha "
         "precisato l'assessore.",
         "Commenti (4)\nNote legali"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(page_of(r));
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.after)) != paragraphs.end());
        for (const std::string& line : lines_of(r.box)) {
            INFO(line);
            CHECK(test::in_boilerplate(a, line));
        }
    }
}

TEST_CASE("the text under a box of related titles, a card's summary or a comment thread stays out of the body",
          "[region][text_past_box]") {
    const std::vector<Row> rows = {
        // Two titles: a box of other articles, the summary under it another article's.
        {"en",
         en_head,
         en_before,
         "More stories\nLock keeper retires after forty years on the river\nNew footbridge planned over the weir",
         "A second crossing for walkers and cyclists could be built near the weir by next spring, planners have "
         "suggested.",
         "Privacy notice"},
        // A thread under the text: its count, a reader's name, the comment.
        {"de",
         de_head,
         de_before,
         "2 Kommentare\nKarl Obermeier",
         "Endlich hat die Stadt auf die Studierenden gehört, ich hoffe nur, dass die Regelung auch nach dem Sommer "
         "bleibt.",
         "Impressum"},
        // A card: its summary glued under its title, no blank line over it.
        {"es",
         es_head,
         es_before,
         "Más noticias",
         "El ayuntamiento renueva los bancos del paseo marítimo\nLos nuevos bancos de madera sustituirán a los "
         "actuales, muy deteriorados por el salitre, antes del verano.",
         "Contacto"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(page_of(r));
        CHECK(test::in_boilerplate(a, lines_of(r.after).back()));
    }
}
