// A standfirst of one short sentence right under the headline, over the byline or the date line: the lede, as a
// standfirst of two sentences is. Not so a menu's line, a picture's caption or a teaser's line in that place. Every
// line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a one-sentence standfirst over the byline or the date line is the lede", "[classify][lede]") {
    const std::vector<std::pair<const char*, const char*>> rows = {
        {"Le Journal du Lac\n\nLa piscine de Rive ferme tout l'hiver\n\n"
         "Le bassin sera rénové avant l'été prochain.\n\n"
         "Par Jeanne Morel\n14 novembre 2026, 08:30\n\n"
         "La commune a annoncé mardi la fermeture de la piscine pendant tout l'hiver, le temps de refaire le bassin "
         "et les vestiaires.\n\n"
         "Les nageurs pourront se rendre au centre sportif voisin, qui prolonge ses horaires le week-end.\n",
         "Le bassin sera rénové avant l'été prochain."}, // fr, under a byline
        {"Stadt sperrt die Brücke am Hafen\n\n"
         "Die Arbeiten dauern bis Mitte Mai.\n\n"
         "14. November 2026, 08:30 Uhr\n\n"
         "Die Stadt hat am Dienstag angekündigt, die Brücke am Hafen während des ganzen Winters zu sperren, um die "
         "Fahrbahn zu erneuern.\n\n"
         "Fussgänger können die Fähre benutzen, die am Wochenende jede halbe Stunde verkehrt.\n",
         "Die Arbeiten dauern bis Mitte Mai."}, // de, under a date line
        {"Harbour pool closes for the winter\n\n"
         "The basin will be rebuilt by spring.\n\n"
         "By Jane Roe\n14 November 2026\n\n"
         "The council said on Tuesday that the harbour pool would close for the whole winter while the basin and the "
         "changing rooms are rebuilt.\n\n"
         "Swimmers can use the sports centre next door, which is extending its weekend hours.\n",
         "The basin will be rebuilt by spring."}, // en
        {"La piscina del porto chiude per l'inverno\n\n"
         "La vasca sarà rifatta entro la primavera.\n\n"
         "di Anna Bianchi\n14 novembre 2026, 08:30\n\n"
         "Il Comune ha annunciato martedì la chiusura della piscina per tutto l'inverno, il tempo di rifare la vasca "
         "e gli spogliatoi.\n\n"
         "I nuotatori potranno andare al centro sportivo vicino, che prolunga gli orari nel fine settimana.\n",
         "La vasca sarà rifatta entro la primavera."}, // it
    };
    for (const auto& [page, lede] : rows) {
        INFO(page);
        const Article a = parse(page);
        REQUIRE(a.lede);
        CHECK(*a.lede == lede);
        CHECK_FALSE(test::in_boilerplate(a, lede));
    }
}

TEST_CASE("a menu's line, a caption or a teaser under the headline is no one-sentence lede", "[classify][lede]") {
    const std::vector<std::pair<const char*, const char*>> rows = {
        // A menu's entries: no stop.
        {"La piscine de Rive ferme tout l'hiver\n\n"
         "Région Sport Culture Économie Météo\n\n"
         "Par Jeanne Morel\n14 novembre 2026, 08:30\n\n"
         "La commune a annoncé mardi la fermeture de la piscine pendant tout l'hiver, le temps de refaire le bassin "
         "et les vestiaires.\n\n"
         "Les nageurs pourront se rendre au centre sportif voisin, qui prolonge ses horaires le week-end.\n",
         "Région Sport Culture Économie Météo"},
        // A teaser: the line printed again on the page.
        {"Stadt sperrt die Brücke am Hafen\n\n"
         "Die Arbeiten dauern bis Mitte Mai.\n\n"
         "14. November 2026, 08:30 Uhr\n\n"
         "Die Stadt hat am Dienstag angekündigt, die Brücke am Hafen während des ganzen Winters zu sperren, um die "
         "Fahrbahn zu erneuern.\n\n"
         "Fussgänger können die Fähre benutzen, die am Wochenende jede halbe Stunde verkehrt.\n\n"
         "Mehr zum Thema\n\nDie Arbeiten dauern bis Mitte Mai.\n",
         "Die Arbeiten dauern bis Mitte Mai."},
        // A picture's caption closed by its credit.
        {"Harbour pool closes for the winter\n\n"
         "The old basin seen from the pier. Photo: Jane Roe\n\n"
         "By Jane Roe\n14 November 2026\n\n"
         "The council said on Tuesday that the harbour pool would close for the whole winter while the basin and the "
         "changing rooms are rebuilt.\n\n"
         "Swimmers can use the sports centre next door, which is extending its weekend hours.\n",
         "The old basin seen from the pier. Photo: Jane Roe"},
    };
    for (const auto& [page, line] : rows) {
        INFO(page);
        const Article a = parse(page);
        CHECK(a.lede.value_or("") != line);
    }
}
