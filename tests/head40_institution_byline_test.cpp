// "by University of Southmere", "von der Universität Südmeer", "par l'Université de Port-Sud": under a science site's
// title, the institution that published the text is credited with a byline's word in small letters. Such a line is
// no title of its own: the title over it stays the headline (a short report of one paragraph, whose words the
// institution's line shares as well as the title does). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

TEST_CASE("a byline crediting an institution under the title is no headline", "[headline][byline][head40]") {
    struct Row {
        const char* page;
        const char* credit;
        const char* title;
    };
    const Row rows[] = {
        {"March 3, 2025\n"
         "Harbour seals sleep longer in quiet bays than near busy ports\n"
         "by University of Southmere\n"
         "Credit: Pixabay/CC0 Public Domain\n"
         "Seals resting far from shipping lanes slept almost twice as long as those near ports, according to a new study from the University of Southmere.\n",
         "by University of Southmere", "Harbour seals sleep longer in quiet bays than near busy ports"},
        {"3. März 2025\n"
         "Seehunde schlafen in ruhigen Buchten länger als in der Nähe großer Häfen\n"
         "von der Universität Südmeer\n"
         "Bild: Pixabay/CC0 Public Domain\n"
         "Tiere, die fern der Schifffahrtswege rasten, schliefen fast doppelt so lange wie jene bei den Anlegern, wie eine neue Studie der Universität Südmeer zeigt.\n",
         "von der Universität Südmeer", "Seehunde schlafen in ruhigen Buchten länger als in der Nähe großer Häfen"},
        {"3 mars 2025\n"
         "Les phoques dorment plus longtemps dans les baies calmes que près des grands ports\n"
         "par l'Université de Port-Sud\n"
         "Crédit : Pixabay/CC0 Public Domain\n"
         "Les animaux qui se reposent loin des routes maritimes dorment presque deux fois plus longtemps que ceux des quais, selon une nouvelle étude de l'Université de Port-Sud.\n",
         "par l'Université de Port-Sud", "Les phoques dorment plus longtemps dans les baies calmes que près des grands ports"},
    };
    for (const Row& r : rows) {
        INFO(r.title);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") != r.credit);
        CHECK(a.headline.value_or("") == r.title);
    }
}
