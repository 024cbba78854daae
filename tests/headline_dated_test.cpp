// A title holding a date inside a sentence of words is a title, no date line: invented pages, classified whole.
#include <catch2/catch.hpp>

#include "headline.hpp"
#include "pipeline.hpp"

#include <string>

TEST_CASE("a sentence holding a date is told from a date line", "[dates][headline]") {
    struct Row {
        const char* line;
        bool sentence; // a sentence holding a date (true) or a date line (false)
    };
    const Row rows[] = {
        {"Hafenfest am 3. Mai 2021 abgesagt", true},
        {"Festival on 3 May 2021 cancelled", true},
        {"Fête du 3 mai 2021 annulée", true},
        {"Fiesta del 3 de mayo de 2021 cancelada", true},
        {"Festa del 3 maggio 2021 annullata", true},
        {"Publié le 3 mai 2021 à 10h15", false},
        {"Aktualisiert am 3. Mai 2021, 14:02 Uhr", false},
        {"Monday, May 3, 2021", false},
        {"29. Juni 2017 von Tobi", false},
        {"Jane Roe 3. März 2021 Kultur", false},
        {"AFP 12 mars 2021 à 09:15", false},
        {"Anna Muster | 3. März 2021 | Hafen", false},
        {"Pubblicato il 3 maggio 2021 alle 10:15", false},
        {"Publicado el 3 de mayo de 2021 por Ana", false},
        {"Stand: 3. Mai 2021 abends", false},
        {"lisboa 3 de mayo 2021, 12:00 A. M.", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(archive::date_in_sentence(r.line, "") == r.sentence);
    }
}

TEST_CASE("a title holding a date amid its words under the menu is the headline", "[classify][headline]") {
    struct Row {
        const char* page; // the menu's lines, the title, a blank line, the standfirst and the text
        const char* title;
    };
    const Row rows[] = {
        {"Menü\nSuche\nHafenfest am 3. Mai 2021 abgesagt\n\nDer Verein sagt das Fest wegen der Bauarbeiten am Kai ab, "
         "die länger dauern als geplant.\nDie Stadt hatte die Arbeiten am Kai im Winter begonnen und wollte sie bis "
         "zum April beenden.\nNun fehlen noch zwei Wochen, und die Buden finden keinen Platz am Wasser, sagte der "
         "Vorsitzende.\nDas Fest soll im nächsten Jahr wieder stattfinden, an einem Wochenende im Juni.\n",
         "Hafenfest am 3. Mai 2021 abgesagt"},
        {"Menu\nSearch\nFestival on 3 May 2021 cancelled\n\nThe club calls off the festival because the works on the "
         "quay last longer than planned.\nThe town began the works on the quay in winter and wanted to finish them by "
         "April.\nTwo weeks of work are still left, and the stalls find no room by the water, the chairman said.\nThe "
         "festival is to come back next year, on a weekend in June.\n",
         "Festival on 3 May 2021 cancelled"},
        {"Menu\nRecherche\nFête du 3 mai 2021 annulée\n\nL'association annule la fête car les travaux du quai "
         "durent plus longtemps que prévu.\nLa ville a commencé les travaux du quai en hiver et voulait les finir en "
         "avril.\nIl reste encore deux semaines de travaux, et les stands ne trouvent pas de place au bord de l'eau, a "
         "dit le président.\nLa fête doit revenir l'an prochain, un week-end de juin.\n",
         "Fête du 3 mai 2021 annulée"},
        {"Menú\nBuscar\nFiesta del 3 de mayo de 2021 cancelada\n\nLa asociación cancela la fiesta porque las obras "
         "del muelle duran más de lo previsto.\nLa ciudad empezó las obras del muelle en invierno y quería "
         "terminarlas en abril.\nQuedan todavía dos semanas de obras, y los puestos no encuentran sitio junto al "
         "agua, dijo el presidente.\nLa fiesta volverá el año que viene, un fin de semana de junio.\n",
         "Fiesta del 3 de mayo de 2021 cancelada"},
        {"Menu\nCerca\nFesta del 3 maggio 2021 annullata\n\nL'associazione annulla la festa perché i lavori del molo "
         "durano più del previsto.\nLa città ha iniziato i lavori del molo in inverno e voleva finirli ad "
         "aprile.\nMancano ancora due settimane di lavori, e le bancarelle non trovano posto vicino all'acqua, ha "
         "detto il presidente.\nLa festa tornerà l'anno prossimo, in un fine settimana di giugno.\n",
         "Festa del 3 maggio 2021 annullata"},
    };
    for (const auto& r : rows) {
        INFO(r.title);
        const archive::Article a = archive::parse(r.page, "page.txt");
        CHECK(a.headline.value_or("") == r.title);
    }
}

TEST_CASE("a date line under the menu stays a date line, no headline", "[classify][headline]") {
    const char* date_lines[] = {
        "Publié le 3 mai 2021 à 10h15",
        "Aktualisiert am 3. Mai 2021, 14:02 Uhr",
        "Monday, May 3, 2021",
    };
    const std::string text = "\nThe club calls off the festival because the works on the quay last longer than "
                             "planned.\nThe town began the works on the quay in winter and wanted to finish them by "
                             "April.\nTwo weeks of work are still left, and the stalls find no room by the water, the "
                             "chairman said.\n";
    for (const char* line : date_lines) {
        INFO(line);
        const std::string page = std::string("Menu\nSearch\nHarbour festival called off\n") + line + text;
        const archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.headline.value_or("") == "Harbour festival called off");
        // (A revision's label gives the day as the record's `updated`.)
        CHECK(a.published.value_or(a.updated.value_or("")).substr(0, 10) == "2021-05-03");
    }
}
