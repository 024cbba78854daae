// A read-aloud player's button with the recording's length, "Artikel zum Hören • 4 Min", "Écouter l'article · 3
// min", "Listen to this article (5 min)", printed between two paragraphs of the article (the player under the first
// one), is the page's line, no paragraph (boilerplate.cpp is_boilerplate_phrase() asks reading_aid()). A teaser's
// byline with its reading time is not taken by it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("a read-aloud button with its length is a boilerplate phrase", "[region][region36]") {
    struct Row {
        const char* line;
        bool phrase;
    };
    const Row rows[] = {
        {"Artikel zum Hören • 4 Min", true},
        {"Écouter l'article · 3 min", true},
        {"Listen to this article (5 min)", true},
        {"Escuchar artículo | 04:12", true},
        // a reading time of a teaser's byline, read where it stands; a sentence with a figure
        {"By Jane Roe Feb 8, 2020 5 min read", false},
        {"Der Stadtrat tagt seit 4 Stunden.", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_boilerplate_phrase(test::block_of(r.line)) == r.phrase);
    }
}

namespace {

struct Page {
    const char* lang;
    const char* head;   // the page over the player
    const char* button; // the player's line, between the two paragraphs
    const char* tail;   // the second paragraph and the page under it
};

const Page pages[] = {
    {"de",
     "Tagesblatt Nord\nPolitik\nSport\nStadtrat beschließt neues Parkkonzept\n"
     "Die Gebühren in der Innenstadt steigen ab April.\nVon Jonas Berger\n12.03.2026, 08:30 Uhr\n"
     "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Parkkonzept für die Innenstadt beschlossen. "
     "Die Gebühren an den Automaten steigen von April an um einen Euro pro Stunde, Anwohner zahlen künftig mehr.\n",
     "Artikel zum Hören • 4 Min",
     "Die Einnahmen sollen in den Ausbau der Radwege und in einen besseren Busverkehr fließen, sagte der "
     "Oberbürgermeister nach der Sitzung. Die Opposition kritisierte das Vorhaben als zu teuer für die Händler.\n"
     "Mehr zum Thema\nNeue Buslinie zum Bahnhof\nImpressum\n"},
    {"fr",
     "Le Courrier du Lac\nPolitique\nSports\nLe conseil vote un nouveau plan de stationnement\n"
     "Les tarifs du centre-ville augmenteront en avril.\nPar Julie Martin\n12 mars 2026 à 08h30\n"
     "Le conseil municipal a adopté mardi soir, à une large majorité, un nouveau plan de stationnement pour le "
     "centre-ville. Les tarifs aux horodateurs augmenteront d'un euro par heure, et les résidents paieront plus.\n",
     "Écouter l'article • 3 min",
     "Les recettes financeront de nouvelles pistes cyclables et un meilleur réseau de bus, a expliqué le maire à "
     "l'issue de la séance. L'opposition a jugé le projet trop coûteux pour les commerçants de la vieille ville.\n"
     "À lire aussi\nUne nouvelle ligne de bus vers la gare\nMentions légales\n"},
    {"en",
     "The Harbour Gazette\nPolitics\nSport\nCouncil backs new parking plan\n"
     "Charges in the town centre will rise from April.\nBy Tom Hale\n12 March 2026, 08:30\n"
     "The town council voted on Tuesday evening by a large majority for a new parking plan for the town centre. "
     "Charges at the meters will rise by one pound an hour from April, and residents will pay more for permits.\n",
     "Listen to this article • 5 min",
     "The income will go into new cycle lanes and a better bus network, the mayor said after the meeting. The "
     "opposition called the plan too expensive for shops in the old town and promised to fight it.\n"
     "Related\nNew bus route to the station\nPrivacy\n"},
    // (region37: the button alone, or its length after it with no mark: no heading of the text under it)
    {"de",
     "Stadtbote\nPolitik\nSport\nNeue Brücke über den Kanal freigegeben\n"
     "Nach zwei Jahren Bauzeit können Fußgänger den Kanal wieder überqueren.\nVon Jana Keller\n12.03.2026, 09:14 Uhr\n"
     "Die neue Fußgängerbrücke am Hafenbecken ist seit Mittwoch für den Verkehr freigegeben. Der Bürgermeister "
     "durchschnitt am Morgen das Band vor zahlreichen Zuschauern.\n",
     "Artikel zum Hören",
     "Die Brücke ersetzt einen alten Steg, der vor drei Jahren wegen Rostschäden gesperrt werden musste. Seitdem "
     "mussten die Anwohner einen Umweg von fast einem Kilometer in Kauf nehmen.\n"
     "Mehr zum Thema\nHafenfest wird verschoben\nImpressum\n"},
    {"pt",
     "Correio do Vale\nPolítica\nDesporto\nNova ponte pedonal abre sobre o canal\n"
     "Depois de dois anos de obras, os peões podem voltar a atravessar o canal.\nPor Ana Sousa\n12 de março de 2026\n"
     "A nova ponte pedonal do porto está aberta ao trânsito desde quarta-feira. O presidente da câmara cortou a fita "
     "perante muitos moradores que vieram para a ocasião.\n",
     "Ouvir artigo 3:05",
     "A ponte substitui uma velha passagem de madeira, fechada há três anos por causa da ferrugem. Desde então os "
     "moradores tinham de fazer um desvio de quase um quilómetro.\n"
     "Leia também\nFesta do porto adiada\nTermos de uso\n"},
    {"es",
     "El Eco del Valle\nPolítica\nDeportes\nAbre la nueva pasarela sobre el canal\n"
     "Tras dos años de obras, los peatones pueden volver a cruzar el canal.\nPor Lucía Gómez\n12 de marzo de 2026\n"
     "La nueva pasarela del puerto está abierta al tráfico desde el miércoles. El alcalde cortó la cinta ante muchos "
     "vecinos que acudieron para la ocasión.\n",
     "Escuchar noticia",
     "La pasarela sustituye a un viejo puente de madera, cerrado hace tres años por el óxido. Desde entonces los "
     "vecinos debían dar un rodeo de casi un kilómetro.\n"
     "Te puede interesar\nAplazada la fiesta del puerto\nAviso legal\n"},
    {"nl",
     "De Dalbode\nPolitiek\nSport\nNieuwe voetbrug over het kanaal geopend\n"
     "Na twee jaar bouwen kunnen voetgangers het kanaal weer oversteken.\nDoor Sanne de Vries\n12 maart 2026\n"
     "De nieuwe voetbrug bij de haven is sinds woensdag open voor het verkeer. De burgemeester knipte het lint door "
     "in het bijzijn van veel buurtbewoners.\n",
     "Artikel voorlezen",
     "De brug vervangt een oude houten loopbrug die drie jaar geleden vanwege roest werd gesloten. Sindsdien moesten "
     "bewoners bijna een kilometer omlopen.\n"
     "Lees ook\nHavenfeest uitgesteld\nPrivacy\n"},
    {"pl",
     "Kurier Doliny\nKraj\nSport\nNowa kładka nad kanałem otwarta\n"
     "Po dwóch latach budowy piesi znów mogą przejść przez kanał.\nAnna Nowak\n12 marca 2026\n"
     "Nowa kładka dla pieszych przy porcie jest otwarta od środy. Burmistrz przeciął wstęgę w obecności wielu "
     "mieszkańców, którzy przyszli na uroczystość.\n",
     "Odsłuchaj artykuł 3:05",
     "Kładka zastępuje starą drewnianą przeprawę, zamkniętą trzy lata temu z powodu rdzy. Od tego czasu mieszkańcy "
     "musieli nadkładać prawie kilometr drogi.\n"
     "Czytaj także\nFestyn portowy przełożony\nRegulamin\n"},
    {"en",
     "The Valley Courier\nPolitics\nSport\nNew footbridge opens over the canal\n"
     "After two years of work, pedestrians can cross the canal again.\nBy Jane Porter\nMarch 12, 2026\n"
     "The new footbridge at the harbour basin has been open to traffic since Wednesday. The mayor cut the ribbon in "
     "front of a large crowd of residents.\n",
     "Listen to article 3:05",
     "The bridge replaces an old wooden crossing that was closed three years ago because of rust. Since then "
     "residents have had to take a detour of almost a kilometre.\n"
     "Read more\nHarbour festival postponed\nPrivacy\n"},
};

} // namespace

TEST_CASE("a read-aloud button between two paragraphs stays out of the text", "[region][region36]") {
    for (const Page& r : pages) {
        INFO(r.lang << " " << r.button);
        const Article a = parse(std::string(r.head) + r.button + "\n" + r.tail);
        CHECK_FALSE(test::in_text(a, r.button));
        CHECK(test::in_boilerplate(a, r.button));
        for (const Section& s : a.sections)
            CHECK(s.heading.value_or("") != r.button);
        // (both paragraphs are still the text)
        CHECK(test::has_paragraph_starting(a, std::string(r.tail).substr(0, 20)));
    }
}
