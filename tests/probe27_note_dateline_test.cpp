// An article opening with a correction or an editor's note ("Editor's note: An earlier version of this article ...",
// "Korrektur: In einer früheren Fassung ..."): the note is passed over and the dateline is read from the paragraph under
// it (body_dateline() in datelines.cpp, the place readings in classify_tail.cpp). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a note on a change to the article over the text is passed over for the dateline",
          "[classify][dateline][probe27]") {
    struct Row {
        const char* note;
        const char* text;
        const char* place;
    };
    const Row rows[] = {
        {"Editor's note: An earlier version of this article misstated the number of spaces in the car park.",
         "PORTSMOUTH — City councillors on Monday postponed a vote on a new car park at the harbour.", "PORTSMOUTH"},
        {"Correction: A previous version of this story gave the wrong date for the vote.",
         "LEEDS - The council said on Tuesday that the bus lane would open in May.", "LEEDS"},
        {"Korrektur: In einer früheren Fassung hieß es, das Parkhaus habe 420 Plätze.",
         "KIEL – Der Stadtrat hat am Montag die Abstimmung über ein neues Parkhaus am Hafen vertagt.", "KIEL"},
        {"Rectificatif : une version précédente de cet article indiquait une date erronée.",
         "LYON - Le conseil municipal a reporté lundi le vote sur le nouveau parking du port.", "LYON"},
        {"Corrección: una versión anterior de esta noticia daba una cifra errónea de plazas.",
         "SEVILLA - El pleno del ayuntamiento aplazó el lunes la votación sobre el nuevo aparcamiento.", "SEVILLA"},
    };
    for (const Row& r : rows) {
        INFO(r.note);
        const Section s{std::nullopt, {r.note, r.text, "The vote is now expected in April."}};
        const auto d = body_dateline({s});
        REQUIRE(d);
        CHECK(d->place == r.place);
    }
    // A paragraph of prose over the place's line is no note: the place further down opens no text.
    const Section prose{std::nullopt,
                        {"The council has argued about the car park for three years.",
                         "PORTSMOUTH — City councillors on Monday postponed a vote on it."}};
    CHECK_FALSE(body_dateline({prose}));
}

TEST_CASE("a page opening with a correction note keeps the place of the paragraph under it",
          "[classify][dateline][probe27]") {
    struct Row {
        const char* lang;
        const char* head;
        const char* note;
        const char* text;
        const char* place;
        const char* last;
    };
    const Row rows[] = {
        {"en", "Council delays vote on harbour car park\n\nBy Sarah Okafor\nMarch 4, 2024\n",
         "Editor's note: An earlier version of this article misstated the number of spaces. It is 240, not 420.",
         "PORTSMOUTH — City councillors on Monday postponed a vote on a new multi-storey car park at the harbour, "
         "saying they needed more time to study its effect on traffic.",
         "PORTSMOUTH", "The vote is now expected in April, the council said."},
        // a German regional paper's place in small letters before a dash
        {"de", "Rat vertagt Abstimmung über das Parkhaus am Hafen\n\nVon Sarah Okafor\n04.03.2024, 09:42 Uhr\n",
         "Korrektur: In einer früheren Version hieß es, der Parkplatz habe 420 Plätze.",
         "Kiel – Der Stadtrat hat am Montag die Abstimmung über ein neues Parkhaus am Hafen vertagt. Die Fraktionen "
         "wollen die Folgen für den Verkehr prüfen.",
         "Kiel", "Die Abstimmung ist nun für April geplant, teilte die Stadt mit."},
    };
    for (const Row& r : rows) {
        INFO(r.note);
        const Article a = parse(std::string("Harbour Courier\n\n") + r.head + "\n" + r.note + "\n\n" + r.text + "\n\n" +
                                r.last + "\n");
        CHECK(a.language == r.lang);
        CHECK(a.dateline.value_or("") == r.place);
    }
}
