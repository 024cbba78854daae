// A read-aloud player's button alone ("Artikel zum Hören", "Escuchar noticia", "Artikel voorlezen") or with its
// length after it and no mark between them ("Artikel vorlesen lassen 4:12", "Listen to article 5 min"), printed
// between two paragraphs of the article, is the page's line: no heading, no paragraph (boilerplate.cpp
// is_boilerplate_phrase()). A sentence or a title that opens with the same verb is not taken. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("a read-aloud button alone or with an unmarked length is a boilerplate phrase", "[region][region37]") {
    struct Row {
        const char* line;
        bool phrase;
    };
    const Row rows[] = {
        {"Artikel zum Hören", true},
        {"Artikel vorlesen lassen 4:12", true},
        {"Escuchar noticia", true},
        {"Escuchar artículo 3:05", true},
        {"Écouter l'article 3:05", true},
        {"Ascolta l'articolo 12:40", true},
        {"Ouvir a notícia", true},
        {"Artikel voorlezen", true},
        {"Beluister dit artikel 3:05", true},
        {"Odsłuchaj artykuł 3:05", true},
        {"Listen to article 5 min", true},
        {"Artikel anhören 4 Min.", true},
        // the same verb in a title, a sentence, a schedule; a length after other words
        {"Escuchar a los vecinos", false},
        {"Listen to article 5 of the treaty", false},
        {"Ascolta l'articolo e poi decidi.", false},
        {"Artikel zum Hören und Lesen für Kinder", false},
        {"Zug nach Bremen 4:12", false},
        {"Beluister dit artikel 3", false},
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
    const char* button; // the player's line, between two paragraphs
    const char* tail;   // the next paragraph and the page under it
};

const Page pages[] = {
    {"de",
     "Stadtbote\nPolitik\nSport\nNeue Brücke über den Kanal freigegeben\n"
     "Nach zwei Jahren Bauzeit können Fußgänger den Kanal wieder überqueren.\nVon Jana Keller\n12.03.2026, 09:14 Uhr\n"
     "Die neue Fußgängerbrücke am Hafenbecken ist seit Mittwoch für den Verkehr freigegeben. Der Bürgermeister "
     "durchschnitt am Morgen das Band vor zahlreichen Zuschauern.\n",
     "Artikel zum Hören",
     "Die Brücke ersetzt einen alten Steg, der vor drei Jahren wegen Rostschäden gesperrt werden musste. Seitdem "
     "mussten die Anwohner einen Umweg von fast einem Kilometer in Kauf nehmen.\n"
     "Mehr zum Thema\nHafenfest wird verschoben\nImpressum\n"},
    {"de",
     "Stadtbote\nPolitik\nSport\nNeue Brücke über den Kanal freigegeben\n"
     "Nach zwei Jahren Bauzeit können Fußgänger den Kanal wieder überqueren.\nVon Jana Keller\n12.03.2026, 09:14 Uhr\n"
     "Die neue Fußgängerbrücke am Hafenbecken ist seit Mittwoch für den Verkehr freigegeben. Der Bürgermeister "
     "durchschnitt am Morgen das Band vor zahlreichen Zuschauern.\n",
     "Artikel vorlesen lassen 4:12",
     "Die Brücke ersetzt einen alten Steg, der vor drei Jahren wegen Rostschäden gesperrt werden musste. Seitdem "
     "mussten die Anwohner einen Umweg von fast einem Kilometer in Kauf nehmen.\n"
     "Mehr zum Thema\nHafenfest wird verschoben\nImpressum\n"},
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

TEST_CASE("a read-aloud button alone between two paragraphs is no heading", "[region][region37]") {
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
