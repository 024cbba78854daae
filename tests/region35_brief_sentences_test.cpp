// A brief (a report of 80-250 words) goes on in paragraphs of one short sentence under its one paragraph of prose:
// "Die Polizei ermittelt.", "Le trafic reprendra lundi.", "—Es lo que hay —dice Carmen.". jusText's thresholds rate
// them short or bad; they stay text (region_joins.cpp brief_sentence(), brief_region(), take_closing_sentences(),
// brief_closing_sentence()), and the boxes around (related titles, prompts, footers) stay out. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("a brief's one-sentence paragraph reads as a sentence", "[region][region35]") {
    struct Row {
        const char* lang;
        const char* line;
        bool sentence;
    };
    const Row rows[] = {
        {"de", "Die Polizei ermittelt.", true},
        {"de", "Zeugen sollen sich melden.", true},
        {"fr", "Le trafic reprendra lundi.", true},
        {"es", "—Es lo que hay —dice Carmen.", true},
        {"es", "—Nos vamos con pena —añade su marido.", true},
        {"it", "I lavori costano mezzo milione.", true},
        {"en", "Seven members backed the plan.", true},
        {"pl", "Zdaniem burmistrza to dobra wiadomość.", true},
        // calls to the reader, labels, a row with a colon, a line with no stop
        {"de", "Folgen Sie uns auf Instagram.", false},
        {"es", "Síguenos en Instagram.", false},
        {"en", "Sign up for our newsletter.", false},
        {"de", "Preis: zwölf Euro.", false},
        {"fr", "À lire aussi", false},
        {"en", "Library hours cut in winter", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(brief_sentence(test::block_of(r.line), r.lang) == r.sentence);
    }
}

namespace {

struct Brief {
    const char* lang;
    const char* page;
    const char* first; // the brief's one paragraph of prose
    const char* last;  // its last one-sentence paragraph
    const char* box;   // a related title under it, no text
};

const char* const de_brief = "Allgäuer Blatt\nStartseite\nLokales\nSport\n"
                             "Einbruch in Bäckerei am Kirchplatz\n"
                             "Unbekannte haben in der Nacht auf Montag die Kasse gestohlen.\n"
                             "Von Lena Maier\n03.02.2026, 09:10 Uhr\nTeilen\n"
                             "Unbekannte Täter sind in der Nacht auf Montag in eine Bäckerei am Kirchplatz "
                             "eingebrochen und haben die Kasse mitgenommen.\n"
                             "Die Polizei ermittelt.\n"
                             "Der Schaden ist gering.\n"
                             "Zeugen sollen sich melden.\n"
                             "Die Bäckerei bleibt heute geschlossen.\n"
                             "Mehr zum Thema\nNeue Ampel am Kirchplatz\nImpressum\nDatenschutz\n";

const char* const fr_brief = "Le Journal du Val\nActualité\nRégion\nSports\n"
                             "Un éboulement ferme la route des gorges\n"
                             "La chaussée est coupée entre Vallon et Les Prés.\n"
                             "Par Claire Roux\n3 février 2026 à 08h15\nPartager\n"
                             "Des blocs de rocher sont tombés lundi soir sur la route cantonale, à la sortie du "
                             "village de Vallon.\n"
                             "Personne n'a été blessé.\n"
                             "La route restera fermée.\n"
                             "Une déviation est mise en place.\n"
                             "Les géologues surveillent la paroi.\n"
                             "À lire aussi\nLes routes de montagne fermées cet hiver\nMentions légales\nContact\n";

const char* const es_brief = "Diario de la Sierra\nPortada\nLocal\nDeportes\n"
                             "Cierra la última zapatería del barrio\n"
                             "La familia Gil baja la persiana tras treinta años de oficio.\n"
                             "Por Ana Ruiz\n3 feb 2026\nCompartir\n"
                             "La zapatería Gil cerró sus puertas el sábado por la mañana. Los vecinos pasaron toda "
                             "la tarde a despedirse de la familia.\n"
                             "—Es lo que hay —dice Pilar.\n"
                             "—Nos vamos con pena —añade su hijo.\n"
                             "El local se alquilará.\n"
                             "Nadie sabe todavía quién lo ocupará.\n"
                             "Te puede interesar\nSuben los precios del alquiler\nAviso legal\n";

const char* const it_brief = "Il Giornale della Valle\nHome\nCronaca\nSport\n"
                             "Chiude per lavori il ponte sul fiume\n"
                             "Il passaggio resterà chiuso fino a marzo.\n"
                             "di Paolo Conti\n3 febbraio 2026\nCondividi\n"
                             "Il ponte sul fiume è stato chiuso al traffico lunedì mattina per lavori di "
                             "consolidamento dei piloni.\n"
                             "Il sindaco è preoccupato.\n"
                             "Le auto devono fare il giro dal paese.\n"
                             "I lavori costano mezzo milione.\n"
                             "La ditta inizierà lunedì.\n"
                             "Leggi anche\nFrana sulla provinciale, strada chiusa\nPrivacy\n";

} // namespace

TEST_CASE("a brief's one-sentence paragraphs under its prose stay text", "[region][region35]") {
    const Brief rows[] = {
        {"de", de_brief, "Unbekannte Täter sind", "Die Bäckerei bleibt heute geschlossen.", "Neue Ampel am Kirchplatz"},
        {"fr", fr_brief, "Des blocs de rocher", "Les géologues surveillent la paroi.",
         "Les routes de montagne fermées cet hiver"},
        {"es", es_brief, "La zapatería Gil", "Nadie sabe todavía quién lo ocupará.", "Suben los precios del alquiler"},
        {"it", it_brief, "Il ponte sul fiume", "La ditta inizierà lunedì.", "Frana sulla provinciale, strada chiusa"},
    };
    for (const Brief& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.first));
        CHECK(test::in_text(a, r.last));
        CHECK_FALSE(test::in_text(a, r.box));
    }
    // (A dialogue's lines, each a paragraph.)
    const Article es = parse(es_brief);
    CHECK(test::in_text(es, "—Nos vamos con pena —añade su hijo."));
}

TEST_CASE("a call to the reader under a brief's sentences stays out", "[region][region35]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last;
        const char* call;
    };
    const Row rows[] = {
        {"de", de_brief, "Die Bäckerei bleibt heute geschlossen.", "Folgen Sie uns auf Instagram."},
        {"fr", fr_brief, "Les géologues surveillent la paroi.", "Abonnez-vous à notre newsletter."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.call);
        std::string page = r.page;
        const std::string last = std::string(r.last) + "\n";
        const std::size_t at = page.find(last);
        REQUIRE(at != std::string::npos);
        page.insert(at + last.size(), std::string(r.call) + "\n");
        const Article a = parse(page);
        CHECK(test::in_text(a, r.last));
        CHECK_FALSE(test::in_text(a, r.call));
    }
}
