// "Textes: Sophie Roux, Photos: Marc Blanc", "Testi: ...", "Textos: ...", "Teksten: ...", "Tekst: ...": a byline
// labelled with the word for the text (plural too; lexicon sections colon_byline_labels) names the writer; the
// photographer after it is no author, and the line is no picture's caption. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a byline under a text label in the plural names its writer", "[byline][labels][head44]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* byline;
        const char* author;
        const char* body;
    };
    const Row rows[] = {
        {"fr", "Avalanche au-dessus de Zinal: deux skieurs secourus",
         "Textes: Sophie Roux, Photos: Marc Blanc", "Sophie Roux",
         "Deux skieurs ont été emportés par une avalanche mardi au-dessus de Zinal, dans le val d’Anniviers.\n"
         "Les secouristes ont rapidement localisé les deux victimes grâce à leurs détecteurs.\n"},
        {"it", "Valanga sopra Airolo: due sciatori soccorsi", "Testi: Giulia Bernasconi, Foto: Marco Pedrazzi",
         "Giulia Bernasconi",
         "Due sciatori sono stati travolti martedì da una valanga sopra Airolo, in Leventina.\n"
         "I soccorritori hanno localizzato rapidamente le due vittime grazie ai loro apparecchi.\n"},
        {"es", "Un alud sorprende a dos esquiadores en el Pirineo", "Textos: Lucía Ferrer, Fotos: Pablo Ibáñez",
         "Lucía Ferrer",
         "Dos esquiadores fueron arrastrados el martes por un alud en el valle de Arán, según los bomberos.\n"
         "Los equipos de rescate localizaron a las dos víctimas gracias a sus detectores.\n"},
        {"nl", "Lawine bij Ischgl: twee skiërs gered", "Teksten: Pieter de Wit, Foto's: Anouk Smit", "Pieter de Wit",
         "Twee skiërs zijn dinsdag bij Ischgl door een lawine meegesleurd, meldt de reddingsdienst.\n"
         "De redders vonden de twee slachtoffers snel dankzij hun lawinepiepers.\n"},
        {"pl", "Lawina w Tatrach: dwóch narciarzy uratowanych", "Tekst: Anna Kowalska, Zdjęcia: Piotr Nowak",
         "Anna Kowalska",
         "Dwóch narciarzy porwała we wtorek lawina w rejonie Kasprowego Wierchu, podał TOPR.\n"
         "Ratownicy szybko odnaleźli obu poszkodowanych dzięki ich detektorom.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.byline);
        const Article a = parse(std::string(r.headline) + "\n\n" + r.byline + "\n\n" + r.body);
        CHECK(a.headline.value_or("") == r.headline);
        REQUIRE(a.authors.size() == 1);
        CHECK(a.authors[0] == r.author);
        CHECK(a.media.empty());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.byline) != a.boilerplate.end());
    }
}
