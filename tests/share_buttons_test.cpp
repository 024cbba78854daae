// The share button's one word alone on its line ("Teilen", "Partager", "Share": lexicon section share_buttons) is a
// share_button(), the page's furniture, no heading of the text under it. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a share button's one word alone on its line is a share button", "[classify][share_buttons]") {
    struct Row {
        const char* line;
        bool button;
    };
    const Row rows[] = {
        {"Teilen", true},       // de
        {"Share", true},        // en
        {"Partager", true},     // fr
        {"Compartir", true},    // es
        {"Condividi", true},    // it
        {"Compartilhar", true}, // pt
        {"Delen", true},        // nl
        {"Udostępnij", true},   // pl
        // a sentence, or the word among others of no call, is text
        {"Teilen ist gut.", false},
        {"Delen van de stad", false},
        {"Share prices fell", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(share_button(segment(r.line).front()) == r.button);
    }
}

TEST_CASE("a share button between the lede and the author's name heads no section", "[classify][share_buttons]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* button;
    };
    const Row rows[] = {
        {"nl", R"(Nieuwe brug over de rivier gaat in mei open
De gemeente keurt het plan goed voor een voetgangersbrug die de twee wijken aan weerszijden van de rivier voor het eind van volgend jaar verbindt.
Delen
Jan de Vries
De bouw begint in mei op de linkeroever, waar de aannemer al de eerste hekken en een kraan voor de pijlers van de brug heeft neergezet.
Volgens de wethouder blijven de totale kosten onder de vier miljoen euro, die grotendeels uit regionale fondsen worden betaald door de provincie.
Bewoners vragen al jaren om een veilige oversteek, en hun vereniging heeft meer dan tweeduizend handtekeningen verzameld voor het plan.
)", "Delen"},
        {"pl", R"(Nowy most na rzece zostanie otwarty w maju
Rada miasta zatwierdziła projekt kładki dla pieszych, która do końca przyszłego roku połączy dwie dzielnice rozdzielone przez rzekę.
Udostępnij
Anna Kowalska
Budowa ruszy w maju na lewym brzegu, gdzie wykonawca postawił już pierwsze ogrodzenia i dźwig do budowy filarów nowego mostu.
Według burmistrza całkowity koszt nie przekroczy czterech milionów złotych, pokrytych głównie z funduszy regionalnych województwa.
Mieszkańcy od lat domagają się bezpiecznego przejścia, a ich stowarzyszenie zebrało ponad dwa tysiące podpisów pod projektem mostu.
)", "Udostępnij"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(std::none_of(a.sections.begin(), a.sections.end(),
                           [&](const Section& s) { return s.heading == std::optional<std::string>(r.button); }));
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.button) != a.boilerplate.end());
    }
}
